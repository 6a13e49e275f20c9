// Hash routes (`#/criteria/roads-reuse?ambition=basis`): they work in Teams tabs and dialogs without
// server rewrites. The query after the path belongs to the route, so `/#/check?host=dialog` is the
// check page in dialog mode.
import { useMemo, useSyncExternalStore } from 'react';

export interface HashRoute {
  /** the path, always starting with `/`, without the query */
  path: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '') || '/';
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  return { path: path.startsWith('/') ? path : `/${path}`, query };
}

/** `#/path?query` for a link; empty query values are left out */
export function hrefFor(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** the values of `:name` segments when `pattern` matches `path`, else undefined */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return undefined;
      }
    } else if (w !== h) {
      return undefined;
    }
  }
  return params;
}

/** the first route whose pattern matches the path, with its parameters */
export function findRoute<T extends { pattern: string }>(routes: readonly T[], path: string): { route: T; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const currentHash = () => window.location.hash;

/** the current route; re-renders on every hash change */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}

/** replaces the query of the current route without adding a history entry for every keystroke */
export function replaceQuery(path: string, query: Record<string, string | undefined>): void {
  const next = hrefFor(path, query);
  if (next === window.location.hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** true when the page runs as the message extension's dialog (`?host=dialog` in the route or the URL) */
export function isDialogMode(route: HashRoute, search: string = window.location.search): boolean {
  return route.query.get('host') === 'dialog' || new URLSearchParams(search).get('host') === 'dialog';
}
