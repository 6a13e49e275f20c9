import { tokenise } from '../../src/domain/matcher/fold';
import { applyTypeModel, trainTypeLogistic, trainTypeModel, typeFeatures, type ModelClass } from './type-model';
import type { WordAnalysis } from '../../src/domain/matcher/trigger-table';

// the model's features take the matcher's stems; these tests use the folded word itself
const analysed = (text: string) => {
  const tokens = tokenise(text);
  const analyses = tokens.map((t) => ({ nl: t.word, en: t.word, triggers: false }) as WordAnalysis);
  return { tokens, features: typeFeatures(tokens, analyses, false) };
};
const examples: { type: ModelClass; text: string }[] = [
  { type: 'tender', text: 'De inschrijver levert de offerte voor de sluitingsdatum.' },
  { type: 'tender', text: 'Elke inschrijver krijgt de gunningscriteria.' },
  { type: 'council-proposal', text: 'Het college stelt de raad voor te besluiten.' },
  { type: 'council-proposal', text: 'De raad wordt voorgesteld het krediet te verlenen.' },
  { type: 'none', text: 'De wethouder opende gisteren de nieuwe speeltuin.' },
  { type: 'none', text: 'Gisteren was het druk in het park.' },
];
const training = examples.map((e) => ({ type: e.type, features: analysed(e.text).features.map((f) => f.name) }));
const classes: ModelClass[] = ['tender', 'project-plan', 'council-proposal', 'meeting', 'none'];

describe('the learned document type', () => {
  it('types an unseen text by the words it shares with the texts of a class, and shows those words', () => {
    const model = trainTypeModel(training, { alpha: 1, minCount: 1, classes });
    const text = 'Wij vragen elke inschrijver een offerte.';
    const verdict = applyTypeModel(model, analysed(text).features);
    expect(verdict.type).toBe('tender');
    expect(verdict.margin).toBeGreaterThan(0);
    expect(verdict.evidence.map((e) => text.slice(e.start, e.end))).toContain('inschrijver');
    expect(applyTypeModel(model, analysed('Gisteren opende de wethouder het park.').features).type).toBe('none');
  });

  it('gives the prior alone for a text of unseen words, with no evidence', () => {
    const model = trainTypeModel(training, { alpha: 1, minCount: 1, classes });
    const verdict = applyTypeModel(model, analysed('Xyzzy plugh.').features);
    expect(verdict.evidence).toEqual([]);
    expect(verdict.type).toBe('tender'); // tender, council and none have two texts each; ties keep the order of the classes
  });

  it('keeps only the features that tell classes apart most when its size is bounded', () => {
    const model = trainTypeModel(training, { alpha: 1, minCount: 1, classes, maxFeatures: 5 });
    expect(Object.keys(model.features)).toHaveLength(5);
    expect(Object.keys(model.features)).toContain('inschrijver');
  });

  it('fits the same shape as a logistic regression, the same every time', () => {
    const options = { epochs: 10, rate: 0.2, l2: 1e-4, minCount: 1, classes };
    const model = trainTypeLogistic(training, options);
    expect(trainTypeLogistic(training, options)).toEqual(model);
    expect(applyTypeModel(model, analysed('Elke inschrijver levert een offerte.').features).type).toBe('tender');
  });
});
