// How findHits weighs the parts of a Dutch compound: a group counts its heaviest part once, a
// document type its first part, and a look-alike part of weight 0 keeps its claim.
import { tokenise } from './fold';
import { stem } from './stemming';
import { buildTriggerTable, CompoundSplitter, findHits, type WordAnalysis } from './trigger-table';

const groups = buildTriggerTable([
  { target: 'public-lighting', triggers: { nl: [{ term: 'verlichting', weight: 0.4 }, 'armatuur'], en: [] } },
  { target: 'cleaning', triggers: { nl: ['schoonmaak', { term: 'reiniging', weight: 0.6 }], en: [] } },
  { target: 'sewerage', triggers: { nl: [{ term: 'kolk', weight: 0.8 }], en: [] } },
]);
// the cleaner does not clean gullies: a look-alike
groups.words.nl.get(stem('kolk', 'nl'))!.push({ target: 'cleaning', term: 'kolk', weight: 0, stems: [stem('kolk', 'nl')] });
const splitter = new CompoundSplitter(['verlichting', 'armatuur', 'schoonmaak', 'reiniging', 'kolk']);

function weights(text: string, heaviestPart: boolean): Record<string, number> {
  const tokens = tokenise(text);
  const analyses: WordAnalysis[] = tokens.map((t) => ({ word: t.word, nl: stem(t.word, 'nl'), en: stem(t.word, 'en'), triggers: true, parts: splitter.split(t.word) }));
  return Object.fromEntries(findHits(groups, tokens, analyses, true, heaviestPart).map((h) => [h.entry.target, h.weight]));
}

describe('the parts of a compound in findHits', () => {
  it('counts the heaviest part of a compound for a group, once', () => {
    expect(weights('verlichtingsarmaturen', true)).toEqual({ 'public-lighting': 1 });
    expect(weights('armatuurverlichting', true)).toEqual({ 'public-lighting': 1 });
    // a compound with one part of the group, and a whole word, count as before
    expect(weights('straatverlichting', true)).toEqual({ 'public-lighting': 0.4 });
    expect(weights('verlichting', true)).toEqual({ 'public-lighting': 0.4 });
  });

  it('counts the first part where the heaviest is not asked for (document types)', () => {
    expect(weights('verlichtingsarmaturen', false)).toEqual({ 'public-lighting': 0.4 });
  });

  it('keeps the claim of a look-alike part of weight 0', () => {
    expect(weights('kolkreiniging', true)).toEqual({ sewerage: 0.8, cleaning: 0 });
  });
});
