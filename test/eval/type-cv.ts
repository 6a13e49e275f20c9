// `npm run eval -- --type-cv`: k-fold cross-validation of the learned document type (type-model.ts)
// over the tuning sets alone, beside the cues and combinations of the two. The sets nobody tuned on
// are not read here.
import { join } from 'node:path';
import type { ContentPack } from '../../src/domain/content/model';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { findCpvCodes } from '../../src/domain/matcher/match-document';
import { analyseTokens } from '../../src/domain/matcher/matcher-index';
import { tokenise } from '../../src/domain/matcher/fold';
import { applyTypeModel, trainTypeLogistic, trainTypeModel, typeFeatures, type ModelClass, type TypeModel, type TypeModelVerdict } from './type-model';
import type { DocumentType } from '../../src/domain/taxonomy';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

export const TYPE_TUNING_SETS = ['dev-set.jsonl', 'match-probe.jsonl', 'holdout-set.jsonl', 'real-tuning.jsonl', 'short-tuning.jsonl', 'notice-tuning.jsonl', 'notice-be-tuning.jsonl'];
export const MODEL_CLASSES: ModelClass[] = ['tender', 'project-plan', 'council-proposal', 'meeting', 'none'];
export const asModelClass = (t: DocumentType): ModelClass => (t === 'other' || t === 'message' ? 'none' : t);

export interface TypeExample {
  set: string;
  id: string;
  /** texts of one story (a real text and its first sentence) share a fold, so no fold sees its own text */
  story: string;
  label: DocumentType;
  features: ReturnType<typeof typeFeatures>;
  cues: { type: DocumentType; absent: boolean };
}

/** the tuning texts with their features and what the cues make of them (the eval's default: 'other') */
export function typeExamples(pack: ContentPack, sets = TYPE_TUNING_SETS): TypeExample[] {
  const index = buildMatcherIndex(pack);
  const all = sets.flatMap((set) => readLabelledTexts(join(FIXTURES, set)).map((t) => ({ set, t })));
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  // a story's text is the longest that holds the opening of the others (a notice's short text and its title and description
  // are under 400 characters, so a longer text of any length counts)
  const texts = all.map(({ t }) => ({ id: t.id, text: squeeze(t.text) })).sort((a, b) => b.text.length - a.text.length);
  const storyOf = (id: string, text: string) => {
    const own = squeeze(text);
    const opening = own.slice(0, 60);
    return texts.find((l) => l.id !== id && l.text.length > own.length && l.text.includes(opening))?.id ?? id;
  };
  return all.map(({ set, t }) => {
    {
      const tokens = tokenise(t.text);
      const analyses = analyseTokens(index, tokens);
      const result = matchDocument(index, t.text);
      return {
        set,
        id: t.id,
        story: storyOf(t.id, t.text),
        label: t.documentType,
        features: typeFeatures(tokens, analyses, findCpvCodes(t.text).length > 0),
        cues: { type: result.documentType, absent: result.documentTypeEvidence.length === 0 },
      };
    }
  });
}

const fromModel = (v: TypeModelVerdict): DocumentType => (v.type === 'none' ? 'other' : v.type);

/** ways to combine the cues' type with the model's verdict */
export const COMBINATIONS: Record<string, (cues: TypeExample['cues'], model: TypeModelVerdict) => DocumentType> = {
  'cues alone': (cues) => cues.type,
  'model alone': (_, m) => fromModel(m),
  'model where no cue': (cues, m) => (cues.absent ? fromModel(m) : cues.type),
  'model where cues give the default': (cues, m) => (cues.type === 'other' ? fromModel(m) : cues.type),
  'model where no cue or margin > 3': (cues, m) => (cues.absent || m.margin > 3 ? fromModel(m) : cues.type),
  'model where no cue or margin > 8': (cues, m) => (cues.absent || m.margin > 8 ? fromModel(m) : cues.type),
  'model where no cue, a genre only': (cues, m) => (cues.absent && m.type !== 'none' ? fromModel(m) : cues.type),
};

/** accuracy per combination and set over k folds (a story's texts in one fold) */
const foldOf = (story: string, folds: number) => {
  let h = 0;
  for (let i = 0; i < story.length; i++) h = (h * 31 + story.charCodeAt(i)) >>> 0;
  return h % folds;
};

export interface Learner {
  name: string;
  /** which features the model sees: stems, title stems (^…), word pairs (a space), CPV (#cpv) */
  keep: (feature: string) => boolean;
  /** only features that start within this many characters of the text (its opening) */
  openingChars?: number;
  train: (examples: { type: ModelClass; features: string[] }[]) => ReturnType<typeof trainTypeModel>;
}

export function crossValidate(examples: readonly TypeExample[], learner: Learner, folds = 5) {
  const options = { folds };
  const right = new Map<string, Map<string, number>>();
  for (let k = 0; k < options.folds; k++) {
    const train = examples.filter((e) => foldOf(e.story, options.folds) !== k);
    const seen = (f: TypeExample['features'][number]) => learner.keep(f.name) && (learner.openingChars === undefined || f.start < learner.openingChars);
    const model = learner.train(train.map((e) => ({ type: asModelClass(e.label), features: e.features.filter(seen).map((f) => f.name) })));
    examples.forEach((e) => {
      if (foldOf(e.story, options.folds) !== k) return;
      const verdict = applyTypeModel(model, e.features.filter(seen));
      for (const [name, combine] of Object.entries(COMBINATIONS)) {
        const perSet = right.get(name) ?? new Map<string, number>();
        right.set(name, perSet);
        if (combine(e.cues, verdict) === e.label) {
          perSet.set(e.set, (perSet.get(e.set) ?? 0) + 1);
          perSet.set('all', (perSet.get('all') ?? 0) + 1);
        }
      }
    });
  }
  return right;
}

