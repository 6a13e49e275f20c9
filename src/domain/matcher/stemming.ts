// Snowball stemmers for Dutch and English (our own, over character codes: see dutch-stemmer.ts
// and english-stemmer.ts; the nlp.js ports they were proven against stay the tests' oracle). Dutch
// stems get a final doubled consonant undone as well, so that plurals such as "speeltoestellen"
// and "bussen" meet their singulars ("speeltoestel", "bus"), and a stem in -es or -aus loses its s
// and is stemmed again, so that plurals in -s after a vowel ("installaties", "koffiemachines",
// "plateaus") meet theirs.
import type { Language } from '../taxonomy';
import { endsAsPlural, PLURAL_ROUNDS, stemDutch } from './dutch-stemmer';
import { stemEnglish } from './english-stemmer';

/** a word of digits only: 0-9 */
function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

export function stem(word: string, language: Language): string {
  if (word.length < 3 || isNumber(word)) return word;
  if (language === 'en') return stemEnglish(word);
  return dutchStem(word, PLURAL_ROUNDS);
}

/**
 * Snowball leaves an s after a vowel, so a plural in -es keeps its ending ("installaties",
 * "rotondes") while its singular loses its e ("rotonde" → "rotond"). Dutch writes the other plurals
 * in -s after a vowel with an apostrophe ("auto's", which the tokens split), but for the French
 * -eau ("bureaus", "plateaus", "niveaus"). A stem that ends in -es or -aus is stemmed again without
 * its s, as its singular is. It is a rule on the stem, not on the word, so words that met before
 * still meet ("proces", "processen" → "proc").
 */
function dutchStem(word: string, rounds: number): string {
  const s = undoubled(stemDutch(word));
  if (rounds === 0 || s.length < 4 || !endsAsPlural(s, s.length - 1)) return s;
  return dutchStem(s.slice(0, -1), rounds - 1);
}

/** "speeltoestell" → "speeltoestel": a final doubled consonant undone (a check per stem, no regular expression) */
function undoubled(s: string): string {
  const n = s.length;
  if (n < 2) return s;
  const last = s.charCodeAt(n - 1);
  return last === s.charCodeAt(n - 2) && isDoubleable(last) ? s.slice(0, -1) : s;
}

/** b c d f g h j k l m n p q r s t v w x z */
function isDoubleable(c: number): boolean {
  return c >= 98 && c <= 122 && c !== 101 && c !== 105 && c !== 111 && c !== 117 && c !== 121;
}
