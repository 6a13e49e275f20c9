// Snowball stemmers (the nlp.js ports: maintained and fast enough to run on every keystroke
// pause). Dutch stems get a final doubled consonant undone as well, so that plurals such as
// "speeltoestellen" and "bussen" meet their singulars ("speeltoestel", "bus").
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import type { Language } from '../taxonomy';

const nl = new StemmerNl();
const en = new StemmerEn();
const DOUBLE_CONSONANTS = new Set('bcdfghjklmnpqrstvwxz');
const NUMBER = /^\d+$/;

/** stems remembered per language; past this many the memory starts afresh */
const CACHE_LIMIT = 100_000;
const caches: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };

/**
 * the Snowball steps through a bounded cache of our own: the library's `stemWord` keeps every word
 * it was ever given in a cache without a bound, which would grow with every distinct word a server
 * or a tab sees (a hostile text brings hundreds of thousands).
 */
function snowball(stemmer: StemmerNl | StemmerEn, cache: Map<string, string>, word: string): string {
  let result = cache.get(word);
  if (result === undefined) {
    stemmer.setCurrent(word);
    stemmer.innerStem();
    result = stemmer.getCurrent();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

export function stem(word: string, language: Language): string {
  if (NUMBER.test(word) || word.length < 3) return word;
  if (language === 'en') return snowball(en, caches.en, word);
  return undoubled(snowball(nl, caches.nl, word));
}

/** "speeltoestell" → "speeltoestel": a final doubled consonant undone (a check per stem, no regular expression) */
function undoubled(s: string): string {
  const last = s[s.length - 1];
  return last !== undefined && last === s[s.length - 2] && DOUBLE_CONSONANTS.has(last) ? s.slice(0, -1) : s;
}
