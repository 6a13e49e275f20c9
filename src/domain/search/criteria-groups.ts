// Criteria grouped by checklist, as the checklists page shows them. Without a search the
// checklists follow the alphabet of the person's language (Dutch rules for Dutch titles, so the
// order is that of the titles people read, not of the internal English ids); with one, the
// checklist of the best hit comes first and each checklist's criteria are ranked.
import type { Checklist, ChecklistItem, ContentPack } from '../content/model';
import type { Language } from '../taxonomy';
import type { SearchHit } from './search-content';

export interface ChecklistGroup {
  checklist: Checklist;
  items: ChecklistItem[];
}

const collators: Partial<Record<Language, Intl.Collator>> = {};

/** compares checklists by their titles in a language, by that language's alphabet */
export function byTitle(language: Language): (a: Checklist, b: Checklist) => number {
  const collator = (collators[language] ??= new Intl.Collator(language, { sensitivity: 'base', numeric: true }));
  return (a, b) => collator.compare(a.title[language], b.title[language]);
}

type Include = (checklist: Checklist, item: ChecklistItem) => boolean;

/** every checklist with the criteria `include` keeps, in alphabetical order of titles */
export function alphabeticalGroups(pack: Pick<ContentPack, 'checklists'>, include: Include, language: Language): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  for (const checklist of pack.checklists) {
    const items = checklist.items.filter((item) => include(checklist, item));
    if (items.length > 0) groups.push({ checklist, items });
  }
  return groups.sort((a, b) => byTitle(language)(a.checklist, b.checklist));
}

/**
 * the criteria among `hits` (best first) that `include` keeps, grouped by checklist: checklists in
 * the order of their best hit, equal ones alphabetically; criteria in the order of the hits
 */
export function rankedGroups(pack: Pick<ContentPack, 'checklists'>, hits: readonly SearchHit[], include: Include, language: Language): ChecklistGroup[] {
  const checklists = new Map(pack.checklists.map((c) => [c.id, c]));
  const groups = new Map<string, ChecklistGroup & { best: number }>();
  for (const hit of hits) {
    if (hit.kind !== 'item' || hit.checklistId === undefined) continue;
    const checklist = checklists.get(hit.checklistId);
    const item = checklist?.items.find((i) => i.id === hit.id);
    if (!checklist || !item || !include(checklist, item)) continue;
    let group = groups.get(checklist.id);
    if (!group) groups.set(checklist.id, (group = { checklist, items: [], best: hit.score }));
    group.items.push(item);
  }
  const compare = byTitle(language);
  return [...groups.values()].sort((a, b) => b.best - a.best || compare(a.checklist, b.checklist)).map(({ checklist, items }) => ({ checklist, items }));
}
