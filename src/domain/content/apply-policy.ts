// The municipality's policy applied to a pack: every {{parameter}} in a criterion's texts filled in
// with the policy's value, so that every surface shows the same filled-in text. A pack keeps the
// texts as written (its templates), so a policy set later in SharePoint fills them again.
import type { Checklist, ContentPack, ItemTexts, LocalisedText, Policy, PolicyParameter } from './model';
import { PARAMETER_REFERENCE } from './model';
import type { Ambition } from '../taxonomy';
import { AMBITIONS } from '../taxonomy';

const hasParameter = (text: LocalisedText) => text.nl.includes('{{') || text.en.includes('{{');

/** the texts as written of every item that names a parameter, by item id */
export function templatesOf(checklists: readonly Checklist[]): Record<string, ItemTexts> {
  const templates: Record<string, ItemTexts> = {};
  for (const list of checklists) {
    for (const { id, text, guidance, verification } of list.items) {
      if (hasParameter(text) || hasParameter(guidance) || hasParameter(verification)) templates[id] = { text, guidance, verification };
    }
  }
  return templates;
}

/** the list with every {{parameter}} in its texts replaced by the policy's value in that language */
export function fillParameters(list: Checklist, policy: Policy): Checklist {
  if (policy.parameters.length === 0) return list;
  const values = new Map(policy.parameters.map((p) => [p.id, p.value]));
  const fill = (text: LocalisedText): LocalisedText => ({
    nl: text.nl.replace(PARAMETER_REFERENCE, (all, id: string) => values.get(id)?.nl ?? all),
    en: text.en.replace(PARAMETER_REFERENCE, (all, id: string) => values.get(id)?.en ?? all),
  });
  return { ...list, items: list.items.map((item) => ({ ...item, text: fill(item.text), guidance: fill(item.guidance), verification: fill(item.verification) })) };
}

/**
 * the pack under another policy: the items the pack has templates for start again from those; any
 * other {{parameter}} (in texts read from the SharePoint lists) is filled as it stands
 */
export function applyPolicy(pack: ContentPack, policy: Policy): ContentPack {
  const templates = pack.templates ?? {};
  const checklists = pack.checklists.map((list) =>
    fillParameters({ ...list, items: list.items.map((item) => (templates[item.id] ? { ...item, ...templates[item.id] } : item)) }, policy),
  );
  return { ...pack, policy, checklists };
}

/** whether a criterion's level is within a ceiling: as in the national criteria tool, a level includes the ones below it */
export function withinAmbition(ambition: Ambition, ceiling: Ambition): boolean {
  return AMBITIONS.indexOf(ambition) <= AMBITIONS.indexOf(ceiling);
}

/** the level the college adopted for a product group: the default of every ambition filter; none where only proposed */
export function adoptedAmbitionOf(productGroup: string | undefined, policy: Policy | undefined): Ambition | undefined {
  return productGroup ? policy?.ambitionPerProductGroup[productGroup] : undefined;
}

/**
 * whether a criterion belongs to the minimum the college adopted for its product group: as in the
 * national criteria tool, a level includes the criteria of the levels below it
 */
export function meetsAdoptedMinimum(ambition: Ambition, productGroup: string | undefined, policy: Policy | undefined): boolean {
  const adopted = adoptedAmbitionOf(productGroup, policy);
  return adopted !== undefined && withinAmbition(ambition, adopted);
}

/**
 * whether a criterion belongs to the municipality's minimum for its group, and whether that
 * minimum is adopted or only proposed (an adopted level wins over a proposal for the same group)
 */
export function minimumStatusOf(ambition: Ambition, productGroup: string | undefined, policy: Policy | undefined): 'adopted' | 'proposed' | undefined {
  if (!productGroup || !policy) return undefined;
  if (policy.ambitionPerProductGroup[productGroup] !== undefined) return meetsAdoptedMinimum(ambition, productGroup, policy) ? 'adopted' : undefined;
  const proposed = policy.proposedAmbitionPerProductGroup?.[productGroup];
  return proposed !== undefined && withinAmbition(ambition, proposed) ? 'proposed' : undefined;
}

/** the policy parameters an item's texts name, in the order they first appear, for showing where its values come from */
export function parametersOf(pack: Pick<ContentPack, 'templates' | 'policy'>, itemId: string): PolicyParameter[] {
  const template = pack.templates?.[itemId];
  if (!template) return [];
  const ids = new Set<string>();
  for (const text of [template.text, template.guidance, template.verification]) {
    for (const language of ['nl', 'en'] as const) for (const match of text[language].matchAll(PARAMETER_REFERENCE)) ids.add(match[1]!);
  }
  return pack.policy.parameters.filter((p) => ids.has(p.id));
}
