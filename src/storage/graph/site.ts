// Finding the site and its lists. Lists are found by their display name once, then by id.
import type { ListDefinition } from '../list-definitions';
import type { CallOptions, GraphHttp } from './client';
import { GraphRequestError } from './errors';
import { readAllPages } from './paging';
import { pathSegment } from './path-segment';

/**
 * the Graph path that names a site: a SharePoint URL (`https://contoso.sharepoint.com/sites/x`
 * → `/sites/contoso.sharepoint.com:/sites/x`), a site id, or the root site when none is given
 */
export function sitePath(site?: string): string {
  const value = site?.trim();
  if (!value) return '/sites/root';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new RangeError(`not a site URL: ${value}`);
    }
    if (url.protocol !== 'https:') throw new RangeError(`a SharePoint site URL starts with https:// (got ${value})`);
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    const encodedPath = path
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    return path ? `/sites/${url.hostname}:${encodedPath}` : `/sites/${url.hostname}`;
  }
  if (/[\s/?#]/.test(value)) throw new RangeError(`not a site id or URL: ${value}`);
  return `/sites/${pathSegment(value)}`;
}

export { pathSegment };

/** the id of the site, asking Graph */
export async function resolveSiteId(http: GraphHttp, site?: string, options?: CallOptions): Promise<string> {
  const found = await http.get<{ id?: string }>(`${sitePath(site)}?$select=id`, options);
  if (!found.id) throw new GraphRequestError(404, 'siteNotFound', `no site answered at ${sitePath(site)}`);
  return found.id;
}

export interface ListSummary {
  id: string;
  displayName: string;
}

/** the lists of one site, looked up by display name and remembered */
export class SiteLists {
  private ids = new Map<string, string>();

  constructor(
    private readonly http: GraphHttp,
    readonly siteId: string,
  ) {}

  get sitePath(): string {
    return `/sites/${pathSegment(this.siteId)}`;
  }

  listPath(listId: string): string {
    return `${this.sitePath}/lists/${pathSegment(listId)}`;
  }

  async all(): Promise<ListSummary[]> {
    const lists = await readAllPages<Partial<ListSummary>>(this.http, `${this.sitePath}/lists?$select=id,displayName`);
    return lists.filter((l): l is ListSummary => typeof l.id === 'string' && typeof l.displayName === 'string');
  }

  private fetched = false;

  /**
   * the list's id, or undefined when the site has no such list. A list not seen is looked up again
   * (someone may have provisioned it since), unless `lookAgain` is false: provisioning, which
   * creates what it misses, needs the site's lists only once.
   */
  async find(list: ListDefinition, lookAgain = true): Promise<string | undefined> {
    const known = this.ids.get(list.displayName);
    if (known || (this.fetched && !lookAgain)) return known;
    for (const summary of await this.all()) {
      this.ids.set(summary.displayName, summary.id);
    }
    this.fetched = true;
    return this.ids.get(list.displayName);
  }

  /** the list's id; a missing list is an error that says how to create it */
  async require(list: ListDefinition): Promise<string> {
    const id = await this.find(list);
    if (!id) {
      throw new GraphRequestError(
        404,
        'listNotFound',
        `the site has no list '${list.displayName}': run \`circular-choices lists provision\` first`,
      );
    }
    return id;
  }

  remember(list: ListDefinition, id: string): void {
    this.ids.set(list.displayName, id);
  }
}
