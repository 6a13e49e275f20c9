import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import { stem } from './stemming';

// stem() drives the Snowball steps itself (the library's stemWord caches without a bound): it must
// give what stemWord gives, so an upgrade of the library that changes those steps shows up here
describe('stemming', () => {
  const words = ['speeltoestellen', 'bussen', 'verhardingen', 'groenonderhoud', 'mogelijkheden', 'asfaltlagen', 'lopen', 'maan', 'paving', 'lying', 'generously', 'skies', 'printing'];

  it('gives the library stemmer\'s stems, with a final doubled Dutch consonant undone', () => {
    const nl = new StemmerNl();
    const en = new StemmerEn();
    for (const word of words) {
      expect(stem(word, 'nl')).toBe(nl.stemWord(word).replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1'));
      expect(stem(word, 'en')).toBe(en.stemWord(word));
    }
    expect(stem('speeltoestellen', 'nl')).toBe('speeltoestel');
    expect(stem('bussen', 'nl')).toBe('bus');
  });

  it('gives the same stem again after many other words', () => {
    const first = stem('verhardingen', 'nl');
    for (let i = 0; i < 120_000; i++) stem(`woord${i.toString(36)}en`, 'nl');
    expect(stem('verhardingen', 'nl')).toBe(first);
  });
});
