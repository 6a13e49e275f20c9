import { wordPartsOf } from './word-parts';

describe('word parts of a word', () => {
  it('gives a compound the closing letters of its head, with three letters or more before them', () => {
    expect(wordPartsOf('onderhoudsbestek', 'heads')).toEqual({ parts: ['~estek>', '~bestek>', '~sbestek>', '~dsbestek>'], keepStem: true });
    expect(wordPartsOf('bestek', 'heads').parts).toEqual([]);
  });

  it('gives the opening and closing letters of a word of six letters or more', () => {
    expect(wordPartsOf('leidraad', 'ends').parts).toEqual(['~<leid', '~<leidr', '~raad>', '~draad>']);
    expect(wordPartsOf('raad', 'ends').parts).toEqual([]);
  });

  it('gives every 4- and 5-gram of the marked word, instead of its stem where asked', () => {
    expect(wordPartsOf('brief', 'grams')).toEqual({ parts: ['~<bri', '~brie', '~rief', '~ief>', '~<brie', '~brief', '~rief>'], keepStem: true });
    expect(wordPartsOf('brief', 'grams-only').keepStem).toBe(false);
  });

  it('reads only compound-length words in the kinds tried after the grid, and a stem alone for none', () => {
    expect(wordPartsOf('projectplanning', 'long-ends').parts).toEqual(['~<proje', '~nning>']);
    expect(wordPartsOf('planning', 'long-ends').parts).toEqual([]);
    expect(wordPartsOf('projectplanning', 'long-parts')).toEqual({ parts: ['~<proje', '~anning>'], keepStem: false });
    expect(wordPartsOf('aanbestedingsleidraad', 'head6').parts).toEqual(['~idraad>']);
    expect(wordPartsOf('aanbestedingsleidraad', 'stems')).toEqual({ parts: [], keepStem: true });
  });
});
