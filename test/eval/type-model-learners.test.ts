// Training the learned document type (test/eval/type-model.ts); its inference is the matcher's
// (src/domain/matcher/type-model.ts).
import { tokenise } from '../../src/domain/matcher/fold';
import { MODEL_CLASSES, applyTypeModel, typeFeatures, type ModelClass } from '../../src/domain/matcher/type-model';
import { WEIGHTINGS, type TypeExample } from './type-cv';
import { flattenPrior, marginOverNone, trainTypeLogistic, trainTypeModel } from './type-model';

const features = (text: string) => typeFeatures(tokenise(text), 300, false);
const examples: { type: ModelClass; text: string }[] = [
  { type: 'tender', text: 'De inschrijver levert de offerte voor de sluitingsdatum.' },
  { type: 'tender', text: 'Elke inschrijver krijgt de gunningscriteria.' },
  { type: 'council-proposal', text: 'Het college stelt de raad voor te besluiten.' },
  { type: 'council-proposal', text: 'De raad wordt voorgesteld het krediet te verlenen.' },
  { type: 'none', text: 'De wethouder opende gisteren de nieuwe speeltuin.' },
  { type: 'none', text: 'Gisteren was het druk in het park.' },
];
const training = examples.map((e) => ({ type: e.type, features: features(e.text).map((f) => f.name) }));
const bayes = { alpha: 1, minCount: 1, classes: MODEL_CLASSES, openingChars: 300 };

describe('training the learned document type', () => {
  it('types an unseen text by the words it shares with the texts of a class', () => {
    const model = trainTypeModel(training, bayes);
    const verdict = applyTypeModel(model, features('Wij vragen elke inschrijver een offerte.'));
    expect(verdict.type).toBe('tender');
    expect(verdict.margin).toBeGreaterThan(0);
    // the word weighs for tender over no genre (too little over the empty classes to be shown as evidence in six texts)
    expect(model.features.inschrijver![0]).toBeGreaterThan(model.features.inschrijver![4]!);
    expect(applyTypeModel(model, features('Gisteren opende de wethouder het park.')).type).toBe('none');
  });

  it('keeps only the features that tell classes apart most when its size is bounded, and the opening it was trained on', () => {
    const model = trainTypeModel(training, { ...bayes, maxFeatures: 5 });
    expect(Object.keys(model.features)).toHaveLength(5);
    expect(Object.keys(model.features)).toContain('inschrijver');
    expect(model.openingChars).toBe(300);
  });

  it('fits the same shape as a logistic regression, the same every time', () => {
    const options = { epochs: 10, rate: 0.2, l2: 1e-4, minCount: 1, classes: MODEL_CLASSES, openingChars: 300 };
    const model = trainTypeLogistic(training, options);
    expect(trainTypeLogistic(training, options)).toEqual(model);
    expect(applyTypeModel(model, features('Elke inschrijver levert een offerte.')).type).toBe('tender');
  });

  it('weighs in training what a text is worth: tender texts weighed down favour tender less', () => {
    const tenderDown = training.map((t) => ({ ...t, weight: t.type === 'tender' ? 0.25 : 1 }));
    const [plain, down] = [trainTypeModel(training, bayes), trainTypeModel(tenderDown, bayes)];
    const odds = (m: typeof plain) => m.features.inschrijver![0]! - m.features.inschrijver![4]!;
    expect(odds(down)).toBeLessThan(odds(plain));
    expect(down.prior[0]).toBeLessThan(plain.prior[0]!);
  });

  it('gives a uniform prior, and the log-odds of its verdict over none', () => {
    const model = flattenPrior(trainTypeModel(training, bayes), 0);
    expect(new Set(model.prior).size).toBe(1);
    expect(marginOverNone(model, features('Elke inschrijver levert een offerte.'))).toBeGreaterThan(0);
    // no genre is likelier than none: nothing to take
    expect(marginOverNone(model, features('Gisteren was het druk in het park.'))).toBe(0);
  });
});

describe('weighing the training texts (seventeenth pass)', () => {
  const text = (set: string, notice?: string, lot = false) => ({ set, notice, lot }) as TypeExample;
  const train = [text('notice', 'A'), text('notice', 'A'), text('lots', 'A', true), text('lots', 'A', true), text('notice', 'B'), text('notice', 'B'), text('probe'), text('probe')];

  it('lets the texts of one TED notice count as one text, or as two', () => {
    expect(WEIGHTINGS.noticeAsOne(train)).toEqual([0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 1, 1]);
    // a notice with only its text and short text keeps both whole
    expect(WEIGHTINGS.noticeAsTwo(train)).toEqual([0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1]);
    expect(WEIGHTINGS.lotsAsOne(train)).toEqual([1, 1, 0.5, 0.5, 1, 1, 1, 1]);
  });

  it('lets every set weigh the same in total, the weights adding up to the number of texts', () => {
    const w = WEIGHTINGS.setsEqual(train);
    const total = (set: string) => w.filter((_, i) => train[i]!.set === set).reduce((a, b) => a + b, 0);
    expect(total('notice')).toBeCloseTo(total('probe'));
    expect(total('lots')).toBeCloseTo(total('probe'));
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(train.length);
  });
});
