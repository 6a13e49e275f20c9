// Content from the site's lists, so coordinators edit actions, checklists, policy and product groups
// (with their trigger words and CPV prefixes) in SharePoint. Each
// part falls back to the bundled pack on its own when its list is missing, empty, unreachable or
// holds no valid row; bad rows are reported and skipped.
import { applyPolicy } from '../../domain/content/apply-policy';
import type { ContentPack } from '../../domain/content/model';
import { actionsFromRows, checklistsFromRows, policyFromRows, productGroupsFromRows, type ContentRow } from '../content-rows';
import { CHECKLISTS_LIST, POLICY_LIST, PRODUCT_GROUPS_LIST, PROGRAMME_ACTIONS_LIST, selectedFieldNames, type ListDefinition } from '../list-definitions';
import type { ContentProblem, ContentStore, LoadedContent } from '../ports';
import type { ListFields } from '../record-fields';
import type { GraphHttp } from './client';
import { toGraphRequestError } from './errors';
import { readAllPages } from './paging';
import { SiteLists } from './site';

export interface ListsContentStoreOptions {
  http: GraphHttp;
  siteId: string;
  /** the pack that ships with the app */
  bundled: () => Promise<ContentPack>;
}

/** every row of a content list, or undefined when the site has no such list */
export async function readContentRows(http: GraphHttp, lists: SiteLists, list: ListDefinition): Promise<ContentRow[] | undefined> {
  const id = await lists.find(list);
  if (!id) return undefined;
  const select = selectedFieldNames(list).join(',');
  const items = await readAllPages<{ id?: string; eTag?: string; fields?: ListFields }>(
    http,
    `${lists.listPath(id)}/items?$expand=fields($select=${select})&$top=500`,
  );
  return items.map((item) => ({ itemId: item.id ?? '', fields: item.fields ?? {}, ...(item.eTag ? { eTag: item.eTag } : {}) }));
}

export class ListsContentStore implements ContentStore {
  constructor(private readonly options: ListsContentStoreOptions) {}

  async load(): Promise<LoadedContent> {
    const bundled = await this.options.bundled();
    const lists = new SiteLists(this.options.http, this.options.siteId);
    const problems: ContentProblem[] = [];
    const read = async (list: ListDefinition): Promise<ContentRow[]> => {
      try {
        return (await readContentRows(this.options.http, lists, list)) ?? [];
      } catch (error) {
        const failure = toGraphRequestError(error);
        problems.push({ list: list.displayName, itemId: '', message: `the list could not be read (${failure.status} ${failure.code}); the bundled content is used` });
        return [];
      }
    };
    const [actionRows, checklistRows, policyRows, groupRows] = await Promise.all([
      read(PROGRAMME_ACTIONS_LIST),
      read(CHECKLISTS_LIST),
      read(POLICY_LIST),
      read(PRODUCT_GROUPS_LIST),
    ]);

    const teams = new Set(bundled.programme.teams.map((t) => t.id));
    const productGroups = productGroupsFromRows(groupRows);
    const useGroups = productGroups.values.length > 0;
    if (!useGroups && groupRows.length > 0) {
      problems.push({ list: PRODUCT_GROUPS_LIST.displayName, itemId: '', message: 'no valid row; the bundled product groups are used' });
    }
    const groupList = useGroups ? productGroups.values : bundled.productGroups;
    const groups = new Set<string>(groupList.map((g) => g.id));
    const actions = actionsFromRows(actionRows, teams, groups);
    const checklists = checklistsFromRows(checklistRows, groups);
    const policy = policyFromRows(policyRows, bundled.policy, groups);
    problems.push(...productGroups.problems, ...actions.problems, ...checklists.problems, ...policy.problems);

    const useActions = actions.values.length > 0;
    const useChecklists = checklists.values.length > 0;
    // a bundled checklist of a group the site's list does not have is kept (it matches no document) and reported
    for (const checklist of useChecklists ? [] : bundled.checklists) {
      if (checklist.productGroup && !groups.has(checklist.productGroup)) {
        problems.push({ list: CHECKLISTS_LIST.displayName, itemId: '', message: `checklist '${checklist.id}': product group '${checklist.productGroup}' is not in ${PRODUCT_GROUPS_LIST.displayName}; no document will match it` });
      }
    }
    if (!useActions && actionRows.length > 0) {
      problems.push({ list: PROGRAMME_ACTIONS_LIST.displayName, itemId: '', message: 'no valid row; the bundled actions are used' });
    }
    if (!useChecklists && checklistRows.length > 0) {
      problems.push({ list: CHECKLISTS_LIST.displayName, itemId: '', message: 'no valid row; the bundled checklists are used' });
    }
    // checklists from the list keep their {{parameters}} as written: they are filled as they stand
    const pack: ContentPack = applyPolicy(
      {
        ...bundled,
        productGroups: groupList,
        actions: useActions ? actions.values : bundled.actions,
        checklists: useChecklists ? checklists.values : bundled.checklists,
        templates: useChecklists ? {} : bundled.templates,
      },
      policy.policy,
    );
    return { pack, origin: useActions || useChecklists || useGroups || policyRows.length > 0 ? 'lists' : 'bundled', problems };
  }
}
