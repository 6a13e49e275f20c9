import fc from 'fast-check';
import { StemOpenings } from './stem-openings';

describe('stem openings', () => {
  it('counts the letters of a word that open one of the stems, up to a most', () => {
    const openings = new StemOpenings(['verhard', 'verlicht', 'boom']);
    expect(openings.shared('verharding', 20)).toBe(7);
    expect(openings.shared('verlichting', 20)).toBe(8);
    expect(openings.shared('verhuizing', 20)).toBe(4);
    expect(openings.shared('verharding', 5)).toBe(5);
    expect(openings.shared('asfalt', 20)).toBe(0);
  });

  it('never counts fewer letters than a stem shares with the word', () => {
    const letters = fc.array(fc.constantFrom(...'abdeghiklnorst'), { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 50 }), letters, (stems, word) => {
        const truth = Math.max(...stems.map((s) => {
          let n = 0;
          while (n < s.length && n < word.length && s[n] === word[n]) n++;
          return n;
        }));
        expect(new StemOpenings(stems).shared(word, word.length)).toBeGreaterThanOrEqual(truth);
      }),
      { numRuns: 500 },
    );
  });
});
