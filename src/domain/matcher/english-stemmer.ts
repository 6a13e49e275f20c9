// The English Snowball stemmer (Porter2, as the nlp.js port implements it), written over
// character codes for the same reason as dutch-stemmer.ts: every word of every text is stemmed
// in both languages. stemming.spec.ts proves it gives the port's stems.

const Y = 121;
const BIG_Y = 89;
const APOSTROPHE = 39;

/** the port's vowels: a e i o u y (1), and w, x, Y, after which a syllable is not short (2) */
const KINDS = new Uint8Array(128);
for (const c of 'aeiouy') KINDS[c.charCodeAt(0)] = 1;
for (const c of 'wxY') KINDS[c.charCodeAt(0)] = 2;
function isVowel(c: number): boolean {
  return c < 128 && KINDS[c] === 1;
}
function isVowelWXY(c: number): boolean {
  return c < 128 && KINDS[c] !== 0;
}
/** letters before which a final "li" is a suffix */
const VALID_LI = new Set('cdeghkmnrt'.split('').map((c) => c.charCodeAt(0)));

/** words stemmed as a whole, or left as they are ('') */
const EXCEPTIONS = new Map<string, string>([
  ['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'], ['idly', 'idl'],
  ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'],
  ['andes', ''], ['atlas', ''], ['bias', ''], ['cosmos', ''], ['howe', ''], ['news', ''], ['sky', ''],
]);
/** words after step 1a that keep their form */
const INVARIANT = new Set(['succeed', 'proceed', 'exceed', 'canning', 'inning', 'earring', 'herring', 'outing']);
/** prefixes whose end is the start of R1 */
const R1_PREFIXES = ['gener', 'commun', 'arsen'];

/** the word being stemmed, as codes */
let buf = new Uint16Array(64);
let n = 0;
let p1 = 0;
let p2 = 0;
/** a letter of buf[0, n) differs from the word's (not counting marked y) */
let changed = false;

function startsWith(s: string): boolean {
  if (n < s.length) return false;
  for (let i = 0; i < s.length; i++) if (buf[i] !== s.charCodeAt(i)) return false;
  return true;
}

