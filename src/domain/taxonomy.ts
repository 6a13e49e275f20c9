// The taxonomy's shared ids, defined here and nowhere else. They are a contract between the content pack, the
// SharePoint lists, the matcher and every test: never rename one; add one only with a note. Only what does not
// vary per municipality is here (document types, choices, the R-ladder, kinds and levels); product groups are
// content (src/content/product-groups.yaml and the Productgroepen list).

/**
 * a product group's id. Product groups vary per municipality, so they are content, not code: the
 * pack's product-groups.yaml and the site's Productgroepen list define them (with their labels,
 * delimitation, trigger words and CPV prefixes); an id has the shape of every content id.
 */
export type ProductGroupId = string;

export const DOCUMENT_TYPES = ['tender', 'project-plan', 'council-proposal', 'meeting', 'message', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DECISIONS = ['applied', 'considered', 'not-applicable', 'later', 'attached'] as const;
export type Decision = (typeof DECISIONS)[number];

export const SOURCES = ['tab', 'message-extension', 'meeting', 'outlook', 'cli'] as const;
export type Source = (typeof SOURCES)[number];

export const CONTEXT_TYPES = ['procurement', 'project', 'meeting', 'message', 'other'] as const;
export type ContextType = (typeof CONTEXT_TYPES)[number];

export const R_STRATEGIES = [
  'R0-refuse',
  'R1-rethink',
  'R2-reduce',
  'R3-reuse',
  'R4-repair',
  'R5-refurbish',
  'R6-remanufacture',
  'R7-repurpose',
  'R8-recycle',
  'R9-recover',
] as const;
export type RStrategy = (typeof R_STRATEGIES)[number];

export const AMBITIONS = ['basis', 'significant', 'ambitious'] as const;
export type Ambition = (typeof AMBITIONS)[number];

export const CRITERION_KINDS = ['suitability', 'selection', 'requirement', 'award', 'contract-clause', 'practice'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** what a criterion is about, as the national MVI criteria name their themes (one per criterion) */
export const CRITERION_THEMES = ['circularity', 'climate', 'social-return', 'international-social-conditions'] as const;
export type CriterionTheme = (typeof CRITERION_THEMES)[number];

/**
 * where a criterion comes from: a national MVI criterion, an EU GPP criterion, national guidance (a
 * sector agreement, a handbook, a certification scheme), a proposal of the municipality that is not
 * adopted policy, or a good working practice
 */
export const SOURCE_KINDS = ['mvi', 'eu-gpp', 'national-guidance', 'municipal-proposal', 'practice'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const PHASES = ['learn', 'scale', 'embed'] as const;
export type Phase = (typeof PHASES)[number];

export const THEMES = [
  'public-space',
  'area-development',
  'operations',
  'procurement',
  'energy-transition',
  'culture',
  'monitoring',
] as const;
export type Theme = (typeof THEMES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** decisions that need a reason from the person deciding */
export const DECISIONS_WITH_REASON: ReadonlySet<Decision> = new Set(['considered', 'not-applicable']);

/** the context type that a detected document type implies */
export function contextTypeFor(documentType: DocumentType): ContextType {
  switch (documentType) {
    case 'tender':
      return 'procurement';
    case 'project-plan':
    case 'council-proposal':
      return 'project';
    case 'meeting':
      return 'meeting';
    case 'message':
      return 'message';
    default:
      return 'other';
  }
}
