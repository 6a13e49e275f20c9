import fc from 'fast-check';
import { mostStripped } from './dutch-stemmer';
import { stem } from './stemming';
import { isPlain, MAX_STEM_SHRINK } from './trigger-table';

// The splitter stems a compound's head or part only where mostStripped says its stem can be a
// known one: a stem shorter than the bound allows would make it miss a known head.
/** letters, and the endings and letter pairs the Dutch steps look at, several of them chained */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz'.split(''),
  'aa', 'ee', 'oo', 'uu', 'ij', 'ie', 'aia', 'eie', 'gem', 'heden', 'heid', 'ene', 'en', 'se', 's', 'e', 'es', 'ees', 'ies', 'esse', 'aus', 'eaus', 'end', 'ing', 'ig',
  'igend', 'iging', 'lijk', 'elijk', 'baar', 'bar', 'dd', 'kk', 'tt', 'ddene', 'ttheden', 'enheid', 'enheden', 'lijkheden',
  'weg', 'muur', 'boom', 'glas', 'hek', 'dak',
];
const plainWord = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter(isPlain);

describe('mostStripped', () => {
  it('bounds the letters the Dutch stem takes off any stretch of a plain word, within MAX_STEM_SHRINK', () => {
    let tight = 0;
    fc.assert(
      fc.property(plainWord, fc.nat(), fc.nat(), (word, a, b) => {
        const from = a % (word.length + 1);
        const end = from + (b % (word.length - from + 1));
        const stretch = word.slice(from, end);
        const bound = mostStripped(word, from, end);
        const stripped = stretch.length - stem(stretch, 'nl').length;
        // reached but for the two letters allowed for step 4 and the final undoubling
        if (bound > 4 && stripped >= bound - 2) tight++;
        // a boolean, not three expect() per run (most of this file's time); a false fails the
        // property and fast-check names the word and the stretch. A stretch's bound never exceeds
        // that of the same end in the whole word (the splitter reuses it).
        return stripped <= bound && bound <= MAX_STEM_SHRINK && bound <= mostStripped(word, 0, end);
      }),
      { numRuns: 6_000 },
    );
    // long chains are reached, not only bounded
    expect(tight).toBeGreaterThan(10);
  });

  it('is small for endings the steps leave alone and follows a chain of suffixes', () => {
    // no suffix: two for step 4 (muur → mur) and the final undoubling
    expect(stem('wegmuur', 'nl')).toBe('wegmur');
    expect(mostStripped('wegmuur', 0, 7)).toBe(2);
    // heden, then an en before it (heid) and ing before that
    expect(stem('onmogelijkheden', 'nl')).toBe('onmog');
    expect(mostStripped('onmogelijkheden', 0, 15)).toBe(12);
    expect(mostStripped('wegpaalheden', 0, 12)).toBe(7);
    // only the letters from `from` count: of "den" only en can go
    expect(mostStripped('onmogelijkheden', 12, 15)).toBe(4);
  });
});