const all = () => true;
const isPair = (f: string) => f.includes(' ');
const isTitle = (f: string) => f.startsWith('^');
const bayes = (alpha: number, maxFeatures?: number): Learner['train'] => (ex) => trainTypeModel(ex, { alpha, minCount: 1, classes: MODEL_CLASSES, ...(maxFeatures ? { maxFeatures } : {}) });
export const LEARNERS: Learner[] = [
  { name: 'bayes a=1 all features, best 3000', keep: all, train: bayes(1, 3000) },
  { name: 'bayes a=1 all features, best 1500', keep: all, train: bayes(1, 1500) },
  { name: 'bayes a=1 all features', keep: all, train: bayes(1) },
  { name: 'bayes a=1 all features, opening 300 chars', keep: all, openingChars: 300, train: bayes(1) },
  { name: 'bayes a=1 all features, opening 600 chars', keep: all, openingChars: 600, train: bayes(1) },
  { name: 'bayes a=1 no pairs', keep: (f) => !isPair(f), train: bayes(1) },
  { name: 'bayes a=1 stems only', keep: (f) => !isPair(f) && !isTitle(f), train: bayes(1) },
  { name: 'bayes a=0.3 no pairs', keep: (f) => !isPair(f), train: bayes(0.3) },
  { name: 'logistic all features', keep: all, train: (ex) => trainTypeLogistic(ex, { epochs: 15, rate: 0.2, l2: 1e-4, minCount: 2, classes: MODEL_CLASSES }) },
  { name: 'logistic no pairs', keep: (f) => !isPair(f), train: (ex) => trainTypeLogistic(ex, { epochs: 15, rate: 0.2, l2: 1e-4, minCount: 2, classes: MODEL_CLASSES }) },
  { name: 'logistic no pairs, l2 1e-3', keep: (f) => !isPair(f), train: (ex) => trainTypeLogistic(ex, { epochs: 15, rate: 0.2, l2: 1e-3, minCount: 2, classes: MODEL_CLASSES }) },
];

export function printTypeCv(pack: ContentPack, only?: string) {
  const examples = typeExamples(pack);
  const sizes = new Map<string, number>([['all', examples.length]]);
  console.log(`${examples.length} tuning texts, ${new Set(examples.map((e) => e.story)).size} stories (a real text and its first sentence are one)`);
  for (const e of examples) sizes.set(e.set, (sizes.get(e.set) ?? 0) + 1);
  const columns = ['all', ...TYPE_TUNING_SETS];
  for (const learner of only ? LEARNERS.filter((l) => l.name.includes(only)) : LEARNERS) {
    console.log(`\n5-fold cross-validation over the tuning sets: ${learner.name}`);
    console.log(`  ${''.padEnd(38)} ${columns.map((c) => c.replace('.jsonl', '').padStart(17)).join('')}`);
    for (const [name, perSet] of crossValidate(examples, learner)) {
      const cells = columns.map((c) => `${(((perSet.get(c) ?? 0) * 100) / sizes.get(c)!).toFixed(1)} %`.padStart(17));
      console.log(`  ${name.padEnd(38)} ${cells.join('')}`);
    }
  }
}

/** the learner chosen by cross-validation (docs/matcher.md) */
export const CHOSEN_LEARNER = LEARNERS[0]!;
export const UNTUNED_SETS = ['short-measure.jsonl', 'real-measure.jsonl', 'blind-set.jsonl', 'notice-measure.jsonl'];

/** the model trained on every tuning text */
export function buildTypeModel(pack: ContentPack): TypeModel {
  const examples = typeExamples(pack);
  return CHOSEN_LEARNER.train(examples.map((e) => ({ type: asModelClass(e.label), features: e.features.map((f) => f.name).filter(CHOSEN_LEARNER.keep) })));
}

/**
 * `npm run eval -- --type-measure`: the model trained on every tuning text, on the sets nobody tuned on, as one headline
 * figure per combination (document type right / texts); no single text is printed
 */
export function printTypeMeasure(pack: ContentPack) {
  const model = buildTypeModel(pack);
  const examples = typeExamples(pack, UNTUNED_SETS);
  console.log('document type on the sets never tuned on, the model trained on every tuning text');
  console.log(`  ${''.padEnd(38)} ${UNTUNED_SETS.map((c) => c.replace('.jsonl', '').padStart(16)).join('')}`);
  for (const [name, combine] of Object.entries(COMBINATIONS)) {
    const cells = UNTUNED_SETS.map((set) => {
      const texts = examples.filter((e) => e.set === set);
      const right = texts.filter((e) => combine(e.cues, applyTypeModel(model, e.features.filter((f) => CHOSEN_LEARNER.keep(f.name)))) === e.label).length;
      return `${right}/${texts.length} ${((100 * right) / texts.length).toFixed(1)} %`.padStart(16);
    });
    console.log(`  ${name.padEnd(38)} ${cells.join('')}`);
  }
}
