// The learned document type (issue 17): a multinomial naive Bayes over the Dutch stems of a text's
// opening, trained on the type labels of the tuning sets (test/eval/type-cv.ts, `npm run
// type-model`) and shipped in the content pack (document-type-model.json). The matcher asks it only
// where no cue reached a verdict (match-document.ts); docs/matcher.md says why and what it gains.
// Only the opening is read, so its cost is bounded whatever the length of the text.
import { MAX_OPENING_CHARS, type ModelClass, type TypeModel } from '../content/document-type-model';
import type { Token } from './fold';
import { stem } from './stemming';

export { MODEL_CLASSES, type ModelClass, type TypeModel } from '../content/document-type-model';

export const TYPE_MODEL_FEATURES = {
  /** the first words of a text are its title: their stems count again as title features (^stem) */
  titleTokens: 8,
  /** stems shorter than this (a single letter) are left out; word pairs keep them */
  minStem: 2,
  /**
   * a feature is shown as evidence when it makes the chosen class at least e times likelier than the
   * runner-up (log-odds ≥ 1): 'en' and 'voor' tip a verdict a little, but are no reason to show
   */
  evidenceWeight: 1,
} as const;

export interface TypeFeature {
  name: string;
  start: number;
  end: number;
}

export interface TypeModelVerdict {
  type: ModelClass;
  /** log-odds of the chosen class over the runner-up */
  margin: number;
  /** where the features that weighed most for the chosen class over the runner-up stand (evidenceWeight or more) */
  evidence: { start: number; end: number; weight: number }[];
}

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * a text's features, from its tokens that start within `openingChars`: each distinct stem, title
 * stem (^stem) and pair of neighbouring stems once, with where it first stands, and #cpv when the
 * text has a CPV code. Tokens come in text order, so the loop stops at the first token past the
 * opening and reads nothing after it.
 */
export function typeFeatures(tokens: readonly Token[], openingChars: number, cpvFound: boolean): TypeFeature[] {
  const seen = new Map<string, TypeFeature>();
  const add = (name: string, start: number, end: number) => {
    if (!seen.has(name)) seen.set(name, { name, start, end });
  };
  const bound = Math.min(openingChars, MAX_OPENING_CHARS);
  let next: string | undefined;
  for (let i = 0; i < tokens.length && tokens[i]!.start < bound; i++) {
    const token = tokens[i]!;
    const stemmed = next ?? stem(token.word, 'nl');
    const following = tokens[i + 1];
    next = following && following.start < bound ? stem(following.word, 'nl') : undefined;
    if (isNumber(token.word)) continue;
    if (stemmed.length >= TYPE_MODEL_FEATURES.minStem) add(stemmed, token.start, token.end);
    if (i < TYPE_MODEL_FEATURES.titleTokens) add(`^${stemmed}`, token.start, token.end);
    if (following && next !== undefined && !isNumber(following.word)) add(`${stemmed} ${next}`, token.start, following.end);
  }
  if (cpvFound) add('#cpv', 0, 0);
  return [...seen.values()];
}

/** the class the model finds likeliest for these features, with the features that chose it */
export function applyTypeModel(model: TypeModel, features: readonly TypeFeature[], maxEvidence = 5): TypeModelVerdict {
  const scores = [...model.prior];
  const found: { feature: TypeFeature; logs: number[] }[] = [];
  for (const feature of features) {
    // a feature the model did not keep weighs about the same for every class: left out
    const logs = Object.hasOwn(model.features, feature.name) ? model.features[feature.name] : undefined;
    if (!logs) continue;
    found.push({ feature, logs });
    for (let c = 0; c < scores.length; c++) scores[c]! += logs[c]!;
  }
  const order = scores.map((s, c) => [s, c] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const [best, second] = [order[0]![1], order[1]![1]];
  const spans = new Map<string, { start: number; end: number; weight: number }>();
  for (const { feature, logs } of found) {
    const weight = logs[best]! - logs[second]!;
    if (weight < TYPE_MODEL_FEATURES.evidenceWeight || feature.end <= feature.start) continue;
    // a title stem stands where its stem does: one span, its larger weight
    const key = `${feature.start}:${feature.end}`;
    const known = spans.get(key);
    if (!known || known.weight < weight) spans.set(key, { start: feature.start, end: feature.end, weight });
  }
  const evidence = [...spans.values()].sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, maxEvidence);
  return { type: model.classes[best]!, margin: order[0]![0] - order[1]![0], evidence };
}
