// What the metrics need to know from the content pack, indexed for one lookup per acknowledgement:
// the product group of an item (through its checklist), and which programme actions, in which
// phases, a product group or an action id stands for.
import type { ContentPack } from '../content/model';
import { PHASES, type Phase, type ProductGroupId } from '../taxonomy';

export interface MetricsAction {
  id: string;
  phase: Phase;
  productGroups: readonly ProductGroupId[];
  ownerTeam: string;
}

export interface MetricsContent {
  /** checklist item id → the product group of its checklist (practice checklists may have none) */
  itemProductGroup: ReadonlyMap<string, ProductGroupId>;
  /** checklist id → its product group */
  checklistProductGroup: ReadonlyMap<string, ProductGroupId>;
  actions: readonly MetricsAction[];
}

export function metricsContent(pack: Pick<ContentPack, 'checklists' | 'actions'>): MetricsContent {
  const itemProductGroup = new Map<string, ProductGroupId>();
  const checklistProductGroup = new Map<string, ProductGroupId>();
  for (const checklist of pack.checklists) {
    if (!checklist.productGroup) continue;
    checklistProductGroup.set(checklist.id, checklist.productGroup);
    for (const item of checklist.items) itemProductGroup.set(item.id, checklist.productGroup);
  }
  return {
    itemProductGroup,
    checklistProductGroup,
    actions: pack.actions.map((a) => ({ id: a.id, phase: a.phase, productGroups: a.productGroups, ownerTeam: a.ownerTeam })),
  };
}

/** a phase as a bit, so the phases one acknowledgement touches are one small number */
export const phaseBit = (phase: Phase): number => 1 << PHASES.indexOf(phase);
