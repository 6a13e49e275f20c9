// `npm run eval -- --type-cv`: k-fold cross-validation of the learned document type (type-model.ts)
// over the tuning sets alone, beside the cues and combinations of the two. The sets nobody tuned on
// are not read here.
import { join } from 'node:path';
import type { ContentPack } from '../../src/domain/content/model';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { findCpvCodes } from '../../src/domain/matcher/match-document';
import { analyseTokens } from '../../src/domain/matcher/matcher-index';
import { tokenise } from '../../src/domain/matcher/fold';
import { applyTypeModel, trainTypeModel, typeFeatures, type ModelClass, type TypeModelVerdict } from '../../src/domain/matcher/type-model';
import type { DocumentType } from '../../src/domain/taxonomy';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

export const TYPE_TUNING_SETS = ['dev-set.jsonl', 'match-probe.jsonl', 'holdout-set.jsonl', 'real-tuning.jsonl', 'short-tuning.jsonl'];
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
  const long = all.filter(({ t }) => t.text.length > 400).map(({ t }) => ({ id: t.id, text: squeeze(t.text) }));
  const storyOf = (id: string, text: string) => {
    const opening = squeeze(text).slice(0, 60);
    return long.find((l) => l.id !== id && l.text.includes(opening))?.id ?? id;
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

export function crossValidate(examples: readonly TypeExample[], options: { folds: number; alpha: number; minCount: number }) {
  const right = new Map<string, Map<string, number>>();
  for (let k = 0; k < options.folds; k++) {
    const train = examples.filter((e) => foldOf(e.story, options.folds) !== k);
    const model = trainTypeModel(
      train.map((e) => ({ type: asModelClass(e.label), features: e.features.map((f) => f.name) })),
      { alpha: options.alpha, minCount: options.minCount, classes: MODEL_CLASSES },
    );
    examples.forEach((e) => {
      if (foldOf(e.story, options.folds) !== k) return;
      const verdict = applyTypeModel(model, e.features);
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

export function printTypeCv(pack: ContentPack) {
  const examples = typeExamples(pack);
  const sizes = new Map<string, number>([['all', examples.length]]);
  console.log(`${examples.length} tuning texts, ${new Set(examples.map((e) => e.story)).size} stories (a real text and its first sentence are one)`);
  for (const e of examples) sizes.set(e.set, (sizes.get(e.set) ?? 0) + 1);
  const columns = ['all', ...TYPE_TUNING_SETS];
  for (const alpha of [0.1, 0.3, 1]) {
    for (const minCount of [1, 2, 3]) {
      const folds = 5;
      console.log(`\n${folds}-fold cross-validation over the tuning sets, alpha ${alpha}, features in at least ${minCount} texts`);
      console.log(`  ${''.padEnd(38)} ${columns.map((c) => c.replace('.jsonl', '').padStart(13)).join('')}`);
      for (const [name, perSet] of crossValidate(examples, { folds, alpha, minCount })) {
        const cells = columns.map((c) => `${(((perSet.get(c) ?? 0) * 100) / sizes.get(c)!).toFixed(1)} %`.padStart(13));
        console.log(`  ${name.padEnd(38)} ${cells.join('')}`);
      }
    }
  }
}
