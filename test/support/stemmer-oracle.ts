// The nlp.js Snowball ports, which the matcher's own stemmers replaced for speed: the oracle
// that tests hold them to (every use of a stem is a comparison with the vocabulary's stems, so
// ours must give exactly the ports' stems).
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import { stemDutch } from '../../src/domain/matcher/dutch-stemmer';
import { stemEnglish } from '../../src/domain/matcher/english-stemmer';
import type { Language } from '../../src/domain/taxonomy';

const ports = { nl: new StemmerNl(), en: new StemmerEn() };

/** the port's Snowball stem, without its unbounded cache */
export function oracleSnowball(word: string, language: Language): string {
  const stemmer = ports[language];
  stemmer.setCurrent(word);
  stemmer.innerStem();
  return stemmer.getCurrent();
}

/** the words whose stems differ from the ports', with both stems, so a failure says where */
export function stemDifferences(words: Iterable<string>): string[] {
  const found: string[] = [];
  for (const word of words) {
    const ours = [stemDutch(word), stemEnglish(word)];
    const theirs = [oracleSnowball(word, 'nl'), oracleSnowball(word, 'en')];
    if (ours[0] !== theirs[0] || ours[1] !== theirs[1]) found.push(`${word}: ours ${ours.join('/')}, nlp.js ${theirs.join('/')}`);
  }
  return found;
}
