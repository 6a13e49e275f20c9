// Normalisation for matching: lower case and accents folded ("geïnfiltreerd" → "geinfiltreerd"),
// keeping for every folded character the index of the original character it came from, so that
// evidence can point into the original text.

export interface FoldedText {
  text: string;
  /** offsets[i] is the index in the original text of folded character i */
  offsets: Uint32Array;
}

export interface Token {
  /** the folded word */
  word: string;
  /** position in the original text: `original.slice(start, end)` */
  start: number;
  end: number;
}

const SPECIAL: Record<string, string> = { ĳ: 'ij', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return SPECIAL[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function fold(original: string): FoldedText {
  const offsets = new Uint32Array(original.length * 2 + 1);
  let text = '';
  let n = 0;
  // ASCII runs are folded in one go; only other characters go through Unicode decomposition
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end <= runStart) return;
    text += original.slice(runStart, end).toLowerCase();
    for (let j = runStart; j < end; j++) offsets[n++] = j;
  };
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) < 128) continue;
    flushRun(i);
    const folded = foldChar(original[i]!);
    text += folded;
    for (let k = 0; k < folded.length; k++) offsets[n++] = i;
    runStart = i + 1;
  }
  flushRun(original.length);
  return { text, offsets: offsets.subarray(0, n) };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** the words of a text, folded, with their positions in the original */
export function tokenise(original: string): Token[] {
  const { text, offsets } = fold(original);
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const from = m.index;
    const to = from + m[0].length;
    tokens.push({ word: m[0], start: offsets[from]!, end: offsets[to - 1]! + 1 });
  }
  return tokens;
}

/** punctuation that ends a sentence or clause, or a line break */
const CLAUSE_BREAK = /[.!?:;\n]/;

/** whether token i opens a sentence or clause: the first token, or one after a clause break */
export function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  return i === 0 || CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** the text of fold(original) without its offsets: the index folds the pack's texts by the thousand */
export function foldText(original: string): string {
  let text = '';
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) < 128) continue;
    text += original.slice(runStart, i).toLowerCase() + foldChar(original[i]!);
    runStart = i + 1;
  }
  return text + original.slice(runStart).toLowerCase();
}

/** the folded words of a short text such as a trigger phrase */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
