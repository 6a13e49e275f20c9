// The dashboard's figures for the chosen filters, asked of the server (GET /api/metrics): the
// server counts them from its own copy of the list, so no row and no person reaches this browser.
// The figures shown stay while new ones load; a failed refresh keeps them and says so.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MetricsFilters } from '../../../../domain/metrics';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import { fetchMetrics, type MetricsAnswer } from '../../../../server/api/metrics';
import type { AppServices } from '../../../lib/services';

export type DashboardData =
  | { status: 'loading' }
  | { status: 'ready'; answer: MetricsAnswer; refreshing: boolean; error?: Error }
  /** the server gives this person no figures: not a coordinator, and their team is unknown */
  | { status: 'forbidden' }
  | { status: 'error'; error: Error };

export type LoadMetrics = (filters: MetricsFilters) => Promise<MetricsAnswer>;

/** the server's figures with the signed-in person's token */
export function serverMetrics(services: Pick<AppServices, 'session'>): LoadMetrics {
  // locally the session's token is the development token the server reads; in a tenant this is
  // to become the token for the app's own API (access_as_user)
  return (filters) => fetchMetrics(filters, () => services.session.getApiToken());
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export function useDashboardMetrics(filters: MetricsFilters | undefined, load: LoadMetrics): { data: DashboardData; refresh(): void } {
  const [data, setData] = useState<DashboardData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = filters === undefined ? undefined : JSON.stringify(filters);
  const latest = useRef(0);

  useEffect(() => {
    if (key === undefined) return;
    const request = ++latest.current;
    setData((current) => (current.status === 'ready' ? { ...current, refreshing: true, error: undefined } : { status: 'loading' }));
    load(JSON.parse(key) as MetricsFilters).then(
      (answer) => request === latest.current && setData({ status: 'ready', answer, refreshing: false }),
      (error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof ApiRequestError && error.status === 403) return setData({ status: 'forbidden' });
        setData((current) => (current.status === 'ready' ? { ...current, refreshing: false, error: asError(error) } : { status: 'error', error: asError(error) }));
      },
    );
  }, [key, load, attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, refresh };
}
