// One shape for anything loaded asynchronously, so every page shows progress, the error with a
// retry, or the value, the same way.
import { useCallback, useEffect, useState } from 'react';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: Error };

export interface LoadableResult<T> {
  state: Loadable<T>;
  retry(): void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** runs `load` when a key changes; a stale answer (for an earlier key) is dropped */
export function useLoadable<T>(load: () => Promise<T>, keys: readonly unknown[]): LoadableResult<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', error: asError(error) }),
    );
    return () => {
      current = false;
    };
    // the caller's keys decide when to load again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...keys, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
