import { fold, tokenise, words } from './fold';

describe('folding and tokenising', () => {
  it('lower-cases and folds accents, keeping offsets into the original', () => {
    const original = 'Hemelwater wordt lokaal GEÏNFILTREERD.';
    const tokens = tokenise(original);
    const last = tokens[tokens.length - 1]!;
    expect(last.word).toBe('geinfiltreerd');
    expect(original.slice(last.start, last.end)).toBe('GEÏNFILTREERD');
  });

  it('keeps offsets right after characters that fold to two', () => {
    const original = 'ĳzeren Straße, asfalt';
    expect(fold(original).text).toBe('ijzeren strasse, asfalt');
    const asfalt = tokenise(original).find((t) => t.word === 'asfalt')!;
    expect(original.slice(asfalt.start, asfalt.end)).toBe('asfalt');
  });

  it('splits on hyphens and punctuation and keeps digits', () => {
    expect(words('LED-armaturen (CPV 34993000-4)')).toEqual(['led', 'armaturen', 'cpv', '34993000', '4']);
  });
});
