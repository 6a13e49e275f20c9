// The content pack's shape, one schema per file kind. The TypeScript types are inferred from the
// schemas so that what validates is exactly what the code reads.
import { z } from 'zod';
import {
  AMBITIONS,
  CRITERION_KINDS,
  CRITERION_THEMES,
  DOCUMENT_TYPES,
  PHASES,
  R_STRATEGIES,
  SOURCE_KINDS,
  THEMES,
} from '../taxonomy';
import { CONTENT_ID } from '../ids';
import { MAX_OPENING_CHARS, MODEL_CLASSES, type TypeModel } from './document-type-model';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** a text shown to people: Dutch first, English second, both required */
export const localisedText = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export type LocalisedText = z.infer<typeof localisedText>;

/**
 * a word or phrase that points to a product group or document type. A bare string weighs 1: on its
 * own it is enough to nudge. A weaker hint carries a weight below 1, so that only several together
 * (or one with a strong word) make a nudge. Weight 0 blocks a look-alike (see below).
 */
export const trigger = z.union([
  nonEmpty,
  // weight 0 marks words and phrases that look like evidence but mean something else: an idiom
  // that starts with a trigger word ("groen licht", "bruggen slaan"), or a word that must not be
  // split into a trigger ("hypotheek" is no "hek"). Where one matches, it is no evidence.
  z.strictObject({ term: nonEmpty, weight: z.number().min(0).max(3) }),
]);
export type Trigger = z.infer<typeof trigger>;

/** triggers per language; either list may be empty but both must be present */
const triggersPerLanguage = z.strictObject({ nl: z.array(trigger), en: z.array(trigger) });
export type TriggersPerLanguage = z.infer<typeof triggersPerLanguage>;

const slug = z.string().regex(CONTENT_ID, 'must be lower-case words joined by hyphens');

export const packMeta = z.strictObject({
  id: slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 2026.11.0'),
  municipality: localisedText,
  /** says plainly where the content comes from and who should replace it */
  status: localisedText,
  sourceNote: localisedText,
});

export const programme = z.strictObject({
  ambition: localisedText,
  targetYear: z.number().int().min(2025).max(2100),
  summary: localisedText,
  phases: z.array(z.strictObject({ id: z.enum(PHASES), label: localisedText, description: localisedText })),
  themes: z.array(z.strictObject({ id: z.enum(THEMES), label: localisedText, description: localisedText })),
  teams: z.array(z.strictObject({ id: slug, label: localisedText })).min(1),
});

export const programmeAction = z.strictObject({
  id: slug,
  title: localisedText,
  description: localisedText,
  ownerTeam: slug,
  phase: z.enum(PHASES),
  theme: z.enum(THEMES),
  indicator: localisedText,
  /**
   * the indicator's unit and the figures the public record gives for it. Only facts with a source:
   * where none is known the field stays out and a coordinator enters it in the app.
   */
  measure: z
    .strictObject({
      unit: localisedText,
      baseline: z
        .strictObject({
          value: z.number().finite(),
          /** a year (`2019`) or a day (`2019-12-31`): as precise as the source is */
          date: z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'must be a year like 2019 or a day like 2019-12-31'),
          source: localisedText,
        })
        .optional(),
      target: z.strictObject({ value: z.number().finite(), year: z.number().int().min(2000).max(2100).optional() }).optional(),
    })
    .optional(),
  /** ids of product groups of the pack (product-groups.yaml) */
  productGroups: z.array(slug),
});
export const actionsFile = z.strictObject({ actions: z.array(programmeAction).min(1) });

