// Writes a content pack into the Programme actions, Checklists, Beleid and Productgroepen lists: a row per action and per
// checklist item, matched on the id in Title. New rows are created, changed rows updated, equal
// rows left alone, and rows the pack does not have are kept and counted (a coordinator's own
// additions are never deleted by an import). An update carries the eTag read, so a row a
// coordinator changed meanwhile is reported (412), not overwritten. Running it twice writes
// nothing the second time.
import type { ContentPack } from '../../domain/content/model';
import { contentPackToRows } from '../content-rows';
import { CHECKLISTS_LIST, POLICY_LIST, PRODUCT_GROUPS_LIST, PROGRAMME_ACTIONS_LIST, type ListDefinition } from '../list-definitions';
import type { ListFields } from '../record-fields';
import { runBatch, type BatchRequest } from './batch';
import type { GraphHttp } from './client';
import type { GraphRequestError } from './errors';
import { readContentRows } from './lists-content-store';
import { pathSegment, SiteLists } from './site';

export interface ListImportReport {
  displayName: string;
  created: number;
  updated: number;
  unchanged: number;
  /** rows in the list that the pack does not have; left as they are */
  notInPack: string[];
  failures: { id: string; error: GraphRequestError }[];
}

function sameFields(wanted: ListFields, current: ListFields): boolean {
  return Object.entries(wanted).every(([name, value]) => {
    const have = current[name];
    if ((value === '' || value === undefined) && (have === undefined || have === null || have === '')) return true;
    return have === value;
  });
}

async function importRows(http: GraphHttp, lists: SiteLists, list: ListDefinition, rows: ListFields[]): Promise<ListImportReport> {
  const listId = await lists.require(list);
  const existing = (await readContentRows(http, lists, list)) ?? [];
  const byId = new Map<string, { itemId: string; fields: ListFields; eTag?: string }>();
  for (const row of existing) {
    const id = typeof row.fields.Title === 'string' ? row.fields.Title.trim() : '';
    if (id && !byId.has(id)) byId.set(id, row);
  }
  const itemsPath = `${lists.listPath(listId)}/items`;
  const requests: BatchRequest[] = [];
  let unchanged = 0;
  const wantedIds = new Set<string>();
  for (const fields of rows) {
    const id = String(fields.Title);
    wantedIds.add(id);
    const current = byId.get(id);
    if (!current) requests.push({ id: `c:${id}`, method: 'POST', url: itemsPath, body: { fields } });
    else if (!sameFields(fields, current.fields)) {
      requests.push({
        id: `u:${id}`,
        method: 'PATCH',
        url: `${itemsPath}/${pathSegment(current.itemId)}/fields`,
        body: fields,
        ...(current.eTag ? { headers: { 'If-Match': current.eTag } } : {}),
      });
    } else unchanged++;
  }
  const results = await runBatch(http, requests);
  const report: ListImportReport = {
    displayName: list.displayName,
    created: 0,
    updated: 0,
    unchanged,
    notInPack: [...byId.keys()].filter((id) => !wantedIds.has(id)),
    failures: [],
  };
  for (const request of requests) {
    const result = results.get(request.id);
    const id = request.id.slice(2);
    if (result && !result.error) {
      if (request.method === 'POST') report.created++;
      else report.updated++;
    } else if (result?.error) {
      report.failures.push({ id, error: result.error });
    }
  }
  return report;
}

/** imports the pack's actions, checklists, policy and product groups; the lists must exist (provision first) */
export async function importContent(http: GraphHttp, siteId: string, pack: ContentPack): Promise<ListImportReport[]> {
  const lists = new SiteLists(http, siteId);
  const rows = contentPackToRows(pack);
  return [
    await importRows(http, lists, PROGRAMME_ACTIONS_LIST, rows.actions),
    await importRows(http, lists, CHECKLISTS_LIST, rows.checklists),
    await importRows(http, lists, POLICY_LIST, rows.policy),
    await importRows(http, lists, PRODUCT_GROUPS_LIST, rows.productGroups),
  ];
}
