// A trie of words by character code in typed arrays: the compound splitter's known words and stems
// (some 28,000 nodes), which as a Map per node were a sixth of the index build in allocation alone.

/** a node with at least this many children gets a table of its ASCII children (see wide) */
const WIDE = 4;

/** node 0 is the root; a child of 0 means none */
export class CodeTrie {
  private codes = new Uint16Array(1024);
  private firstChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private ends = new Uint8Array(1024);
  /** the root's children by ASCII code, while the words go in */
  private readonly rootChild = new Int32Array(128);
  private size = 1;
  /**
   * per node, where its table of ASCII children starts in `wideChildren`, or -1: the root and the
   * nodes of many children (the first letters of the known stems have up to twenty each), which
   * the splitter's walks pass through most, are a look-up rather than a scan of their siblings
   */
  private wide = new Int32Array(0);
  private wideChildren = new Int32Array(0);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) node = this.childOrNew(node, word.charCodeAt(i));
      this.ends[node] = 1;
    }
    this.widen();
  }

  /** the child of `node` by `code`, or 0 when there is none */
  child(node: number, code: number): number {
    const table = this.wide[node]!;
    if (table >= 0 && code < 128) return this.wideChildren[table + code]!;
    for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) if (this.codes[c] === code) return c;
    return 0;
  }

  /** whether a word ends at `node` */
  endsWord(node: number): boolean {
    return this.ends[node] === 1;
  }

  /** the child while the words go in (no wide tables yet but the root's) */
  private childOrNew(node: number, code: number): number {
    if (node === 0 && code < 128) {
      const found = this.rootChild[code]!;
      if (found !== 0) return found;
    } else {
      for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) if (this.codes[c] === code) return c;
    }
    if (this.size === this.codes.length) this.grow();
    const made = this.size++;
    this.codes[made] = code;
    this.nextSibling[made] = this.firstChild[node]!;
    this.firstChild[node] = made;
    if (node === 0 && code < 128) this.rootChild[code] = made;
    return made;
  }

  /** tables of ASCII children for the root and every node of at least WIDE children */
  private widen(): void {
    this.wide = new Int32Array(this.size).fill(-1);
    const wideNodes: number[] = [];
    for (let node = 0; node < this.size; node++) {
      let children = 0;
      for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) children++;
      if (node === 0 || children >= WIDE) wideNodes.push(node);
    }
    this.wideChildren = new Int32Array(wideNodes.length * 128);
    wideNodes.forEach((node, i) => {
      this.wide[node] = i * 128;
      for (let c = this.firstChild[node]!; c !== 0; c = this.nextSibling[c]!) if (this.codes[c]! < 128) this.wideChildren[i * 128 + this.codes[c]!] = c;
    });
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
