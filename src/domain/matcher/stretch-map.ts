// A map from words to values that is asked by a stretch of letters of a longer word, without
// making a string of the stretch: the compound splitter asks after the heads and parts of every new
// word, and a fresh string must be made and hashed before a Map can look it up.

/** FNV-1a over the codes of s[from, to) */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** whether `key` is s[from, to) */
function sameLetters(key: string, s: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = from; i < to; i++) if (key.charCodeAt(i - from) !== s.charCodeAt(i)) return false;
  return true;
}

/** open addressing: keys, their hashes and values in parallel arrays, at most half full */
export class StretchMap<V> {
  private keys: (string | undefined)[] = new Array(1024);
  private hashes = new Int32Array(1024);
  private values: (V | undefined)[] = new Array(1024);
  size = 0;

  /** the value of the word s[from, to) */
  get(s: string, from = 0, to = s.length): V | undefined {
    const h = hashOf(s, from, to);
    const mask = this.hashes.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === h && sameLetters(key, s, from, to)) return this.values[i];
    }
  }

  set(key: string, value: V): void {
    const h = hashOf(key, 0, key.length);
    const mask = this.hashes.length - 1;
    let i = h & mask;
    for (let k = this.keys[i]; k !== undefined; k = this.keys[(i = (i + 1) & mask)]) {
      if (this.hashes[i] === h && k === key) {
        this.values[i] = value;
        return;
      }
    }
    this.keys[i] = key;
    this.hashes[i] = h;
    this.values[i] = value;
    if (++this.size * 2 > this.hashes.length) this.grow();
  }

  clear(): void {
    this.keys = new Array(1024);
    this.hashes = new Int32Array(1024);
    this.values = new Array(1024);
    this.size = 0;
  }

  /** twice the slots, each key placed by the hash it was stored with (not hashed again) */
  private grow(): void {
    const { keys, hashes, values } = this;
    this.keys = new Array(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    this.values = new Array(keys.length * 2);
    const mask = this.hashes.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === undefined) continue;
      let i = hashes[j]! & mask;
      while (this.keys[i] !== undefined) i = (i + 1) & mask;
      this.keys[i] = keys[j];
      this.hashes[i] = hashes[j]!;
      this.values[i] = values[j];
    }
  }
}
