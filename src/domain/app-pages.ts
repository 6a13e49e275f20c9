// The app's own pages that links point to: the web app routes them by hash (`#/criteria/{id}`,
// `#/actions/{id}`, `#/meetings/{key}`), cards link to them, the message extension unfurls them and
// Teams deep links name them in their subEntityId (`criteria/{id}`). One definition for all.
import { CONTENT_ID, MEETING_KEY } from './ids';

export type ContentPage = { kind: 'criterion' | 'action'; id: string };
export type AppPage = ContentPage | { kind: 'meeting'; id: string };

const ROUTE = { criterion: 'criteria', action: 'actions', meeting: 'meetings' } as const satisfies Record<AppPage['kind'], string>;
const KIND_OF_ROUTE = new Map<string, AppPage['kind']>(Object.entries(ROUTE).map(([kind, route]) => [route, kind as AppPage['kind']]));

/** whether an id can name a page of that kind: criteria and actions by content id, meetings by key */
export function isPageId(kind: AppPage['kind'], id: string): boolean {
  return kind === 'meeting' ? MEETING_KEY.test(id) : id.length <= 100 && CONTENT_ID.test(id);
}

/** `criteria/{id}`: the page's route, as a Teams deep link's subEntityId carries it */
export function pageRoute(page: AppPage): string {
  return `${ROUTE[page.kind]}/${page.id}`;
}

/** `#/criteria/{id}`: the hash the web app routes */
export function pageHash(page: AppPage): string {
  return `#/${ROUTE[page.kind]}/${encodeURIComponent(page.id)}`;
}

/** the page a route (`criteria/{id}`) names, when it is one of the app's and its id is well formed */
export function pageOfRoute(route: string): AppPage | undefined {
  const slash = route.indexOf('/');
  const kind = KIND_OF_ROUTE.get(route.slice(0, slash));
  const id = route.slice(slash + 1);
  return slash > 0 && kind && isPageId(kind, id) ? ({ kind, id } as AppPage) : undefined;
}

/** the app's public address without a trailing slash, to put a page's hash after */
export const trimmedBase = (publicBaseUrl: string) => publicBaseUrl.replace(/\/+$/, '');

/** the hash of a link to the app at this address (same origin and path), or undefined for any other or malformed link */
export function appHashOf(publicBaseUrl: string, link: string): string | undefined {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(trimmedBase(publicBaseUrl));
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.pathname.replace(/\/+$/, '') !== base.pathname.replace(/\/+$/, '')) return undefined;
  return url.hash;
}
