// `npm run eval -- --type-cv`: k-fold cross-validation of the learned document type over the tuning
// sets alone: the model alone, and the matcher as it ships (the model asked where no cue reached a
// verdict), beside the cues alone. The sets nobody tuned on are not read here. Also the model the
// pack ships (`npm run type-model`), trained on every tuning text with the learner chosen here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentPack } from '../../src/domain/content/model';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { documentTypeByCues, findCpvCodes, type CueVerdict } from '../../src/domain/matcher/match-document';
import { tokenise, type Token } from '../../src/domain/matcher/fold';
import { MODEL_CLASSES, applyTypeModel, typeFeatures, type ModelClass, type TypeModel } from '../../src/domain/matcher/type-model';
import type { DocumentType } from '../../src/domain/taxonomy';
import { flattenPrior, marginOverNone, trainTypeLogistic, trainTypeModel } from './type-model';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

export const TYPE_TUNING_SETS = ['dev-set.jsonl', 'match-probe.jsonl', 'holdout-set.jsonl', 'real-tuning.jsonl', 'short-tuning.jsonl', 'notice-tuning.jsonl', 'notice-be-tuning.jsonl', 'short-tuning-2.jsonl', 'notice-lots-tuning.jsonl', 'title-tuning.jsonl'];
/** the lines written blind (twenty-first and twenty-second passes): every batch, however many have come */
const WRITTEN_TUNING_SETS = readdirSync(FIXTURES).filter((f) => /^written-tuning(-\d+)?\.jsonl$/.test(f)).sort();
/**
 * tuning sets tried for the learned type and not kept by their pass's test (docs/matcher.md, sixteenth
 * pass): the model does not learn them; `--type-cv --with=SET.jsonl` puts one back to try it again
 */
export const TYPE_SETS_NOT_KEPT = ['calendar-tuning.jsonl', 'short-tuning-3.jsonl', 'short-tuning-4.jsonl', 'short-tuning-5.jsonl', ...WRITTEN_TUNING_SETS];
export const asModelClass = (t: DocumentType): ModelClass => (t === 'other' || t === 'message' ? 'none' : t);

/** where the pack keeps the model */
export const TYPE_MODEL_FILE = join(__dirname, '..', '..', 'src', 'content', 'document-type-model.json');

export interface TypeExample {
  set: string;
  id: string;
  text: string;
  /** texts of one story (a real text and its first sentence) share a fold, so no fold sees its own text */
  story: string;
  label: DocumentType;
  /** the TED notice the text is of (its text, short text or a lot), for weighing a notice's texts together */
  notice: string | undefined;
  lot: boolean;
  tokens: Token[];
  cpvFound: boolean;
  /** the type the cues alone give (the eval's default: 'other') */
  cues: DocumentType;
  /** the cues' own verdict, with its score; undefined where no cue reaches one */
  cueVerdict: CueVerdict | undefined;
}

/** the pack as the cues alone type with it */
const withoutModel = (pack: ContentPack): ContentPack => {
  const { documentTypeModel: _, ...rest } = pack;
  return rest;
};

