import fc from 'fast-check';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import { stemDifferences as differences } from '../../../test/support/stemmer-oracle';
import { stem } from './stemming';
import { isPlain, MAX_STEM_SHRINK } from './trigger-table';

// Our stemmers replace the nlp.js ports for speed; every use of a stem is a comparison with the
// vocabulary's stems, so they must give exactly the ports' stems. The ports stay the oracle here;
// test/eval/stemmer-equivalence.test.ts holds every word of the pack and the labelled sets to them.
/** letters and endings that steer the Snowball rules (accents, marked i and y, suffixes of both languages) */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz'.split(''), 'áäéëíïóöúüè'.split(''), 'IY\'0'.split(''),
  'aa', 'ee', 'oo', 'uu', 'ij', 'ie', 'ay', 'oy', 'aia', 'eie', 'gem', 'heden', 'heid', 'ene', 'en', 'se', 'es', 'ees', 'esse', 'aus', 'end', 'ing', 'ig',
  'lijk', 'baar', 'bar', 'dd', 'kk', 'tt', 'gener', 'commun', 'arsen', 'sses', 'ied', 'ies', 'us', 'ss', 'eedly', 'ingly', 'edly',
  'eed', 'ed', 'at', 'bl', 'iz', 'ational', 'tional', 'ization', 'iveness', 'fulness', 'ousness', 'biliti', 'lessli',
  'fulli', 'ousli', 'entli', 'aliti', 'iviti', 'alism', 'ation', 'anci', 'enci', 'abli', 'alli', 'izer', 'ator', 'bli',
  'ogi', 'li', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ness', 'ful', 'ement', 'ment', 'able', 'ance', 'ence',
  'ible', 'ant', 'ate', 'ent', 'ism', 'ion', 'sion', 'tion', 'iti', 'ive', 'ize', 'ous', 'al', 'er', 'ic', 'll', 'e', 'l', 'y',
].flat();
const wordLike = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 9 }).map((parts) => parts.join(''));

describe('stemming', () => {
  it('gives the nlp.js stems for random words built from the pieces the rules look at', () => {
    fc.assert(
      fc.property(wordLike, (word) => {
        expect(differences([word])).toEqual([]);
      }),
      { numRuns: 4_000 },
    );
  });

  // the splitter leaves a compound's head unstemmed where these two facts show its stem is no known one
  it('takes at most MAX_STEM_SHRINK letters off a plain Dutch word and keeps all but its last two letters', () => {
    let most = 0;
    fc.assert(
      fc.property(wordLike.filter(isPlain), (word) => {
        const stemmed = stem(word, 'nl');
        most = Math.max(most, word.length - stemmed.length);
        expect(word.length - stemmed.length).toBeLessThanOrEqual(MAX_STEM_SHRINK);
        expect(stemmed.length).toBeLessThanOrEqual(word.length);
        expect(word.startsWith(stemmed.slice(0, -2))).toBe(true);
      }),
      { numRuns: 4_000 },
    );
    // the random words do reach endings that several steps take off at once
    expect(most).toBeGreaterThan(5);
  });

  it('gives the nlp.js stems for the exceptions and short words', () => {
    const special = ['skis', 'skies', 'dying', 'lying', 'tying', 'idly', 'gently', 'ugly', 'early', 'only', 'singly', 'andes', 'atlas', 'bias', 'cosmos', 'howe', 'news', 'sky',
      'succeed', 'proceeds', 'exceeding', 'innings', 'earrings', 'herring', 'outings', 'canning', "'yes", "y'", 'yy', 'ay', 'a', '', 'yyy', 'iii', 'ied', 'ies', 'cries', 'ties', 'gas', 'gaps', 'kiwis'];
    expect(differences(special)).toEqual([]);
  });

  it('brings a plural in -es or -aus to the stem of its singular, and keeps apart words that only look alike', () => {
    const meet = [
      ['installaties', 'installatie'], ['brandmeldinstallaties', 'brandmeldinstallatie'], ['koffiemachines', 'koffiemachine'],
      ['rotondes', 'rotonde'], ['woningbouwlocaties', 'woningbouwlocatie'], ['procedures', 'procedure'], ['bankjes', 'bankje'],
      ['asfaltplateaus', 'asfaltplateau'], ['bureaus', 'bureau'], ['niveaus', 'niveau'],
      // a singular whose own stem ends in -es takes the second round
      ['syntheses', 'synthese'],
      // words that met before still meet
      ['processen', 'proces'], ['europese', 'europees'], ['inspecties', 'inspectie'],
    ];
    for (const [plural, singular] of meet) expect([plural, stem(plural!, 'nl')]).toEqual([plural, stem(singular!, 'nl')]);
    const apart = [['kades', 'kaders'], ['adres', 'ader'], ['vlees', 'vlies'], ['machines', 'machten'], ['advies', 'advocaat']];
    for (const [a, b] of apart) expect([a, b, stem(a!, 'nl') === stem(b!, 'nl')]).toEqual([a, b, false]);
    // three letters: too short a stem to take apart (bes, bessen meet as before)
    expect(stem('bes', 'nl')).toBe('bes');
    expect(stem('bessen', 'nl')).toBe('bes');
  });

  const nl = new StemmerNl();
  const en = new StemmerEn();
  it('undoes a final doubled Dutch consonant after the Snowball steps, and leaves numbers and short words', () => {
    for (const word of ['speeltoestellen', 'bussen', 'verhardingen', 'groenonderhoud', 'mogelijkheden', 'asfaltlagen', 'lopen', 'maan']) {
      expect(stem(word, 'nl')).toBe(nl.stemWord(word).replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1'));
    }
    for (const word of ['paving', 'lying', 'generously', 'skies', 'printing']) expect(stem(word, 'en')).toBe(en.stemWord(word));
    expect(stem('speeltoestellen', 'nl')).toBe('speeltoestel');
    expect(stem('bussen', 'nl')).toBe('bus');
    expect(stem('2050', 'nl')).toBe('2050');
    expect(stem('ab', 'en')).toBe('ab');
  });
});
