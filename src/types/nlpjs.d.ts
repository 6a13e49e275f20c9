// The Snowball stemmers of nlp.js ship without type declarations; we use only `stemWord`.
declare module '@nlpjs/lang-nl/src/stemmer-nl' {
  export default class StemmerNl {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}
