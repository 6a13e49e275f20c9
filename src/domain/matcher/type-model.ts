// A learned document type beside the cues (issue 17): a multinomial naive Bayes over the matcher's
// own Dutch stems, with the title's stems and word pairs as features of their own. It is trained by
// scripts/build-type-model.ts on the type labels of the tuning sets only; docs/matcher.md says how
// it was judged. Inference costs one map lookup per feature.
import type { DocumentType } from '../taxonomy';
import type { Token } from './fold';
import type { WordAnalysis } from './trigger-table';

/** 'none' stands for a text of no genre: the caller's default decides ('other', or 'message' in a chat) */
export type ModelClass = Exclude<DocumentType, 'other' | 'message'> | 'none';

export interface TypeModel {
  classes: ModelClass[];
  /** log prior per class, in the order of `classes` */
  prior: number[];
  /** log P(feature | class) per class; features seen in training only */
  features: Record<string, number[]>;
  /** log P(unseen feature | class) */
  unseen: number[];
}

export interface TypeModelVerdict {
  type: ModelClass;
  /** log-odds of the chosen class over the runner-up */
  margin: number;
  /** where the features that weighed most for the chosen class over the runner-up stand */
  evidence: { start: number; end: number; weight: number }[];
}

export const TYPE_MODEL_FEATURES = {
  /** the first words of a text are its title: their stems count again as title features */
  titleTokens: 8,
  /** stems shorter than this (de, en, op) are left out; word pairs keep them */
  minStem: 2,
} as const;

interface Feature {
  name: string;
  start: number;
  end: number;
}

/** a text's features: each distinct stem, title stem and pair of stems once, with where it first stands */
export function typeFeatures(tokens: readonly Token[], analyses: readonly WordAnalysis[], cpvFound: boolean): Feature[] {
  const seen = new Map<string, Feature>();
  const add = (name: string, start: number, end: number) => {
    if (!seen.has(name)) seen.set(name, { name, start, end });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^\d+$/.test(token.word)) continue;
    const stem = analyses[i]!.nl;
    if (stem.length >= TYPE_MODEL_FEATURES.minStem) add(stem, token.start, token.end);
    if (i < TYPE_MODEL_FEATURES.titleTokens) add(`^${stem}`, token.start, token.end);
    const next = tokens[i + 1];
    if (next && !/^\d+$/.test(next.word)) add(`${stem} ${analyses[i + 1]!.nl}`, token.start, next.end);
  }
  if (cpvFound) add('#cpv', 0, 0);
  return [...seen.values()];
}

/** trains the model from features per text; features seen in fewer than minCount texts are dropped */
export function trainTypeModel(examples: readonly { type: ModelClass; features: readonly string[] }[], options: { alpha: number; minCount: number; classes: readonly ModelClass[] }): TypeModel {
  const { classes, alpha, minCount } = options;
  const docCount = new Map<string, number>();
  for (const e of examples) for (const f of e.features) docCount.set(f, (docCount.get(f) ?? 0) + 1);
  const kept = [...docCount.entries()].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const keptSet = new Set(kept);
  const counts = new Map<string, number[]>(kept.map((f) => [f, classes.map(() => 0)]));
  const totals = classes.map(() => 0);
  const texts = classes.map(() => 0);
  for (const e of examples) {
    const c = classes.indexOf(e.type);
    texts[c]!++;
    for (const f of e.features) {
      if (!keptSet.has(f)) continue;
      counts.get(f)![c]!++;
      totals[c]!++;
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const denominators = totals.map((t) => Math.log(t + alpha * (kept.length + 1)));
  const features: Record<string, number[]> = {};
  for (const f of kept) features[f] = counts.get(f)!.map((n, c) => round(Math.log(n + alpha) - denominators[c]!));
  return {
    classes: [...classes],
    prior: texts.map((n) => round(Math.log((n + 1) / (examples.length + classes.length)))),
    features,
    unseen: denominators.map((d) => round(Math.log(alpha) - d)),
  };
}

/** the class the model finds likeliest for these features, with the features that chose it */
export function applyTypeModel(model: TypeModel, features: readonly Feature[], maxEvidence = 5): TypeModelVerdict {
  const scores = [...model.prior];
  const found: { feature: Feature; logs: number[] }[] = [];
  for (const feature of features) {
    const logs = model.features[feature.name];
    if (!logs) continue; // an unseen feature weighs the same for every class but for smoothing: left out
    found.push({ feature, logs });
    for (let c = 0; c < scores.length; c++) scores[c]! += logs[c]!;
  }
  const order = scores.map((s, c) => [s, c] as const).sort((a, b) => b[0] - a[0]);
  const [best, second] = [order[0]![1], order[1]![1]];
  const evidence = found
    .map(({ feature, logs }) => ({ start: feature.start, end: feature.end, weight: logs[best]! - logs[second]! }))
    .filter((e) => e.weight > 0 && e.end > e.start)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, maxEvidence);
  return { type: model.classes[best]!, margin: order[0]![0] - order[1]![0], evidence };
}