/** the TED notice a text's `source` names, and whether the text is one of its lots (thirteenth pass) */
const tedNotice = (source = '') => source.match(/\(TED notice ([^,]+),/)?.[1];
const isLot = (source = '') => /; lot \d+ of \d+,/.test(source);
/** the page whose texts a `source` ending in `#text-N` names (sixteenth pass: a calendar's titles, a page's title and first sentence) */
const pageOf = (source = '') => (/#text-\d+$/.test(source) ? source.replace(/#text-\d+$/, '') : undefined);

/** the tuning texts with their tokens and what the cues make of them */
export function typeExamples(pack: ContentPack, sets = TYPE_TUNING_SETS): TypeExample[] {
  const index = buildMatcherIndex(withoutModel(pack));
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
  // a lot text is one story with its notice: it takes the story of the notice's own text
  const noticeStory = new Map<string, string>();
  for (const { t } of all) if (!isLot(t.source) && tedNotice(t.source) && !noticeStory.has(tedNotice(t.source)!)) noticeStory.set(tedNotice(t.source)!, storyOf(t.id, t.text));
  // the texts of one page are one story: they take the story of the page's first text
  const pageStory = new Map<string, string>();
  for (const { t } of all) if (pageOf(t.source) && !pageStory.has(pageOf(t.source)!)) pageStory.set(pageOf(t.source)!, storyOf(t.id, t.text));
  return all.map(({ set, t }) => ({
    set,
    id: t.id,
    text: t.text,
    story: (isLot(t.source) && noticeStory.get(tedNotice(t.source)!)) || (pageOf(t.source) && pageStory.get(pageOf(t.source)!)) || storyOf(t.id, t.text),
    label: t.documentType,
    notice: tedNotice(t.source),
    lot: isLot(t.source),
    tokens: tokenise(t.text),
    cpvFound: findCpvCodes(t.text).length > 0,
    cues: matchDocument(index, t.text).documentType,
    cueVerdict: documentTypeByCues(index, t.text),
  }));
}

/**
 * how much each training text weighs (docs/matcher.md, thirteenth and seventeenth passes), given the
 * texts a fold's model learns; every text 1 unless a learner says otherwise
 */
export type Weighting = (train: readonly TypeExample[]) => number[];

/** each of the texts that `share` groups weighs 1/n of its group's n texts, times `k`, at most 1 */
const asK = (share: (e: TypeExample) => string | undefined, k: number): Weighting => (train) => {
  const n = new Map<string, number>();
  for (const e of train) if (share(e) !== undefined) n.set(share(e)!, (n.get(share(e)!) ?? 0) + 1);
  return train.map((e) => (share(e) === undefined ? 1 : Math.min(1, k / n.get(share(e)!)!)));
};
export const WEIGHTINGS = {
  /** a notice's lot texts weigh as one text together (thirteenth pass, `--lots-as-one`) */
  lotsAsOne: asK((e) => (e.lot ? e.notice : undefined), 1),
  /** a TED notice's texts (its text, short text and lots) weigh as one text together */
  noticeAsOne: asK((e) => e.notice, 1),
  /** … as two texts together: a notice with only its text and short text keeps both whole */
  noticeAsTwo: asK((e) => e.notice, 2),
  /** each set learned weighs the same in total; the weights still add up to the number of texts */
  setsEqual: (train) => {
    const n = new Map<string, number>();
    for (const e of train) n.set(e.set, (n.get(e.set) ?? 0) + 1);
    return train.map((e) => train.length / (n.size * n.get(e.set)!));
  },
} satisfies Record<string, Weighting>;

export interface Learner {
  name: string;
  /** the training texts' weights; each 1 without */
  weigh?: Weighting;
  /** the model's genre is taken only at this log-odds over none or more (else the caller's default); 0 without */
  minMargin?: number;
  /** features are read from tokens that start within this many characters */
  openingChars: number;
  /** which features the model sees: stems, title stems (^…), word pairs (a space), CPV (#cpv) */
  keep: (feature: string) => boolean;
  train: (examples: { type: ModelClass; features: string[]; weight?: number }[], openingChars: number) => TypeModel;
}

const featureNames = (e: TypeExample, learner: Learner) => typeFeatures(e.tokens, learner.openingChars, e.cpvFound).filter((f) => learner.keep(f.name));

const foldOf = (story: string, folds: number) => {
  let h = 0;
  for (let i = 0; i < story.length; i++) h = (h * 31 + story.charCodeAt(i)) >>> 0;
  return h % folds;
};

/** per way of typing, the texts typed right per set (and 'all') over k folds, a story's texts in one fold */
export function crossValidate(pack: ContentPack, examples: readonly TypeExample[], learner: Learner, folds = 5, without?: string, typed?: Map<string, DocumentType>) {
  let departures = 0;
  const right = new Map<string, Map<string, number>>();
  const count = (way: string, e: TypeExample, type: DocumentType) => {
    const perSet = right.get(way) ?? new Map<string, number>();
    right.set(way, perSet);
    if (type !== e.label) return;
    perSet.set(e.set, (perSet.get(e.set) ?? 0) + 1);
    perSet.set('all', (perSet.get('all') ?? 0) + 1);
  };
  for (let k = 0; k < folds; k++) {
    const left = new Set(without?.split(','));
    const train = examples.filter((e) => foldOf(e.story, folds) !== k && !left.has(e.set));
    const weights = learner.weigh?.(train);
    const model = learner.train(
      train.map((e, i) => ({ type: asModelClass(e.label), features: featureNames(e, learner).map((f) => f.name), weight: weights?.[i] ?? 1 })),
      learner.openingChars,
    );
    // the matcher as it ships, with this fold's model in its pack
    const index = buildMatcherIndex({ ...withoutModel(pack), documentTypeModel: model });
    for (const e of examples) {
      if (foldOf(e.story, folds) !== k) continue;
      const features = featureNames(e, learner);
      const verdict = applyTypeModel(model, features);
      const shipped = matchDocument(index, e.text).documentType;
      // where no cue decides, the matcher reports the model's verdict: with a margin, a weak genre gives way to the default
      const asked = !e.cueVerdict && verdict.type !== 'none';
      if (!e.cueVerdict && shipped !== (verdict.type === 'none' ? 'other' : verdict.type)) departures++;
      const weak = asked && learner.minMargin !== undefined && marginOverNone(model, features) < learner.minMargin;
      const type = weak ? 'other' : shipped;
      count('cues alone', e, e.cues);
      count('model alone', e, verdict.type === 'none' ? 'other' : verdict.type);
      count('the matcher: model where no cue', e, type);
      typed?.set(`${e.set}:${e.id}`, type);
    }
  }
  if (departures > 0) console.warn(`  ${departures} texts without a cue verdict that the matcher typed otherwise than its model`);
  return right;
}

const all = () => true;
const bayes = (k?: number): Learner['train'] => (ex, openingChars) => trainTypeModel(ex, { alpha: 1, minCount: 1, classes: MODEL_CLASSES, openingChars, ...(k ? { maxFeatures: k } : {}) });
const logistic: Learner['train'] = (ex, openingChars) => trainTypeLogistic(ex, { epochs: 15, rate: 0.2, l2: 1e-4, minCount: 2, classes: MODEL_CLASSES, openingChars });
export const LEARNERS: Learner[] = [
  ...[200, 300, 400, 600, 1000, 2000].flatMap((chars) =>
    [undefined, 6000, 4000, 3000, 2000, 1500, 1000, 500].map((k): Learner => ({ name: `bayes opening ${chars}, ${k ? `best ${k}` : 'all features'}`, openingChars: chars, keep: all, train: bayes(k) })),
  ),
  { name: 'bayes opening 300, no pairs', openingChars: 300, keep: (f) => !f.includes(' '), train: bayes() },
  { name: 'bayes opening 600, no pairs', openingChars: 600, keep: (f) => !f.includes(' '), train: bayes() },
  { name: 'logistic opening 600', openingChars: 600, keep: all, train: logistic },
];

/**
 * the seventeenth pass's grid (docs/matcher.md): how the model weighs its training texts, its prior,
 * and the margin over none its genre needs; selected by `--learner=weights:` (or a part of a name),
 * never in a bare run
 */
export const WEIGHT_LEARNERS: Learner[] = [1000, 3000].flatMap((k) =>
  (['as shipped', 'notice as one', 'notice as two', 'sets equal'] as const).flatMap((weighting) =>
    (['trained', 'uniform'] as const).flatMap((prior) =>
      [0, 2, 4, 8].map((margin): Learner => {
        const weigh = { 'as shipped': undefined, 'notice as one': WEIGHTINGS.noticeAsOne, 'notice as two': WEIGHTINGS.noticeAsTwo, 'sets equal': WEIGHTINGS.setsEqual }[weighting];
        const train: Learner['train'] = prior === 'uniform' ? (ex, chars) => flattenPrior(bayes(k)(ex, chars), 0) : bayes(k);
        return { name: `weights: ${weighting}, prior ${prior}, margin ${margin}, opening 400, best ${k}`, openingChars: 400, keep: all, train, ...(weigh ? { weigh } : {}), ...(margin ? { minMargin: margin } : {}) };
      }),
    ),
  ),
);
/**
 * tried after the grid (so not eligible under its rule): the prior halfway, the square root of the
 * trained frequencies; and the texts the matcher asks the model about (no cue reaches a verdict) weighed
 * above those the cues decide, which makes the model depend on the pack's cues
 */
WEIGHT_LEARNERS.push(
  ...[0, 0.5].map((w): Learner => ({
    name: `asked: cue-decided texts weigh ${w}, opening 400, best 1000`,
    openingChars: 400,
    keep: all,
    train: bayes(1000),
    weigh: (train) => train.map((e) => (e.cueVerdict ? w : 1)),
  })),
);
WEIGHT_LEARNERS.push(
  ...[1000, 3000].flatMap((k) =>
    (['as shipped', 'notice as one'] as const).map((weighting): Learner => ({
      name: `flattened prior: ${weighting}, margin 0, opening 400, best ${k}`,
      openingChars: 400,
      keep: all,
      train: (ex, chars) => flattenPrior(bayes(k)(ex, chars), 0.5),
      ...(weighting === 'notice as one' ? { weigh: WEIGHTINGS.noticeAsOne } : {}),
    })),
  ),
);

/** the learner chosen by cross-validation (docs/matcher.md, eighth pass) */
export const CHOSEN_LEARNER = LEARNERS.find((l) => l.name === 'bayes opening 400, best 1000')!;

/**
 * with `with` (sets, comma-separated), those sets join the tuning sets; with `without`, no fold's model
 * learns those sets (they are still typed); with lotsAsOne, a notice's lots weigh as one text; with
 * changes, each learner's texts typed otherwise than by the shipped one. Only a learner's name (`only`)
 * reaches the learners of the seventeenth pass's grid.
 */
export function printTypeCv(pack: ContentPack, only?: string, options: { with?: string; without?: string; lotsAsOne?: boolean; changes?: boolean } = {}) {
  const sets = [...TYPE_TUNING_SETS, ...(options.with?.split(',') ?? [])];
  const examples = typeExamples(pack, sets);
  const sizes = new Map<string, number>([['all', examples.length]]);
  console.log(`${examples.length} tuning texts, ${new Set(examples.map((e) => e.story)).size} stories (a real text and its first sentence are one)`);
  for (const e of examples) sizes.set(e.set, (sizes.get(e.set) ?? 0) + 1);
  const columns = ['all', ...sets];
  const shipped = new Map<string, DocumentType>();
  if (options.changes) crossValidate(pack, examples, CHOSEN_LEARNER, 5, options.without, shipped);
  console.log(`  ${''.padEnd(44)} ${columns.map((c) => c.replace('.jsonl', '').padStart(14)).join('')}`);
  for (const chosen of only ? [...LEARNERS, ...WEIGHT_LEARNERS].filter((l) => l.name.includes(only)) : LEARNERS) {
    const learner = options.lotsAsOne ? { ...chosen, weigh: WEIGHTINGS.lotsAsOne } : chosen;
    console.log(`5-fold cross-validation over the tuning sets: ${learner.name}`);
    const typed = new Map<string, DocumentType>();
    for (const [name, perSet] of crossValidate(pack, examples, learner, 5, options.without, typed)) {
      const cells = columns.map((c) => `${perSet.get(c) ?? 0} ${(((perSet.get(c) ?? 0) * 100) / sizes.get(c)!).toFixed(1)}%`.padStart(14));
      console.log(`  ${name.padEnd(44)} ${cells.join('')}`);
    }
    if (!options.changes) continue;
    console.log(`  typed otherwise than by ${CHOSEN_LEARNER.name}: + right only with this learner, - right only with that one, 0 wrong either way`);
    for (const e of examples) {
      const [before, after] = [shipped.get(`${e.set}:${e.id}`)!, typed.get(`${e.set}:${e.id}`)!];
      if (before === after) continue;
      const mark = after === e.label ? '+' : before === e.label ? '-' : '0';
      console.log(`    ${mark} ${e.set.replace('.jsonl', '')} ${e.id}: ${e.label}; ${before} → ${after} | ${e.text.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
  }
}


/**
 * the learning curve (docs/matcher.md, twentieth pass): the shipped learner cross-validated as above,
 * each fold's model learning only a share of its training stories (chosen by a hash of the story, the
 * same stories at every share for one draw; three draws), so that the gain from more texts of the
 * kinds the tuning sets hold can be read off: the matcher's texts typed right per set, the median of
 * the draws
 */
export function printTypeCurve(pack: ContentPack, shares = [0.25, 0.5, 0.75, 1], draws = 3) {
  const examples = typeExamples(pack);
  const draw = (story: string, d: number) => {
    let h = 2166136261 + d;
    for (let i = 0; i < story.length; i++) h = Math.imul(h ^ story.charCodeAt(i), 16777619) >>> 0;
    return (h % 10007) / 10007;
  };
  const columns = ['all', 'short-tuning.jsonl', 'short-tuning-2.jsonl', 'title-tuning.jsonl', 'real-tuning.jsonl'];
  console.log(`learning curve of ${CHOSEN_LEARNER.name}: the matcher (model where no cue), 5 folds, median of ${draws} draws`);
  console.log(`  ${'share of training stories'.padEnd(28)}${columns.map((c) => c.replace('.jsonl', '').padStart(16)).join('')}`);
  for (const share of shares) {
    const runs = Array.from({ length: share === 1 ? 1 : draws }, (_, d) => {
      const learner: Learner = {
        ...CHOSEN_LEARNER,
        weigh: (train) => train.map((e) => (draw(e.story, d) < share ? 1 : 0)),
        train: (ex, chars) => CHOSEN_LEARNER.train(ex.filter((e) => e.weight !== 0), chars),
      };
      return crossValidate(pack, examples, learner).get('the matcher: model where no cue')!;
    });
    const median = (c: string) => runs.map((r) => r.get(c) ?? 0).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    console.log(`  ${`${share * 100} %`.padEnd(28)}${columns.map((c) => String(median(c)).padStart(16)).join('')}`);
  }
}

/**
 * the model the pack ships: the chosen learner trained on every tuning text. It reads the labels and
 * texts alone (not the pack, whose cues it does not need), so a broken model file can be regenerated
 */
export function buildTypeModel(sets = TYPE_TUNING_SETS): TypeModel {
  const texts = sets.flatMap((set) => readLabelledTexts(join(FIXTURES, set)));
  const features = (text: string) => typeFeatures(tokenise(text), CHOSEN_LEARNER.openingChars, findCpvCodes(text).length > 0).filter((f) => CHOSEN_LEARNER.keep(f.name));
  return CHOSEN_LEARNER.train(
    texts.map((t) => ({ type: asModelClass(t.documentType), features: features(t.text).map((f) => f.name) })),
    CHOSEN_LEARNER.openingChars,
  );
}

/** the model as the pack keeps it: one feature a line, so that a regenerated model reads as a diff */
export function serialiseTypeModel(model: TypeModel): string {
  const features = Object.keys(model.features)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(model.features[f])}`);
  const head = `  "classes": ${JSON.stringify(model.classes)},\n  "openingChars": ${model.openingChars},\n  "prior": ${JSON.stringify(model.prior)}`;
  return `{\n${head},\n  "features": {\n${features.join(',\n')}\n  }\n}\n`;
}

/**
 * a way of combining the cues' verdict with the model's (docs/matcher.md, tenth pass): the type it
 * gives, or undefined to keep the shipped behaviour (the cues' verdict, or the model where none)
 */
export interface CombinationRule {
  name: string;
  override: (cues: CueVerdict, model: { type: DocumentType; margin: number }) => DocumentType | undefined;
}

const GENRES: readonly DocumentType[] = ['tender', 'project-plan', 'council-proposal', 'meeting'];
export const COMBINATION_RULES: CombinationRule[] = [
  { name: 'A: model where no cue decides', override: () => undefined },
  ...[2, 4, 8, 16].map((t): CombinationRule => ({ name: `B(${t}): model overrides, margin > ${t}`, override: (_, m) => (m.margin > t ? m.type : undefined) })),
  ...[0, 2, 4, 8, 16].map(
    (t): CombinationRule => ({ name: `C(${t}): model vetoes a genre, margin > ${t}`, override: (c, m) => (GENRES.includes(c.type) && m.type === 'other' && m.margin > t ? 'other' : undefined) }),
  ),
  ...[1.5, 2].flatMap((s) =>
    [0, 4, 8].map((t): CombinationRule => ({ name: `D(${s}, ${t}): weak cues, margin > ${t}`, override: (c, m) => (c.score <= s && m.type !== c.type && m.margin > t ? m.type : undefined) })),
  ),
];

interface Departure {
  example: TypeExample;
  /** the type rule A gives */
  shipped: DocumentType;
  type: DocumentType;
  margin: number;
}

/** per rule, the texts typed right per set (and 'all') and the texts where it departs from rule A, over k folds of the shipped learner */
export function crossValidateCombinations(examples: readonly TypeExample[], learner = CHOSEN_LEARNER, folds = 5) {
  const right = new Map(COMBINATION_RULES.map((r) => [r.name, new Map<string, number>()]));
  const changed = new Map(COMBINATION_RULES.map((r): [string, Departure[]] => [r.name, []]));
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((e) => foldOf(e.story, folds) !== k);
    const model = learner.train(
      train.map((e) => ({ type: asModelClass(e.label), features: featureNames(e, learner).map((f) => f.name) })),
      learner.openingChars,
    );
    for (const e of examples) {
      if (foldOf(e.story, folds) !== k) continue;
      const verdict = applyTypeModel(model, featureNames(e, learner));
      const modelType: DocumentType = verdict.type === 'none' ? 'other' : verdict.type;
      const shipped = e.cueVerdict ? e.cueVerdict.type : modelType;
      for (const rule of COMBINATION_RULES) {
        const c = e.cueVerdict;
        // every rule leaves a title that names its genre, and a chat's 'message', to the cues
        const type = c && !c.titled && c.type !== 'message' ? (rule.override(c, { type: modelType, margin: verdict.margin }) ?? shipped) : shipped;
        if (type !== shipped) changed.get(rule.name)!.push({ example: e, shipped, type, margin: verdict.margin });
        if (type !== e.label) continue;
        const perSet = right.get(rule.name)!;
        perSet.set(e.set, (perSet.get(e.set) ?? 0) + 1);
        perSet.set('all', (perSet.get('all') ?? 0) + 1);
      }
    }
  }
  return { right, changed };
}

const bucket = (n: number, edges: readonly number[]) => edges.findIndex((e) => n <= e) + 1 || edges.length + 1;

/**
 * E (tried after the family's run, so not chosen by its rule): the cues' verdict and the model's as
 * binary features of a second, logistic learner (their types, the cue score and the model's margin
 * in buckets, and each pair of the two types), which learns when to trust which
 */
const stackFeatures = (c: CueVerdict | undefined, modelType: DocumentType, margin: number) => {
  const cue = c ? (c.titled ? `${c.type}:titled` : c.type) : 'no verdict';
  const m = bucket(margin, [4, 8, 16]);
  const score = c ? bucket(c.score, [1.5, 2.5, 4]) : 0;
  return ['bias', `m:${modelType}`, `m:${modelType}:${m}`, `c:${cue}`, `c:${cue}:${score}`, `x:${cue}>${modelType}`, `x:${cue}>${modelType}:${m}`, `x:${cue}:${score}>${modelType}`];
};

/** rule E cross-validated: the stacker of each outer fold learns from margins the model gave texts it did not see (inner folds) */
export function crossValidateStacked(examples: readonly TypeExample[], learner = CHOSEN_LEARNER, folds = 5) {
  const right = new Map<string, number>();
  let changed = 0;
  const hash = (story: string) => foldOf(story, 2 ** 31);
  const verdicts = (train: readonly TypeExample[], test: readonly TypeExample[]) => {
    const model = learner.train(
      train.map((e) => ({ type: asModelClass(e.label), features: featureNames(e, learner).map((f) => f.name) })),
      learner.openingChars,
    );
    return test.map((e) => {
      const v = applyTypeModel(model, featureNames(e, learner));
      return { e, type: (v.type === 'none' ? 'other' : v.type) as DocumentType, margin: v.margin };
    });
  };
  for (let k = 0; k < folds; k++) {
    const outer = examples.filter((e) => foldOf(e.story, folds) !== k);
    const inner = (e: TypeExample) => Math.floor(hash(e.story) / folds) % (folds - 1);
    const outOfFold = Array.from({ length: folds - 1 }, (_, j) => verdicts(outer.filter((e) => inner(e) !== j), outer.filter((e) => inner(e) === j))).flat();
    const stacker = trainTypeLogistic(
      outOfFold.map(({ e, type, margin }) => ({ type: asModelClass(e.label), features: stackFeatures(e.cueVerdict, type, margin) })),
      { epochs: 30, rate: 0.1, l2: 1e-3, minCount: 1, classes: MODEL_CLASSES, openingChars: learner.openingChars },
    );
    for (const { e, type: modelType, margin } of verdicts(outer, examples.filter((e) => foldOf(e.story, folds) === k))) {
      const c = e.cueVerdict;
      const shipped = c ? c.type : modelType;
      const said = applyTypeModel(stacker, stackFeatures(c, modelType, margin).map((name) => ({ name, start: 0, end: 0 }))).type;
      const type = c && (c.titled || c.type === 'message') ? shipped : said === 'none' ? 'other' : said;
      if (type !== shipped) changed++;
      if (type !== e.label) continue;
      right.set(e.set, (right.get(e.set) ?? 0) + 1);
      right.set('all', (right.get('all') ?? 0) + 1);
    }
  }
  return { right, changed };
}

/** the table of every rule; with a rule's name (its start, e.g. 'C(8)'), also the tuning texts it types otherwise than A */
export function printCombinations(pack: ContentPack, only?: string) {
  const examples = typeExamples(pack);
  const sizes = new Map<string, number>([['all', examples.length]]);
  for (const e of examples) sizes.set(e.set, (sizes.get(e.set) ?? 0) + 1);
  const columns = ['all', ...TYPE_TUNING_SETS];
  console.log(`5-fold cross-validation, ${CHOSEN_LEARNER.name}: ways of combining cues and model (changed = texts typed otherwise than by A)`);
  console.log(`  ${''.padEnd(46)} ${'changed'.padStart(8)}${columns.map((c) => `${c.replace('.jsonl', '')} (${sizes.get(c)})`.padStart(16)).join('')}`);
  const { right, changed } = crossValidateCombinations(examples);
  for (const [name, perSet] of right) console.log(`  ${name.padEnd(46)} ${String(changed.get(name)!.length).padStart(8)}${columns.map((c) => String(perSet.get(c) ?? 0).padStart(16)).join('')}`);
  const stacked = crossValidateStacked(examples);
  console.log(`  ${'E (after the run): stacked logistic'.padEnd(46)} ${String(stacked.changed).padStart(8)}${columns.map((c) => String(stacked.right.get(c) ?? 0).padStart(16)).join('')}`);
  const rule = only && COMBINATION_RULES.find((r) => r.name.startsWith(only));
  if (!rule) return;
  console.log(`${rule.name}: + right only with it, - right only with A, 0 wrong either way`);
  for (const { example: e, shipped, type, margin } of changed.get(rule.name)!) {
    const mark = type === e.label ? '+' : shipped === e.label ? '-' : '0';
    console.log(`  ${mark} ${e.set.replace('.jsonl', '')} ${e.id}: ${e.label}; A ${shipped} (cue score ${e.cueVerdict?.score.toFixed(1)}) → ${type} (margin ${margin.toFixed(1)}) | ${e.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
}
