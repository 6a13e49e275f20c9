// Snowball stemmers (the nlp.js ports: maintained and fast enough to run on every keystroke
// pause). Dutch stems get a final doubled consonant undone as well, so that plurals such as
// "speeltoestellen" and "bussen" meet their singulars ("speeltoestel", "bus").
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import type { Language } from '../taxonomy';

const nl = new StemmerNl();
const en = new StemmerEn();
const DOUBLE_END = /([bcdfghjklmnpqrstvwxz])\1$/;
const NUMBER = /^\d+$/;

export function stem(word: string, language: Language): string {
  if (NUMBER.test(word) || word.length < 3) return word;
  if (language === 'en') return en.stemWord(word);
  return nl.stemWord(word).replace(DOUBLE_END, '$1');
}