export const productGroup = z.strictObject({
  /** a municipality adds its own groups: any content id that no other group has */
  id: slug,
  label: localisedText,
  /** what belongs to the group and what does not, as the national MVI criteria delimit it */
  delimitation: localisedText.optional(),
  /** words and phrases that make a document about this group */
  triggers: triggersPerLanguage,
  /**
   * words that name a building or site where work or a service takes place ("gemeentehuis",
   * "sporthal"). They count for this group only when the text also has one of its triggers (or a
   * CPV code of it): a cleaning tender that names the buildings to be cleaned is no building work.
   */
  places: triggersPerLanguage.optional(),
  /**
   * towns whose name reads as one of this group's words ("Brugge" as brug, "Boom" as a tree). Written
   * with a capital inside a sentence, and not just before another capitalised word or a number
   * ("Sluis Eefde", "Sluis 3" name a lock), such a word is the town and counts for no group.
   */
  towns: z.array(nonEmpty).optional(),
  /** CPV code prefixes (2 to 8 digits) that mark this group in a tender notice */
  cpv: z.array(z.string().regex(/^\d{2,8}$/, 'must be 2 to 8 digits of a CPV code')),
});
export const productGroupsFile = z.strictObject({ productGroups: z.array(productGroup).min(1) });

export const documentTypeCues = z.strictObject({
  id: z.enum(DOCUMENT_TYPES),
  label: localisedText,
  cues: triggersPerLanguage,
  /**
   * words that make a text this type when it opens with them: the first words of a title or of a
   * one-line description ("Levering van …", "Sloop van …"). Elsewhere in a text they say nothing.
   */
  openingCues: triggersPerLanguage.optional(),
  /**
   * words that make a text this type when it is a one-line title that opens with them: a short,
   * verbless line ("Onderhoud en schadeherstel aan OV-masten", "Evaluatie omgekeerd inzamelen"). In a
   * sentence with a verb, or further on in a text, they say nothing.
   */
  titleCues: triggersPerLanguage.optional(),
  /**
   * parties a text of this type seeks: after a verb of seeking in the same clause ("De gemeente zoekt
   * een aannemer voor …", "… is op zoek naar een leverancier …") such a party is a cue of this
   * weight. Alone, or after another verb, they say nothing.
   */
  soughtParties: triggersPerLanguage.optional(),
  /**
   * genre nouns a text names itself by after a self-reference in its opening ("Voor u ligt het
   * projectplan …", "In dit plan van aanpak …", "Dit plan beschrijft …"): the noun weighs as the
   * genre's name in a title. Elsewhere, and after "het" or "een", they are only the genre cues above.
   */
  selfNames: triggersPerLanguage.optional(),
  /**
   * section headings of this type's documents: a text that opens with one followed by a colon
   * ("Doel: …", "Financiële consequenties: …", "Gunningscriteria: …") is a part of such a document.
   * Without the colon, or further on in a text, they say nothing.
   */
  headingCues: triggersPerLanguage.optional(),
  /**
   * cues of this type (terms of its `cues`) that speak of the genre in general as readily as a
   * document of it does ("aanbesteding", "inkoop", "ondernemers"): a verdict for this type that rests
   * on them alone, none of them opening the text, in a text that names no product group, is a text
   * about the genre (a web page on how the municipality buys, a rule of procurement law), not one of it
   */
  generalCues: z.array(nonEmpty).optional(),
});
export const documentTypesFile = z.strictObject({ documentTypes: z.array(documentTypeCues).min(1) });

/**
 * the learned document type (document-type-model.json), generated by `npm run type-model` from the
 * tuning sets' labels, never edited by hand; a pack without it types by its cues alone. The matcher
 * reads it in src/domain/matcher/type-model.ts.
 */
export const documentTypeModelFile: z.ZodType<TypeModel> = z
  .strictObject({
    classes: z.array(z.enum(MODEL_CLASSES)).min(2),
    openingChars: z.number().int().positive().max(MAX_OPENING_CHARS),
    prior: z.array(z.number()),
    features: z.record(z.string(), z.array(z.number())),
  })
  .refine((m) => new Set(m.classes).size === m.classes.length, { message: 'each class once', path: ['classes'] })
  .refine((m) => m.prior.length === m.classes.length && Object.values(m.features).every((row) => row.length === m.classes.length), {
    message: 'the prior and every feature need one number per class',
    path: ['features'],
  });

