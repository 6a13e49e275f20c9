// Which checklist items a person sees for their filters: product group, ambition, kind of criterion,
// R-strategy, and a search in Dutch and English with the document check's own analysis (stems,
// compounds; see docs/search.md). An ambition level includes the levels below it, as in the national
// criteria tool; without one chosen, a product group whose level the college adopted shows the
// criteria up to that level. Without a search the checklists follow the alphabet of the person's
// language; with one, the best hits come first.
import { withinAmbition } from '../../../../domain/content/apply-policy';
import type { Checklist, ChecklistItem, ContentPack } from '../../../../domain/content/model';
import { alphabeticalGroups, rankedGroups, type ChecklistGroup } from '../../../../domain/search/criteria-groups';
import { contentSearchIndexFor, searchContent } from '../../../../domain/search/search-content';
import type { Ambition, CriterionKind, Language, ProductGroupId, RStrategy } from '../../../../domain/taxonomy';

export interface CriteriaFilter {
  productGroup?: ProductGroupId;
  /** a checklist without a product group (practice checklists) is chosen by its id */
  checklistId?: string;
  /** the highest level shown: the criteria at it and below */
  ambition?: Ambition;
  /** the levels adopted per product group: the ceiling of a group's criteria where no ambition is chosen */
  adopted?: Readonly<Record<string, Ambition>>;
  kind?: CriterionKind;
  rStrategy?: RStrategy;
  search?: string;
}

export type ChecklistResult = ChecklistGroup;

export function filterCriteria(pack: ContentPack, filter: CriteriaFilter, language: Language = 'nl'): ChecklistResult[] {
  const include = (checklist: Checklist, item: ChecklistItem): boolean => {
    if (filter.productGroup && checklist.productGroup !== filter.productGroup) return false;
    if (filter.checklistId && checklist.id !== filter.checklistId) return false;
    const ceiling = filter.ambition ?? (checklist.productGroup ? filter.adopted?.[checklist.productGroup] : undefined);
    if (ceiling && !withinAmbition(item.ambition, ceiling)) return false;
    return !(filter.kind && item.kind !== filter.kind) && !(filter.rStrategy && item.rStrategy !== filter.rStrategy);
  };
  const query = filter.search?.trim();
  if (!query) return alphabeticalGroups(pack, include, language);
  return rankedGroups(pack, searchContent(contentSearchIndexFor(pack), query, Number.POSITIVE_INFINITY), include, language);
}

/** a filter from the route's query; unknown values are ignored rather than failing the page */
export function filterFromQuery(query: URLSearchParams, known: { productGroups: ReadonlySet<string>; ambitions: readonly string[]; kinds: readonly string[]; rStrategies: readonly string[] }): CriteriaFilter {
  const pick = <T extends string>(name: string, allowed: { has(v: string): boolean } | readonly string[]): T | undefined => {
    const value = query.get(name) ?? undefined;
    if (!value) return undefined;
    const ok = Array.isArray(allowed) ? allowed.includes(value) : (allowed as { has(v: string): boolean }).has(value);
    return ok ? (value as T) : undefined;
  };
  return {
    productGroup: pick<ProductGroupId>('group', known.productGroups),
    ambition: pick<Ambition>('ambition', known.ambitions),
    kind: pick<CriterionKind>('kind', known.kinds),
    rStrategy: pick<RStrategy>('r', known.rStrategies),
    checklistId: query.get('checklist') ?? undefined,
    search: query.get('q') ?? undefined,
  };
}
