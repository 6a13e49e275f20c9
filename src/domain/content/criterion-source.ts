// How a criterion's source reads to people, the same on every surface (tab, cards, exports, command
// line): its kind first, so a municipal proposal always says it is not adopted policy.
import type { Language } from '../taxonomy';
import { TAXONOMY_LABELS } from '../taxonomy-labels';
import type { CriterionSource } from './model';

/** e.g. "Voorstel, nog niet vastgesteld: gemeente Soest" or "Landelijk MVI-criterium: MVI-criteriatool, productgroep Kantoormeubilair" */
export function sourceLine(source: CriterionSource, language: Language): string {
  return `${TAXONOMY_LABELS[language].sourceKind[source.kind]}: ${source.reference}`;
}

/** a criterion the municipality has not adopted: shown as "voorstel, nog niet vastgesteld" */
export function isProposal(source: CriterionSource): boolean {
  return source.kind === 'municipal-proposal';
}
