// The shape of the learned document type a pack may carry (document-type-model.json): apart from
// the schemas in model.ts, so that the matcher reads it without loading zod.
import type { DocumentType } from '../taxonomy';

/** the model's classes: 'none' stands for a text of no genre (the caller's default decides) */
export const MODEL_CLASSES = ['tender', 'project-plan', 'council-proposal', 'meeting', 'none'] as const satisfies readonly (DocumentType | 'none')[];
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * the features a model reads beside (or instead of) the opening's stems: parts of each word's letters,
 * which carry over to compounds no training text wrote (docs/matcher.md, sixteenth pass). A model
 * file without the field reads stems alone, as every model did before.
 */
export const WORD_PARTS = ['stems', 'heads', 'ends', 'grams', 'grams-only', 'head6', 'long-ends', 'long-parts'] as const;
export type WordParts = (typeof WORD_PARTS)[number];

/** the most characters a model may read (its openingChars): a pack cannot make the feature cost unbounded */
export const MAX_OPENING_CHARS = 2000;

export interface TypeModel {
  classes: ModelClass[];
  /** features are read from tokens that start within this many characters of the text */
  openingChars: number;
  /** the features besides the stems; absent: stems alone */
  wordParts?: WordParts;
  /** log prior per class, in the order of `classes` */
  prior: number[];
  /** log P(feature | class) per class, for the features kept */
  features: Record<string, number[]>;
}
