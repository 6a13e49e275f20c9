// Which checklist items a person sees for their filters: product group, ambition, kind of criterion,
// R-strategy, and words searched in Dutch and English alike (case and accents do not matter). An
// ambition level includes the levels below it, as in the national criteria tool; without one chosen,
// a product group whose level the college adopted shows the criteria up to that level.
import { withinAmbition } from '../../../../domain/content/apply-policy';
import type { Checklist, ChecklistItem, ContentPack } from '../../../../domain/content/model';
import { fold } from '../../../../domain/matcher/fold';
import type { Ambition, CriterionKind, ProductGroupId, RStrategy } from '../../../../domain/taxonomy';

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

export interface ChecklistResult {
  checklist: Checklist;
  items: ChecklistItem[];
}

const searchable = (checklist: Checklist, item: ChecklistItem): string =>
  fold([item.text.nl, item.text.en, item.guidance.nl, item.guidance.en, checklist.title.nl, checklist.title.en, item.id].join('\n')).text;

export function filterCriteria(pack: Pick<ContentPack, 'checklists'>, filter: CriteriaFilter): ChecklistResult[] {
  const words = filter.search ? fold(filter.search).text.split(/\s+/).filter(Boolean) : [];
  const results: ChecklistResult[] = [];
  for (const checklist of pack.checklists) {
    if (filter.productGroup && checklist.productGroup !== filter.productGroup) continue;
    if (filter.checklistId && checklist.id !== filter.checklistId) continue;
    const ceiling = filter.ambition ?? (checklist.productGroup ? filter.adopted?.[checklist.productGroup] : undefined);
    const items = checklist.items.filter((item) => {
      if (ceiling && !withinAmbition(item.ambition, ceiling)) return false;
      if (filter.kind && item.kind !== filter.kind) return false;
      if (filter.rStrategy && item.rStrategy !== filter.rStrategy) return false;
      if (words.length > 0) {
        const text = searchable(checklist, item);
        return words.every((w) => text.includes(w));
      }
      return true;
    });
    if (items.length > 0) results.push({ checklist, items });
  }
  return results;
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
