import { loadContentPack } from '../content/validate-pack';
import type { ContentPack } from '../content/model';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { tokenise, type Token } from './fold';
import { applyTypeModel, typeFeatures, type TypeModel } from './type-model';
import { buildMatcherIndex, matchDocument } from '.';

// a hand-made model: 'inschrijver' and 'offert' (offerte) tell a tender, 'speeltuin'
// and 'gister' a text of no genre; everything else it has not kept
const model: TypeModel = {
  classes: ['tender', 'project-plan', 'council-proposal', 'meeting', 'none'],
  openingChars: 60,
  prior: [-1.5, -2.5, -2.5, -2.5, -0.5],
  features: {
    inschrijver: [-2, -8, -8, -8, -8],
    offert: [-3, -8, -8, -8, -7],
    speeltuin: [-8, -8, -8, -8, -3],
    gister: [-8, -8, -8, -8, -3],
  },
};

/** the minimal pack with a tender cue ('aanbesteding') and, unless left out, the model */
function pack(withModel = true): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  return {
    ...loaded.pack,
    documentTypes: loaded.pack.documentTypes.map((d) => ({ ...d, cues: d.id === 'tender' ? { nl: ['aanbesteding'], en: [] } : { nl: [], en: [] }, openingCues: { nl: [], en: [] } })),
    ...(withModel ? { documentTypeModel: model } : {}),
  };
}

describe('the learned document type in the matcher', () => {
  const index = buildMatcherIndex(pack());
  const text = 'Elke inschrijver levert een offerte voor de nieuwe fietsenstalling.';

  it('types a text no cue speaks for by the words the model learned, and shows those words as learned evidence', () => {
    const result = matchDocument(index, text);
    expect(result.documentType).toBe('tender');
    expect(result.documentTypeEvidence.map((e) => [e.text, e.kind])).toEqual([
      ['inschrijver', 'learned'],
      ['offerte', 'learned'],
    ]);
    // without a model the same text keeps the default
    expect(matchDocument(buildMatcherIndex(pack(false)), text).documentType).toBe('other');
  });

  it('leaves a text whose cues decide to the cues', () => {
    const result = matchDocument(index, 'Aanbesteding: morgen opent de speeltuin.');
    expect(result.documentType).toBe('tender');
    expect(result.documentTypeEvidence.map((e) => [e.text, e.kind])).toEqual([['Aanbesteding', 'word']]);
  });

  it("keeps the caller's default where the model finds no genre, and in a chat or an invite", () => {
    expect(matchDocument(index, 'Gisteren was het druk in de speeltuin.')).toMatchObject({ documentType: 'other', documentTypeEvidence: [] });
    expect(matchDocument(index, text, { defaultDocumentType: 'message' }).documentType).toBe('message');
    expect(matchDocument(index, text, { defaultDocumentType: 'meeting' }).documentType).toBe('meeting');
  });

  it('reads only the opening: words past it change nothing, however long the text', () => {
    const late = `${'De gemeente schrijft. '.repeat(4)}Elke inschrijver levert een offerte.`;
    expect(matchDocument(index, late).documentType).toBe('other');
    // the features of a 100,000-character text look at the tokens of its opening and no further
    const long = `${text} ${'inschrijver offerte '.repeat(5000)}`;
    const tokens = tokenise(long);
    let furthest = 0;
    const watched = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) furthest = Math.max(furthest, Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Token[];
    const features = typeFeatures(watched, model.openingChars, false);
    expect(furthest).toBeLessThan(tokenise(long.slice(0, model.openingChars)).length + 1);
    expect(features).toEqual(typeFeatures(tokenise(long.slice(0, 80)), model.openingChars, false));
  });
});

describe('typeFeatures and applyTypeModel', () => {
  it('gives each stem, title stem and pair of the opening once, with where it stands', () => {
    const text = 'Offerte gevraagd. De inschrijver levert de offerte.';
    const names = typeFeatures(tokenise(text), 300, true).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['offert', '^offert', 'offert gevraagd', 'inschrijver', '#cpv']));
    expect(names.filter((n) => n === 'offert')).toHaveLength(1);
  });

  it('gives the prior alone for words it has not kept, with no evidence', () => {
    const verdict = applyTypeModel(model, typeFeatures(tokenise('Xyzzy plugh.'), 300, false));
    expect(verdict).toMatchObject({ type: 'none', evidence: [] });
  });
});
