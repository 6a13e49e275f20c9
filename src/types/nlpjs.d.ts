// The Snowball stemmers of nlp.js ship without type declarations. We use the Snowball calls
// (`setCurrent`, `innerStem`, `getCurrent`) rather than `stemWord`, which remembers every word it
// was ever given (see src/domain/matcher/stemming.ts).
declare module '@nlpjs/lang-nl/src/stemmer-nl' {
  export default class StemmerNl {
    stemWord(word: string): string;
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class StemmerEn {
    stemWord(word: string): string;
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
