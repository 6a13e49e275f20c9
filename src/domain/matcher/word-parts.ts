// Word parts for the learned document type (issue 17, sixteenth pass): pieces of a word's letters
// that a compound no training text wrote shares with words that were (onderhoudsbestek ends as
// bestek does). Like the stems they come from the text alone, not from the pack's vocabulary, so a
// model does not shift when a municipality edits its cues. A model file names its kind
// (`wordParts`); the kinds are those cross-validated in docs/matcher.md, and the model the pack
// ships reads stems alone, as none of them gained enough there.
import type { WordParts } from '../content/document-type-model';

export interface WordPartsOfWord {
  /** feature names, each with a leading '~'; '<' and '>' mark the word's start and end */
  parts: readonly string[];
  /** whether the word's stem counts as well */
  keepStem: boolean;
}

const opening = (word: string, n: number) => `~<${word.slice(0, n)}`;
const closing = (word: string, n: number) => `~${word.slice(-n)}>`;

/** the n-grams of a word with its start and end marked */
function grams(word: string, sizes: readonly number[]): string[] {
  const marked = `<${word}>`;
  return sizes.flatMap((n) => Array.from({ length: Math.max(0, marked.length - n + 1) }, (_, i) => `~${marked.slice(i, i + n)}`));
}

/** a word that gives no parts: its stem alone (shared, so the shipped model of stems allocates nothing per word) */
const STEM_ALONE: WordPartsOfWord = Object.freeze({ parts: Object.freeze([]), keepStem: true });

const KINDS: Record<WordParts, (word: string) => WordPartsOfWord> = {
  stems: () => STEM_ALONE,
  // Dutch compounds are head-final: the closing 5 to 8 letters, with at least three before them
  heads: (w) => ({ parts: [5, 6, 7, 8].filter((n) => w.length >= n + 3).map((n) => closing(w, n)), keepStem: true }),
  ends: (w) => (w.length >= 6 ? { parts: [opening(w, 4), opening(w, 5), closing(w, 4), closing(w, 5)], keepStem: true } : STEM_ALONE),
  grams: (w) => ({ parts: grams(w, [4, 5]), keepStem: true }),
  'grams-only': (w) => ({ parts: grams(w, [4, 5]), keepStem: false }),
  // tried after the rule's grid (docs/matcher.md): one part per end, of compound-length words only
  head6: (w) => (w.length >= 9 ? { parts: [closing(w, 6)], keepStem: true } : STEM_ALONE),
  'long-ends': (w) => (w.length >= 10 ? { parts: [opening(w, 5), closing(w, 5)], keepStem: true } : STEM_ALONE),
  'long-parts': (w) => (w.length >= 10 ? { parts: [opening(w, 5), closing(w, 6)], keepStem: false } : STEM_ALONE),
};

/** the word parts a model of this kind reads of a folded word, and whether its stem counts too */
export function wordPartsOf(word: string, kind: WordParts): WordPartsOfWord {
  return KINDS[kind](word);
}
