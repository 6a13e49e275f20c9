// Training the learned document type (issue 17): the model's shape, its features and its inference
// live in the matcher (src/domain/matcher/type-model.ts); fitting it to the type labels of the
// tuning sets stays here, in the eval (type-cv.ts cross-validates it, build-type-model.ts writes
// the pack's file). A logistic regression of the same shape is kept for the cross-validation.
import type { ModelClass, TypeModel, TypeFeature } from '../../src/domain/matcher/type-model';

export type { ModelClass, TypeModel };

/** trains the model from features per text (each counted with its weight, 1 unless given); features seen in fewer than minCount texts are dropped */
export function trainTypeModel(
  examples: readonly { type: ModelClass; features: readonly string[]; weight?: number }[],
  options: { alpha: number; minCount: number; classes: readonly ModelClass[]; maxFeatures?: number; openingChars: number },
): TypeModel {
  const { classes, alpha, minCount } = options;
  const docCount = new Map<string, number>();
  for (const e of examples) for (const f of e.features) docCount.set(f, (docCount.get(f) ?? 0) + 1);
  const kept = [...docCount.entries()].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const docWeight = new Map<string, number>();
  for (const e of examples) for (const f of e.features) docWeight.set(f, (docWeight.get(f) ?? 0) + (e.weight ?? 1));
  const keptSet = new Set(kept);
  const counts = new Map<string, number[]>(kept.map((f) => [f, classes.map(() => 0)]));
  const totals = classes.map(() => 0);
  const texts = classes.map(() => 0);
  for (const e of examples) {
    const c = classes.indexOf(e.type);
    const w = e.weight ?? 1;
    texts[c]! += w;
    for (const f of e.features) {
      if (!keptSet.has(f)) continue;
      counts.get(f)![c]! += w;
      totals[c]! += w;
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
    const all = Math.log(docWeight.get(f)! + alpha) - pooled;
    return counts.get(f)!.reduce((sum, n, c) => sum + n * Math.abs(Math.log(n + alpha) - denominators[c]! - all), 0);
  };
  const chosen = options.maxFeatures === undefined ? kept : kept.map((f) => [f, spread(f)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxFeatures).map(([f]) => f).sort();
  for (const f of chosen) features[f] = counts.get(f)!.map((n, c) => round(Math.log(n + alpha) - denominators[c]!));
  return {
    classes: [...classes],
    openingChars: options.openingChars,
    prior: texts.map((n) => round(Math.log((n + 1) / (texts.reduce((a, b) => a + b, 0) + classes.length)))),
    features,
  };
}

/**
 * the same model shape, fitted as a multinomial logistic regression (softmax, L2, stochastic
 * gradient descent in a fixed order, so the same texts give the same model)
 */
export function trainTypeLogistic(examples: readonly { type: ModelClass; features: readonly string[] }[], options: { epochs: number; rate: number; l2: number; minCount: number; classes: readonly ModelClass[]; openingChars: number }): TypeModel {
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
  return { classes: [...classes], openingChars: options.openingChars, prior: bias.map(round), features };
}


/**
 * the same model with its log prior moved towards every class alike: share 0 gives a uniform prior
 * (the features alone decide), 0.5 the square root of the trained frequencies, 1 the model as trained
 */
export const flattenPrior = (model: TypeModel, share: number): TypeModel => {
  const uniform = Math.log(1 / model.classes.length);
  return { ...model, prior: model.prior.map((p) => Math.round((share * p + (1 - share) * uniform) * 100) / 100) };
};

/** log-odds of the model's likeliest class over none (0 when none is likeliest, or is no class of the model) */
export function marginOverNone(model: TypeModel, features: readonly TypeFeature[]): number {
  const none = model.classes.indexOf('none');
  if (none < 0) return 0;
  const scores = [...model.prior];
  for (const f of features) {
    const logs = Object.hasOwn(model.features, f.name) ? model.features[f.name] : undefined;
    if (logs) for (let c = 0; c < scores.length; c++) scores[c]! += logs[c]!;
  }
  return Math.max(...scores) - scores[none]!;
}
