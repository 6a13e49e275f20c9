// The openings of a set of stems, as numbers: how many of a word's first letters open one of the
// stems, found without making a string of the word's opening. Used to leave a word unstemmed where
// no stem it could have is one a look-up would find (see dutchStemOf).

/** the hash of an opening one letter longer than the one hashed to `h` (30 bits: a small integer, no heap number) */
function extend(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) & 0x3fffffff;
}

const START = 0x011c9dc5;

export class StemOpenings {
  private readonly hashes = new Set<number>();

  constructor(stems: Iterable<string>) {
    for (const s of stems) {
      let h = START;
      for (let i = 0; i < s.length; i++) this.hashes.add((h = extend(h, s.charCodeAt(i))));
    }
  }

  /**
   * how many of the first letters of `word` (at most `most`) open one of the stems. Two openings
   * may share a hash, so it can be more than the truth, never less: a caller that stems when it is
   * large enough may stem needlessly, never wrongly skip.
   */
  shared(word: string, most: number): number {
    let h = START;
    let n = 0;
    while (n < most && n < word.length) {
      h = extend(h, word.charCodeAt(n));
      if (!this.hashes.has(h)) break;
      n++;
    }
    return n;
  }
}
