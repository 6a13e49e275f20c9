// Finding things in a pack by id, and reading its texts in a language.
import type { Checklist, ChecklistItem, ContentPack, LocalisedText, ProductGroup, ProgrammeAction } from './model';

export interface ContentLookup {
  item(id: string): { item: ChecklistItem; checklist: Checklist } | undefined;
  checklist(id: string): Checklist | undefined;
  action(id: string): ProgrammeAction | undefined;
  productGroup(id: string): ProductGroup | undefined;
  teamLabel(id: string): LocalisedText | undefined;
}

export function contentLookup(pack: ContentPack): ContentLookup {
  const items = new Map<string, { item: ChecklistItem; checklist: Checklist }>();
  for (const checklist of pack.checklists) for (const item of checklist.items) items.set(item.id, { item, checklist });
  const checklists = new Map(pack.checklists.map((c) => [c.id, c]));
  const actions = new Map(pack.actions.map((a) => [a.id, a]));
  const groups = new Map(pack.productGroups.map((g) => [g.id as string, g]));
  const teams = new Map(pack.programme.teams.map((t) => [t.id, t.label]));
  return {
    item: (id) => items.get(id),
    checklist: (id) => checklists.get(id),
    action: (id) => actions.get(id),
    productGroup: (id) => groups.get(id),
    teamLabel: (id) => teams.get(id),
  };
}
