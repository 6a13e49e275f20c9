// A trie of words by character code in typed arrays: the compound splitter's known words and stems
// (some 28,000 nodes), which as a Map per node were a sixth of the index build in allocation alone.

/** node 0 is the root; a child of 0 means none */
export class CodeTrie {
  private codes = new Uint16Array(1024);
  private firstChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private ends = new Uint8Array(1024);
  /** the root's children by ASCII code: most look-ups start there, and it has the most children */
  private readonly rootChild = new Int32Array(128);
  private size = 1;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) node = this.childOrNew(node, word.charCodeAt(i));
      this.ends[node] = 1;
    }
  }

  /** the child of `node` by `code`, or 0 when there is none */
  child(node: number, code: number): number {
    if (node === 0 && code < 128) return this.rootChild[code]!;
    for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) if (this.codes[c] === code) return c;
    return 0;
  }

  /** whether a word ends at `node` */
  endsWord(node: number): boolean {
    return this.ends[node] === 1;
  }

  private childOrNew(node: number, code: number): number {
    const found = this.child(node, code);
    if (found !== 0) return found;
    if (this.size === this.codes.length) this.grow();
    const made = this.size++;
    this.codes[made] = code;
    this.nextSibling[made] = this.firstChild[node]!;
    this.firstChild[node] = made;
    if (node === 0 && code < 128) this.rootChild[code] = made;
    return made;
  }

  private grow(): void {
    const grown = <A extends Uint16Array | Int32Array | Uint8Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(a.length * 2);
      b.set(a);
      return b;
    };
    this.codes = grown(this.codes, Uint16Array);
    this.firstChild = grown(this.firstChild, Int32Array);
    this.nextSibling = grown(this.nextSibling, Int32Array);
    this.ends = grown(this.ends, Uint8Array);
  }
}