function ends(s: string, at = n): boolean {
  const k = s.length;
  if (at < k) return false;
  for (let i = 0; i < k; i++) if (buf[at - k + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** suffixes by their last letter, in their order: most words' last letter rules most out at once */
type Suffixes<T> = (T[] | undefined)[];
function byLastLetter<T>(entries: readonly T[], suffix: (entry: T) => string): Suffixes<T> {
  const table: Suffixes<T> = [];
  for (const entry of entries) {
    const s = suffix(entry);
    (table[s.charCodeAt(s.length - 1)] ??= []).push(entry);
  }
  return table;
}

/** the first of `suffixes` (longest first where one ends another) that buf[0, n) ends with */
function suffixOf(suffixes: Suffixes<string>): string | undefined {
  if (n === 0) return undefined;
  const candidates = suffixes[buf[n - 1]!];
  if (candidates) for (const s of candidates) if (ends(s)) return s;
  return undefined;
}

/** buf[0, n) becomes buf[0, at) + s */
function replaceFrom(at: number, s: string): void {
  for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  n = at + s.length;
  if (s.length > 0) changed = true;
}

/** a short syllable ends at `end`: non-vowel, vowel, non-vowel other than w x Y, or vowel, non-vowel at the start */
function shortSyllable(end: number): boolean {
  if (end >= 3 && !isVowelWXY(buf[end - 1]!) && isVowel(buf[end - 2]!) && !isVowel(buf[end - 3]!)) return true;
  return end === 2 && !isVowel(buf[1]!) && isVowel(buf[0]!);
}

const APOSTROPHE_ENDINGS = byLastLetter(["'s'", "'s", "'"], (s) => s);
const STEP1A = byLastLetter(['sses', 'ied', 'ies', 'ss', 'us', 's'], (s) => s);

function step1a(): void {
  const apostrophe = suffixOf(APOSTROPHE_ENDINGS);
  if (apostrophe) n -= apostrophe.length;
  const s = suffixOf(STEP1A);
  if (s === 'sses') n -= 2;
  else if (s === 'ied' || s === 'ies') replaceFrom(n - 3, n - 3 >= 2 ? 'i' : 'ie');
  else if (s === 's') {
    // a vowel before the letter before the s
    for (let i = n - 3; i >= 0; i--) {
      if (isVowel(buf[i]!)) {
        n -= 1;
        return;
      }
    }
  }
}

const STEP1B = byLastLetter(['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'], (s) => s);
const DOUBLES = byLastLetter(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'], (s) => s);

function step1b(): void {
  const s = suffixOf(STEP1B);
  if (!s) return;
  const at = n - s.length;
  if (s === 'eedly' || s === 'eed') {
    if (at >= p1) replaceFrom(at, 'ee');
    return;
  }
  let vowel = false;
  for (let i = at - 1; i >= 0 && !vowel; i--) vowel = isVowel(buf[i]!);
  if (!vowel) return;
  n = at;
  if (ends('at') || ends('bl') || ends('iz')) replaceFrom(n, 'e');
  else if (suffixOf(DOUBLES)) n -= 1;
  else if (n === p1 && shortSyllable(n)) replaceFrom(n, 'e');
}

function step1c(): void {
  const last = buf[n - 1];
  if (n >= 3 && (last === Y || last === BIG_Y) && !isVowel(buf[n - 2]!)) {
    buf[n - 1] = 105;
    changed = true;
  }
}

const STEP2 = byLastLetter<[string, string]>([
  ['ational', 'ate'], ['tional', 'tion'], ['ization', 'ize'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'],
  ['biliti', 'ble'], ['lessli', 'less'], ['fulli', 'ful'], ['ousli', 'ous'], ['entli', 'ent'], ['aliti', 'al'],
  ['iviti', 'ive'], ['alism', 'al'], ['ation', 'ate'], ['anci', 'ance'], ['enci', 'ence'], ['abli', 'able'],
  ['alli', 'al'], ['izer', 'ize'], ['ator', 'ate'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
], ([s]) => s);

function step2(): void {
  for (const [suffix, replacement] of (n > 0 && STEP2[buf[n - 1]!]) || []) {
    if (!ends(suffix)) continue;
    const at = n - suffix.length;
    if (at < p1) return;
    if (suffix === 'ogi' && !(at >= 1 && buf[at - 1] === 108)) return;
    if (suffix === 'li' && !(at >= 1 && VALID_LI.has(buf[at - 1]!))) return;
    replaceFrom(at, replacement);
    return;
  }
}

const STEP3 = byLastLetter<[string, string]>([
  ['ational', 'ate'], ['tional', 'tion'], ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'],
  ['ical', 'ic'], ['ness', ''], ['ful', ''],
], ([s]) => s);

function step3(): void {
  for (const [suffix, replacement] of (n > 0 && STEP3[buf[n - 1]!]) || []) {
    if (!ends(suffix)) continue;
    const at = n - suffix.length;
    if (at < p1 || (suffix === 'ative' && at < p2)) return;
    replaceFrom(at, replacement);
    return;
  }
}

const STEP4 = byLastLetter(['ement', 'ment', 'able', 'ance', 'ence', 'ible', 'ant', 'ate', 'ent', 'ism', 'ion', 'iti', 'ive', 'ize', 'ous', 'al', 'er', 'ic'], (s) => s);

function step4(): void {
  const s = suffixOf(STEP4);
  if (!s) return;
  const at = n - s.length;
  if (at < p2) return;
  if (s === 'ion' && !(at >= 1 && (buf[at - 1] === 115 || buf[at - 1] === 116))) return;
  n = at;
}

function step5(): void {
  const last = buf[n - 1];
  if (n < 1) return;
  const at = n - 1;
  if (last === 101) {
    if (at >= p2 || (at >= p1 && !shortSyllable(at))) n = at;
  } else if (last === 108) {
    if (at >= p2 && at >= 1 && buf[at - 1] === 108) n = at;
  }
}

/** R1 and R2: after the first non-vowel that follows a vowel, from the start and then from R1 */
function markRegions(): void {
  p1 = n;
  p2 = n;
  let i = 0;
  const prefix = R1_PREFIXES.find(startsWith);
  if (prefix) i = prefix.length;
  else {
    while (i < n && !isVowel(buf[i]!)) i++;
    if (i >= n) return;
    i++;
    while (i < n && isVowel(buf[i]!)) i++;
    if (i >= n) return;
    i++;
  }
  p1 = i;
  while (i < n && !isVowel(buf[i]!)) i++;
  if (i >= n) return;
  i++;
  while (i < n && isVowel(buf[i]!)) i++;
  if (i >= n) return;
  p2 = i + 1;
}

export function stemEnglish(word: string): string {
  const exception = word.length <= 6 ? EXCEPTIONS.get(word) : undefined;
  if (exception !== undefined) return exception || word;
  if (word.length < 3) return word;
  if (buf.length < word.length + 4) buf = new Uint16Array(word.length * 2 + 4);
  // prelude: a leading apostrophe goes; a y first or after a vowel is marked as a consonant
  const from = word.charCodeAt(0) === APOSTROPHE ? 1 : 0;
  n = word.length - from;
  changed = false;
  let yFound = false;
  let bigY = false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i + from);
    if (c === BIG_Y) bigY = true;
    if (c === Y && (i === 0 || isVowel(buf[i - 1]!))) {
      buf[i] = BIG_Y;
      yFound = true;
    } else buf[i] = c;
  }
  markRegions();

  step1a();
  if (!isInvariant()) {
    step1b();
    step1c();
    step2();
    step3();
    step4();
    step5();
  }
  // unchanged but for its end: a slice of the word (a marked y is a y again, unless the word held a Y the postlude lowers)
  if (!changed && !(yFound && bigY)) return word.slice(from, from + n);
  if (yFound) for (let k = 0; k < n; k++) if (buf[k] === BIG_Y) buf[k] = Y;
  return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
}

function isInvariant(): boolean {
  if (n < 6 || n > 7) return false;
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(buf[k]!);
  return INVARIANT.has(s);
}

/**
 * the most letters at the end of `word` that the English stem does not keep as they are: the stem
 * is the word's first (length - mostTouched) letters and then whatever the steps wrote. Found by
 * trying every step whose suffix the letters spell (and the suffixes later steps find in what
 * earlier ones wrote), whether or not its region or the letters before allow it: an upper bound,
 * 0 for most words ("…heden", "…muur"). Words of six letters or fewer are not bounded (the
 * exceptions such as skies → sky): Infinity. english-stemmer.spec.ts holds the stemmer to it.
 */
export function mostTouched(word: string): number {
  if (word.length <= 6) return Infinity;
  // every step starts on a word ending in one of these letters (s d y g l n i m r e t c)
  if (!TOUCHABLE.has(word.charCodeAt(word.length - 1))) return 0;
  const n = word.length;
  // step 1a: sses → ss, ied or ies → i or ie, s → nothing; the buffer is then word[0, q)
  let most = touchedFrom1b(word, n);
  if (word.endsWith('sses') || word.endsWith('ied') || word.endsWith('ies')) most = Math.max(most, touchedFrom1b(word, n - 2), touchedFrom1b(word, n - 1));
  else if (word.endsWith('s')) most = Math.max(most, touchedFrom1b(word, n - 1));
  return most;
}

/** steps 1b on, on the buffer word[0, q): eedly, eed → ee; ingly, edly, ing, ed off, then an e added or a double undone */
function touchedFrom1b(word: string, q: number): number {
  let most = touchedFrom1c(word, q, '');
  const candidates = q > 0 ? STEP1B_ALL[word.charCodeAt(q - 1)] : undefined;
  if (candidates === undefined) return most;
  for (let c = 0; c < candidates.length; c++) {
    const s = candidates[c]!;
    if (!spells(word, q, '', s)) continue;
    const at = q - s.length;
    if (s === 'eedly' || s === 'eed') {
      most = Math.max(most, touchedFrom1c(word, at + 2, ''));
      continue;
    }
    most = Math.max(most, touchedFrom1c(word, at, ''));
    // an e after at, bl, iz or a short syllable (whatever R1 says); one of a double undone
    const a = at >= 2 ? word.charCodeAt(at - 2) : -1;
    const b = at >= 1 ? word.charCodeAt(at - 1) : -1;
    const addsE = (a === 97 && b === 116) || (a === 98 && b === 108) || (a === 105 && b === 122) || mayBeShortSyllable(word, at);
    if (addsE) most = Math.max(most, touchedFrom1c(word, at, 'e'));
    if (a === b && DOUBLE_LETTERS.has(b)) most = Math.max(most, touchedFrom1c(word, at - 1, ''));
  }
  return most;
}

/** step 1c (a final y → i) on, on the buffer word[0, q) + written */
function touchedFrom1c(word: string, q: number, written: string): number {
  let most = touchedFrom(word, q, written, 2);
  if (written === '' && q > 0 && word.charCodeAt(q - 1) === Y) most = Math.max(most, touchedFrom(word, q - 1, 'i', 2));
  return most;
}

/** steps 2, 3 and 4 (`step`) and 5 on, on the buffer word[0, q) + written: the suffixes it spells, by its last letter */
function touchedFrom(word: string, q: number, written: string, step: 2 | 3 | 4 | 5): number {
  if (step === 5) {
    // a final e or l off
    const last = q > 0 ? word.charCodeAt(q - 1) : 0;
    return word.length - q + (written === '' && (last === 101 || last === 108) ? 1 : 0);
  }
  const next = (step + 1) as 3 | 4 | 5;
  let most = touchedFrom(word, q, written, next);
  const last = written.length > 0 ? written.charCodeAt(written.length - 1) : q > 0 ? word.charCodeAt(q - 1) : -1;
  const candidates = last < 0 ? undefined : step === 2 ? STEP2[last] : step === 3 ? STEP3[last] : STEP4_PAIRS[last];
  if (candidates === undefined) return most;
  // (indexed, not for…of over `candidates ?? []`: this runs for every new long word of a text)
  for (let c = 0; c < candidates.length; c++) {
    const [s, replacement] = candidates[c]!;
    if (!spells(word, q, written, s)) continue;
    most = Math.max(
      most,
      s.length <= written.length
        ? touchedFrom(word, q, written.slice(0, written.length - s.length) + replacement, next)
        : touchedFrom(word, q - (s.length - written.length), replacement, next),
    );
  }
  return most;
}

const TOUCHABLE = new Set('sdyglnimretc'.split('').map((c) => c.charCodeAt(0)));
const DOUBLE_LETTERS = new Set('bdfgmnprt'.split('').map((c) => c.charCodeAt(0)));

/**
 * whether word[0, end) may end in a short syllable (see shortSyllable) by its letters alone: a y
 * may have been marked as a consonant, so it counts as either
 */
function mayBeShortSyllable(word: string, end: number): boolean {
  if (end >= 3) {
    const last = word.charCodeAt(end - 1);
    return mayBeConsonant(word.charCodeAt(end - 3)) && mayBeVowel(word.charCodeAt(end - 2)) && mayBeConsonant(last) && last !== 119 && last !== 120;
  }
  return end === 2 && mayBeVowel(word.charCodeAt(0)) && mayBeConsonant(word.charCodeAt(1));
}
const mayBeVowel = (c: number) => isVowel(c) || c === Y;
const mayBeConsonant = (c: number) => !isVowel(c) || c === Y;
/** the suffixes of step 1b by their last letter (y, d, g) */
const STEP1B_ALL = byLastLetter(['eedly', 'eed', 'ingly', 'edly', 'ing', 'ed'], (s) => s);
const STEP4_PAIRS = STEP4.map((list) => list?.map((s): [string, string] => [s, '']));

/** whether word[0, q) + written ends with s (letters compared from the last: most suffixes tried differ there) */
function spells(word: string, q: number, written: string, s: string): boolean {
  const w = written.length;
  if (s.length <= w) return written.endsWith(s);
  for (let i = 1; i <= w; i++) if (s.charCodeAt(s.length - i) !== written.charCodeAt(w - i)) return false;
  const k = s.length - w;
  if (q < k) return false;
  for (let i = k - 1; i >= 0; i--) if (word.charCodeAt(q - k + i) !== s.charCodeAt(i)) return false;
  return true;
}
