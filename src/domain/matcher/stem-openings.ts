// The openings of a set of stems, as numbers: how many of a word's first letters open one of the
// stems, found without making a string of the word's opening. Used to leave a word unstemmed where
// no stem it could have is one a look-up would find (see dutchStemOf).

/** the hash of an opening one letter longer than the one hashed to `h` (30 bits: a small integer, no heap number) */
function extend(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) & 0x3fffffff;
}

const START = 0x011c9dc5;

export class StemOpenings {
  /**
   * the hashes as a set of open addressing (each stored plus one, 0 for an empty slot): the index
   * adds every opening of some ten thousand stems, which a Set<number> made a fifth of its build
   */
  private slots = new Int32Array(1 << 16);
  private size = 0;

  constructor(stems: Iterable<string>) {
    for (const s of stems) {
      let h = START;
      for (let i = 0; i < s.length; i++) this.add((h = extend(h, s.charCodeAt(i))));
    }
  }

  private add(h: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (let slot = this.slots[i]!; slot !== 0; slot = this.slots[(i = (i + 1) & mask)]!) if (slot === h + 1) return;
    this.slots[i] = h + 1;
    if (++this.size * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (const slot of old) if (slot !== 0) this.add(slot - 1);
  }

  private has(h: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = h & mask, slot = this.slots[i]!; slot !== 0; slot = this.slots[(i = (i + 1) & mask)]!) if (slot === h + 1) return true;
    return false;
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
      if (!this.has(h)) break;
      n++;
    }
    return n;
  }
}
