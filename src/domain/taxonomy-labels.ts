// How the taxonomy's ids (taxonomy.ts) read to people, Dutch first. Product groups, phases and
// themes take their labels from the content pack; these are the ids the pack does not label.
import type { Ambition, ContextType, CriterionKind, CriterionTheme, Decision, Language, RStrategy, Source, SourceKind } from './taxonomy';

interface TaxonomyLabels {
  decision: Record<Decision, string>;
  ambition: Record<Ambition, string>;
  criterionKind: Record<CriterionKind, string>;
  rStrategy: Record<RStrategy, string>;
  /** where a choice was recorded, as it reads after "Vastgelegd" / "Recorded" (one wording on every surface) */
  source: Record<Source, string>;
  contextType: Record<ContextType, string>;
  criterionTheme: Record<CriterionTheme, string>;
  /** how a criterion's source kind reads beside it; a municipal proposal says it is not adopted policy */
  sourceKind: Record<SourceKind, string>;
}

export const TAXONOMY_LABELS: Record<Language, TaxonomyLabels> = {
  nl: {
    decision: {
      applied: 'Toegepast',
      considered: 'Overwogen, niet toegepast',
      'not-applicable': 'Niet van toepassing',
      later: 'Later bekijken',
      attached: 'Gekoppeld',
    },
    ambition: { basis: 'Basis', significant: 'Significant', ambitious: 'Ambitieus' },
    criterionKind: {
      suitability: 'Geschiktheidseis',
      selection: 'Selectiecriterium',
      requirement: 'Eis',
      award: 'Gunningscriterium',
      'contract-clause': 'Contractbepaling',
      practice: 'Werkwijze',
    },
    rStrategy: {
      'R0-refuse': 'R0 Weigeren',
      'R1-rethink': 'R1 Heroverwegen',
      'R2-reduce': 'R2 Verminderen',
      'R3-reuse': 'R3 Hergebruiken',
      'R4-repair': 'R4 Repareren',
      'R5-refurbish': 'R5 Opknappen',
      'R6-remanufacture': 'R6 Herfabriceren',
      'R7-repurpose': 'R7 Herbestemmen',
      'R8-recycle': 'R8 Recyclen',
      'R9-recover': 'R9 Energie terugwinnen',
    },
    source: { tab: 'in het tabblad', 'message-extension': 'op een Teams-kaart', meeting: 'in een overleg', outlook: 'in Outlook', cli: 'op de opdrachtregel' },
    contextType: { procurement: 'Inkoop', project: 'Project', meeting: 'Overleg', message: 'Bericht', other: 'Overig' },
    criterionTheme: {
      circularity: 'Circulair',
      climate: 'Klimaat',
      'social-return': 'Social return',
      'international-social-conditions': 'Internationale sociale voorwaarden',
    },
    sourceKind: {
      mvi: 'Landelijk MVI-criterium',
      'eu-gpp': 'EU-criterium (GPP)',
      'national-guidance': 'Landelijke richtlijn of afspraak',
      'municipal-proposal': 'Voorstel, nog niet vastgesteld',
      practice: 'Goede praktijk',
    },
  },
  en: {
    decision: {
      applied: 'Applied',
      considered: 'Considered, not applied',
      'not-applicable': 'Not applicable',
      later: 'Look at later',
      attached: 'Attached',
    },
    ambition: { basis: 'Basic', significant: 'Significant', ambitious: 'Ambitious' },
    criterionKind: {
      suitability: 'Suitability requirement',
      selection: 'Selection criterion',
      requirement: 'Requirement',
      award: 'Award criterion',
      'contract-clause': 'Contract clause',
      practice: 'Working practice',
    },
    rStrategy: {
      'R0-refuse': 'R0 Refuse',
      'R1-rethink': 'R1 Rethink',
      'R2-reduce': 'R2 Reduce',
      'R3-reuse': 'R3 Reuse',
      'R4-repair': 'R4 Repair',
      'R5-refurbish': 'R5 Refurbish',
      'R6-remanufacture': 'R6 Remanufacture',
      'R7-repurpose': 'R7 Repurpose',
      'R8-recycle': 'R8 Recycle',
      'R9-recover': 'R9 Recover',
    },
    source: { tab: 'in the tab', 'message-extension': 'on a Teams card', meeting: 'in a meeting', outlook: 'in Outlook', cli: 'on the command line' },
    contextType: { procurement: 'Procurement', project: 'Project', meeting: 'Meeting', message: 'Message', other: 'Other' },
    criterionTheme: {
      circularity: 'Circularity',
      climate: 'Climate',
      'social-return': 'Social return',
      'international-social-conditions': 'International social conditions',
    },
    sourceKind: {
      mvi: 'National MVI criterion',
      'eu-gpp': 'EU criterion (GPP)',
      'national-guidance': 'National guidance or agreement',
      'municipal-proposal': 'Proposal, not yet adopted',
      practice: 'Good practice',
    },
  },
};
