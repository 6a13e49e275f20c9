// A small fingerprint of a document's text that survives editing: the text's overlapping runs of
// words (shingles) reduced to a MinHash signature. The share of equal positions in two signatures
// estimates how many shingles the texts share (Jaccard), so a tender with a changed figure, an
// added paragraph or a new title still resembles its earlier version, while another tender does
// not. The text itself is never kept, only the signature.
import { fold } from '../matcher/fold';

/** words per shingle: pairs keep short texts (a 50-word message) comparable after a few edits */
export const SHINGLE_WORDS = 2;
/** hash functions in a signature; the estimate's standard error is at most 1/(2·√128) ≈ 0.044 */
export const SKETCH_SIZE = 128;
/**
 * the similarity from which a text is offered as a new version of a document, measured on 155
 * real texts of 30 to 80 words (test/eval/document-versions.test.ts prints the figures): no two
 * different texts reached 0.15, a changed figure kept 0.82 or more; a third added and the first
 * sentence removed together, on a 30-word text, can fall below it (the person then names the
 * document)
 */
export const NEW_VERSION_THRESHOLD = 0.2;

/** a MinHash signature, SKETCH_SIZE unsigned 32-bit values */
export type DocumentSketch = Uint32Array;

// fixed multipliers and offsets of the hash family, from a seeded generator so every surface and
// every release computes the same signature for the same text
const FAMILY: { a: Uint32Array; b: Uint32Array } = (() => {
  const a = new Uint32Array(SKETCH_SIZE);
  const b = new Uint32Array(SKETCH_SIZE);
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < SKETCH_SIZE; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
})();

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // a final mix, so shingles that differ in one letter land far apart
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** the folded words of a text: case, accents, punctuation and layout do not count */
export function sketchWords(text: string): string[] {
  return fold(text).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** the hashes of a text's shingles; a text shorter than one shingle is one shingle */
function shingleHashes(words: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) hashes.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** the sketch of a text, or undefined for a text without words */
export function sketchOf(text: string): DocumentSketch | undefined {
  const hashes = shingleHashes(sketchWords(text));
  if (hashes.size === 0) return undefined;
  const sketch = new Uint32Array(SKETCH_SIZE).fill(0xffffffff);
  const { a, b } = FAMILY;
  for (const x of hashes) {
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const h = (Math.imul(a[i]!, x) + b[i]!) >>> 0;
      if (h < sketch[i]!) sketch[i] = h;
    }
  }
  return sketch;
}

/** the estimated share of shingles two texts have in common, from 0 (none) to 1 (the same) */
export function sketchSimilarity(a: DocumentSketch, b: DocumentSketch): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** a sketch as text (hex), to keep it where only strings go */
export function encodeSketch(sketch: DocumentSketch): string {
  return Array.from(sketch, (h) => h.toString(16).padStart(8, '0')).join('');
}

/** a sketch back from encodeSketch's text, or undefined when the text is not one */
export function decodeSketch(text: string): DocumentSketch | undefined {
  if (text.length !== SKETCH_SIZE * 8 || !/^[0-9a-f]+$/.test(text)) return undefined;
  const sketch = new Uint32Array(SKETCH_SIZE);
  for (let i = 0; i < SKETCH_SIZE; i++) sketch[i] = Number.parseInt(text.slice(i * 8, i * 8 + 8), 16);
  return sketch;
}

/** a version of a document whose text was sketched earlier */
export interface SketchedVersion {
  id: string;
  version: number;
  sketch: DocumentSketch;
}

export type Recognition =
  /** the same text as a version checked before: that document and that version */
  | { kind: 'same'; id: string; version: number }
  /** a text like one checked before: perhaps a new version of it */
  | { kind: 'similar'; id: string; version: number; similarity: number }
  | { kind: 'none' };

/** which earlier document a text is, or resembles most (the newest version wins a tie) */
export function recognise(sketch: DocumentSketch, earlier: readonly SketchedVersion[], threshold = NEW_VERSION_THRESHOLD): Recognition {
  let best: { candidate: SketchedVersion; similarity: number } | undefined;
  for (const candidate of earlier) {
    const similarity = sketchSimilarity(sketch, candidate.sketch);
    if (!best || similarity > best.similarity || (similarity === best.similarity && candidate.version > best.candidate.version)) best = { candidate, similarity };
  }
  if (!best || best.similarity < threshold) return { kind: 'none' };
  const { id, version } = best.candidate;
  return best.similarity === 1 ? { kind: 'same', id, version } : { kind: 'similar', id, version, similarity: best.similarity };
}