/**
 * where a criterion comes from. `reference` names the national criterion (product group, code and
 * tool version where known), the EU GPP criterion or the document; `url` is a public page to check it.
 */
export const criterionSource = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  reference: nonEmpty,
  url: z.url({ protocol: /^https$/, error: 'must be a public https address' }).optional(),
});
export type CriterionSource = z.infer<typeof criterionSource>;

export const checklistItem = z.strictObject({
  id: slug,
  /** may name policy parameters as {{parameter-id}}; the loader fills in their values */
  text: localisedText,
  guidance: localisedText,
  /** how a buyer checks the criterion is met (bewijsmiddel) */
  verification: localisedText,
  ambition: z.enum(AMBITIONS),
  kind: z.enum(CRITERION_KINDS),
  theme: z.enum(CRITERION_THEMES),
  /** only where a step of the R-ladder applies (circularity criteria) */
  rStrategy: z.enum(R_STRATEGIES).optional(),
  source: criterionSource,
});

export const checklist = z
  .strictObject({
    id: slug,
    title: localisedText,
    description: localisedText,
    /** a product-group checklist names its group */
    productGroup: slug.optional(),
    /** a practice checklist names the document types it fits */
    documentTypes: z.array(z.enum(DOCUMENT_TYPES)).optional(),
    items: z.array(checklistItem).min(1),
  })
  .refine((c) => c.productGroup !== undefined || (c.documentTypes?.length ?? 0) > 0, {
    message: 'a checklist needs a productGroup or at least one documentType',
    path: ['productGroup'],
  });

/** an id of a policy parameter, also how a text names it: {{id}} */
export const PARAMETER_REFERENCE = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/**
 * the municipality's own choices, set once by a coordinator: the values a criterion leaves to the
 * municipality (a share, a term, a ceiling) and the ambition level adopted per product group
 */
export const policyParameter = z.strictObject({
  id: slug,
  label: localisedText,
  /** the value shown in every text that names the parameter, as it should read (e.g. "10 jaar") */
  value: localisedText,
  /** where the value comes from; a value the municipality has not adopted is a municipal proposal */
  source: criterionSource,
});
export const policyFile = z.strictObject({
  /** the ambition level the college adopted per product group; a group without one has none yet */
  ambitionPerProductGroup: z.record(z.string(), z.enum(AMBITIONS)).default({}),
  /**
   * a level proposed for a product group that the college has not adopted: shown as a proposal
   * beside the criteria it would make the minimum, but never the default filter
   */
  proposedAmbitionPerProductGroup: z.record(z.string(), z.enum(AMBITIONS)).optional(),
  parameters: z.array(policyParameter).default([]),
});
export type PolicyParameter = z.infer<typeof policyParameter>;
export type Policy = z.infer<typeof policyFile>;

export type PackMeta = z.infer<typeof packMeta>;
export type Programme = z.infer<typeof programme>;
export type ProgrammeAction = z.infer<typeof programmeAction>;
export type ProductGroup = z.infer<typeof productGroup>;
export type DocumentTypeCues = z.infer<typeof documentTypeCues>;
export type ChecklistItem = z.infer<typeof checklistItem>;
export type Checklist = z.infer<typeof checklist>;

/** a whole, validated content pack */
export interface ContentPack {
  meta: PackMeta;
  programme: Programme;
  actions: ProgrammeAction[];
  productGroups: ProductGroup[];
  documentTypes: DocumentTypeCues[];
  /** the learned document type, asked where no cue reaches a verdict (src/domain/matcher/type-model.ts) */
  documentTypeModel?: TypeModel;
  checklists: Checklist[];
  policy: Policy;
  /**
   * the texts as written, for the items whose texts name a parameter: the checklists hold them
   * filled in, and a new policy (from the SharePoint list) fills them again from these
   */
  templates?: Record<string, ItemTexts>;
}

/** the texts of a checklist item that may name policy parameters */
export type ItemTexts = Pick<ChecklistItem, 'text' | 'guidance' | 'verification'>;
