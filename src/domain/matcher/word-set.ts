// A small set of words tested against every token of a text (auxiliaries, verbs of seeking): a
// token whose first letter and length no member has is no member, told without a look-up. A
// 25,000-word text asks it for every word, where a Set look-up of a fresh token cost more than
// the rest of that pass.
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** per first character code below 128, a bit for each length (up to 31) of the members that open with it */
  private readonly shapes = new Uint32Array(128);
  /** a member the shapes cannot hold (a first letter past ASCII, 32 letters or more): every word is looked up */
  private unshaped = false;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const first = word.charCodeAt(0);
      if (first < 128 && word.length < 32) this.shapes[first]! |= 1 << word.length;
      else this.unshaped = true;
    }
  }

  has(word: string): boolean {
    const first = word.charCodeAt(0);
    if (!this.unshaped && (first >= 128 || word.length >= 32 || !(this.shapes[first]! & (1 << word.length)))) return false;
    return this.words.has(word);
  }
}
