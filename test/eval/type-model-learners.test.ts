// Training the learned document type (test/eval/type-model.ts); its inference is the matcher's
// (src/domain/matcher/type-model.ts).
import { tokenise } from '../../src/domain/matcher/fold';
import { MODEL_CLASSES, applyTypeModel, typeFeatures, type ModelClass } from '../../src/domain/matcher/type-model';
import { trainTypeLogistic, trainTypeModel } from './type-model';

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
});
