// A learned document type beside the cues (issue 17): a multinomial naive Bayes over the matcher's
// own Dutch stems, with the title's stems and word pairs as features of their own, trained on the
// type labels of the tuning sets only. Tried and not used by the matcher (it did not beat the cues:
// docs/matcher.md); kept here so `npm run eval -- --type-cv` and `--type-measure` can repeat it.
import type { DocumentType } from '../../src/domain/taxonomy';
import type { Token } from '../../src/domain/matcher/fold';
import type { WordAnalysis } from '../../src/domain/matcher/trigger-table';

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
export function trainTypeModel(
  examples: readonly { type: ModelClass; features: readonly string[] }[],
  options: { alpha: number; minCount: number; classes: readonly ModelClass[]; maxFeatures?: number },
): TypeModel {
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
  // the model ships to the tab's worker: only the features that tell classes apart most, by the
  // share of mutual information each carries (its count in a class times how far the class's log
  // weight stands from the pooled one), so a word found everywhere (de, het) goes first
  const pooled = Math.log(totals.reduce((a, b) => a + b, 0) + alpha * (kept.length + 1));
  const spread = (f: string) => {
    const all = Math.log(docCount.get(f)! + alpha) - pooled;
    return counts.get(f)!.reduce((sum, n, c) => sum + n * Math.abs(Math.log(n + alpha) - denominators[c]! - all), 0);
  };
  const chosen = options.maxFeatures === undefined ? kept : kept.map((f) => [f, spread(f)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxFeatures).map(([f]) => f).sort();
  for (const f of chosen) features[f] = counts.get(f)!.map((n, c) => round(Math.log(n + alpha) - denominators[c]!));
  return {
    classes: [...classes],
    prior: texts.map((n) => round(Math.log((n + 1) / (examples.length + classes.length)))),
    features,
    unseen: denominators.map((d) => round(Math.log(alpha) - d)),
  };
}

/**
 * the same model shape, fitted as a multinomial logistic regression (softmax, L2, stochastic
 * gradient descent in a fixed order, so the same texts give the same model)
 */
export function trainTypeLogistic(examples: readonly { type: ModelClass; features: readonly string[] }[], options: { epochs: number; rate: number; l2: number; minCount: number; classes: readonly ModelClass[] }): TypeModel {
  const { classes } = options;
  const docCount = new Map<string, number>();
  for (const e of examples) for (const f of e.features) docCount.set(f, (docCount.get(f) ?? 0) + 1);
  const weights = new Map<string, number[]>();
  for (const [f, n] of docCount) if (n >= options.minCount) weights.set(f, classes.map(() => 0));
  const bias = classes.map(() => 0);
  // each text as its class and the weight rows of its features
  const rows = examples.map((e) => ({ c: classes.indexOf(e.type), w: e.features.flatMap((f) => (weights.has(f) ? [weights.get(f)!] : [])) }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const { c, w } of rows) {
      const z = bias.map((b, k) => w.reduce((sum, row) => sum + row[k]!, b));
      const top = Math.max(...z);
      const exp = z.map((v) => Math.exp(v - top));
      const total = exp.reduce((a, b) => a + b, 0);
      for (let k = 0; k < classes.length; k++) {
        const gradient = exp[k]! / total - (k === c ? 1 : 0);
        bias[k]! -= rate * gradient;
        for (const row of w) row[k]! -= rate * (gradient + options.l2 * row[k]!);
      }
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const features: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort()) {
    const w = weights.get(f)!.map(round);
    if (w.some((v) => v !== 0)) features[f] = w;
  }
  return { classes: [...classes], prior: bias.map(round), features, unseen: classes.map(() => 0) };
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
