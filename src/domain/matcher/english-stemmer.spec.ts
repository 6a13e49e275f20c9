import fc from 'fast-check';
import { mostTouched } from './english-stemmer';
import { stem } from './stemming';

// A word's English stem is looked up only where its kept letters (all but mostTouched) open a
// stem it is compared with: a stem that changed more would be missed.
/** letters and the endings the English steps look at, several chained */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz'.split(''),
  'sses', 'ied', 'ies', 'us', 'ss', 's', 'eedly', 'ingly', 'edly', 'eed', 'ing', 'ed', 'at', 'bl', 'iz', 'bb', 'dd', 'ff', 'gg', 'mm',
  'nn', 'pp', 'rr', 'tt', 'y', 'ational', 'tional', 'ization', 'iveness', 'fulness', 'ousness', 'biliti', 'lessli', 'fulli', 'ousli',
  'entli', 'aliti', 'iviti', 'alism', 'ation', 'anci', 'enci', 'abli', 'alli', 'izer', 'ator', 'bli', 'ogi', 'li', 'icate', 'ative',
  'alize', 'iciti', 'ical', 'ness', 'ful', 'ement', 'ment', 'able', 'ance', 'ence', 'ible', 'ant', 'ate', 'ent', 'ism', 'ion', 'sion',
  'tion', 'iti', 'ive', 'ize', 'ous', 'al', 'er', 'ic', 'll', 'e', 'l', 'ably', 'ically', 'ations', 'izations', 'fulnesses', 'weg', 'heden',
];
const wordLike = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

describe('mostTouched', () => {
  it('leaves the English stem starting with all but the last mostTouched letters of the word', () => {
    let deep = 0;
    fc.assert(
      fc.property(wordLike, (word) => {
        const touched = mostTouched(word);
        if (touched === Infinity) return true;
        const stemmed = stem(word, 'en');
        let kept = 0;
        while (kept < stemmed.length && stemmed[kept] === word[kept]) kept++;
        if (word.length - kept >= 6) deep++;
        // a boolean, not expect() per run; a false fails the property and fast-check names the word
        return stemmed.startsWith(word.slice(0, word.length - touched));
      }),
      { numRuns: 8_000 },
    );
    // chains of several steps are among the words tried
    expect(deep).toBeGreaterThan(50);
  });

  it('is 0 for words the steps cannot start on and follows a chain of suffixes', () => {
    expect(mostTouched('wegpaalheden')).toBe(0);
    expect(mostTouched('wegmuur')).toBe(0);
    expect(stem('rationalization', 'en')).toBe('ration');
    expect(mostTouched('rationalization')).toBeGreaterThanOrEqual('alization'.length);
    expect(mostTouched('skies')).toBe(Infinity);
  });
});
