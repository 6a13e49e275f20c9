// The Acknowledgements list's own page in SharePoint, for the dashboard's "open the list" link.
import { ACKNOWLEDGEMENTS_LIST } from '../list-definitions';
import type { GraphHttp } from '../graph/client';
import { SiteLists } from '../graph/site';

/** the list's webUrl as Graph gives it; undefined when Graph gives none */
export async function acknowledgementsListWebUrl(http: GraphHttp, siteId: string): Promise<string | undefined> {
  const lists = new SiteLists(http, siteId);
  const list = await http.get<{ webUrl?: unknown }>(`${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}?$select=webUrl`);
  return typeof list.webUrl === 'string' && /^https:\/\//.test(list.webUrl) ? list.webUrl : undefined;
}
