// The shape of the learned document type a pack may carry (document-type-model.json): apart from
// the schemas in model.ts, so that the matcher reads it without loading zod.
import type { DocumentType } from '../taxonomy';

/** the model's classes: 'none' stands for a text of no genre (the caller's default decides) */
export const MODEL_CLASSES = ['tender', 'project-plan', 'council-proposal', 'meeting', 'none'] as const satisfies readonly (DocumentType | 'none')[];
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** the most characters a model may read (its openingChars): a pack cannot make the feature cost unbounded */
export const MAX_OPENING_CHARS = 2000;

export interface TypeModel {
  classes: ModelClass[];
  /** features are read from tokens that start within this many characters of the text */
  openingChars: number;
  /** log prior per class, in the order of `classes` */
  prior: number[];
  /** log P(feature | class) per class, for the features kept */
  features: Record<string, number[]>;
}
