// The Dutch Snowball stemmer (the original "dutch" algorithm, as the nlp.js port implements it),
// written over character codes: the port rebuilds the word's string at every step and looks each
// character up in a table during its prelude, which made stemming most of a long text's matching
// time. stemming.spec.ts proves it gives the port's stems for every word we know and random ones.

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;
const Y = 121;
const J = 106;
const BIG_I = 73;
const BIG_Y = 89;
const E_GRAVE = 232;
const S = 115;

/** the port's vowels: a e i o u y è */
const VOWELS = new Uint8Array(256);
for (const c of [A, E, I, O, U, Y, E_GRAVE]) VOWELS[c] = 1;
function isVowel(c: number): boolean {
  return c < 256 && VOWELS[c] === 1;
}

/** áä → a, éë → e, íï → i, óö → o, úü → u; other characters as they are */
function unaccented(c: number): number {
  if (c < 0xe1) return c;
  switch (c) {
    case 0xe1: case 0xe4: return A;
    case 0xe9: case 0xeb: return E;
    case 0xed: case 0xef: return I;
    case 0xf3: case 0xf6: return O;
    case 0xfa: case 0xfc: return U;
    default: return c;
  }
}

/** the word being stemmed, as codes; grown when a longer word comes */
let buf = new Uint16Array(64);

/** whether buf[0, n) ends with `s` */
function ends(n: number, s: string): boolean {
  const k = s.length;
  if (n < k) return false;
  // from the last letter: most words differ there
  for (let i = k - 1; i >= 0; i--) if (buf[n - k + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** a non-vowel stands at position i (which exists) */
function consonantAt(i: number): boolean {
  return i >= 0 && !isVowel(buf[i]!);
}

/** undouble: a final dd, kk or tt loses a letter; returns the new length */
function undouble(n: number): number {
  if (n >= 2 && buf[n - 1] === buf[n - 2] && (ends(n, 'dd') || ends(n, 'kk') || ends(n, 'tt'))) return n - 1;
  return n;
}

/** en ending of [start, n): in R1, after a non-vowel that does not end "gem"; deleted and undoubled */
function enEnding(n: number, start: number, p1: number): number {
  if (start < p1 || !consonantAt(start - 1) || ends(start, 'gem')) return n;
  return undouble(start);
}

/** whether buf[0, n) has an e ending: a final e in R1 after a non-vowel (deleted, then undoubled) */
function eEnding(n: number, p1: number): boolean {
  return n >= 1 && buf[n - 1] === E && n - 1 >= p1 && consonantAt(n - 2);
}

/** a letter the prelude marked, as the postlude gives it back */
function lowered(c: number): number {
  return c === BIG_I ? I : c === BIG_Y ? Y : c;
}

export function stemDutch(word: string): string {
  const length = word.length;
  if (buf.length < length + 4) buf = new Uint16Array(length * 2 + 4);
  // prelude: accents off, then i between vowels and y after a vowel (or first) marked as consonants
  // (one pass: position k - 1 is marked once k is unaccented, as the port's left-to-right scan does)
  let changed = false;
  for (let k = 0; k < length; k++) {
    const c = word.charCodeAt(k);
    const u = unaccented(c);
    // an I or Y in the word comes out in lower case (the postlude lowers every one)
    if (u !== c || c === BIG_I || c === BIG_Y) changed = true;
    buf[k] = u;
    if (k === 0) {
      if (u === Y) buf[0] = BIG_Y;
    } else if (k >= 2 && isVowel(buf[k - 2]!)) {
      const middle = buf[k - 1];
      if (middle === I && isVowel(u)) buf[k - 1] = BIG_I;
      else if (middle === Y) buf[k - 1] = BIG_Y;
    }
  }
  if (length >= 2 && isVowel(buf[length - 2]!) && buf[length - 1] === Y) buf[length - 1] = BIG_Y;

  // regions: p1 after the first non-vowel that follows a vowel (at least 3), p2 likewise after p1
  let p1 = length;
  let p2 = length;
  let i = 0;
  while (i < length && !isVowel(buf[i]!)) i++;
  if (i < length) {
    i++;
    while (i < length && isVowel(buf[i]!)) i++;
    if (i < length) {
      p1 = Math.max(i + 1, 3);
      i++;
      while (i < length && !isVowel(buf[i]!)) i++;
      if (i < length) {
        i++;
        while (i < length && isVowel(buf[i]!)) i++;
        if (i < length) p2 = i + 1;
      }
    }
  }

  let n = length;
  /** a letter within the last two of the stem differs from the word's (heden → heid, step 4) */
  let tailChanged = false;
  // step 1: heden → heid; en, ene after a valid ending; s, se after a non-vowel other than j
  if (ends(n, 'heden')) {
    if (n - 5 >= p1) {
      buf[n - 3] = I;
      buf[n - 2] = 'd'.charCodeAt(0);
      n -= 1;
      tailChanged = true;
    }
  } else if (ends(n, 'ene')) n = enEnding(n, n - 3, p1);
  else if (ends(n, 'en')) n = enEnding(n, n - 2, p1);
  else if (ends(n, 'se')) {
    if (n - 2 >= p1 && n - 3 >= 0 && !isVowel(buf[n - 3]!) && buf[n - 3] !== J) n -= 2;
  } else if (ends(n, 's')) {
    if (n - 1 >= p1 && n - 2 >= 0 && !isVowel(buf[n - 2]!) && buf[n - 2] !== J) n -= 1;
  }

  // step 2: a final e in R1 after a non-vowel
  const eFound = eEnding(n, p1);
  if (eFound) n = undouble(n - 1);

  // step 3a: heid in R2, not after c; then an en ending before it
  if (ends(n, 'heid') && n - 4 >= p2 && !(n - 5 >= 0 && buf[n - 5] === 'c'.charCodeAt(0))) {
    n -= 4;
    if (ends(n, 'en')) n = enEnding(n, n - 2, p1);
  }

  // step 3b: end ing, ig, lijk, baar, bar in R2
  if (ends(n, 'end') || ends(n, 'ing')) {
    if (n - 3 >= p2) {
      n -= 3;
      if (ends(n, 'ig') && n - 2 >= p2 && !(n - 3 >= 0 && buf[n - 3] === E)) n -= 2;
      else n = undouble(n);
    }
  } else if (ends(n, 'ig')) {
    if (n - 2 >= p2 && !(n - 3 >= 0 && buf[n - 3] === E)) n -= 2;
  } else if (ends(n, 'lijk')) {
    if (n - 4 >= p2) {
      n -= 4;
      if (eEnding(n, p1)) n = undouble(n - 1);
    }
  } else if (ends(n, 'baar')) {
    if (n - 4 >= p2) n -= 4;
  } else if (ends(n, 'bar')) {
    if (n - 3 >= p2 && eFound) n -= 3;
  }

  // step 4: a double vowel before a final non-vowel (not I) after a non-vowel loses one
  if (n >= 4) {
    const last = buf[n - 1]!;
    const v = buf[n - 2]!;
    if (last !== BIG_I && !isVowel(last) && v === buf[n - 3] && (v === A || v === E || v === O || v === U) && !isVowel(buf[n - 4]!)) {
      buf[n - 2] = last;
      n -= 1;
      tailChanged = true;
    }
  }

  if (!changed) {
    // only letters marked by the prelude differ from the word: the postlude lowers them again
    if (!tailChanged) return n === length ? word : word.slice(0, n);
    // all but the last two letters are the word's (a change is made at most two from the end)
    return word.slice(0, n - 2) + String.fromCharCode(lowered(buf[n - 2]!), lowered(buf[n - 1]!));
  }
  for (let k = 0; k < n; k++) {
    const c = buf[k]!;
    if (c === BIG_I) buf[k] = I;
    else if (c === BIG_Y) buf[k] = Y;
  }
  return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
}

/** whether word[q] is the s of a plural the Snowball steps leave: after e, or after the au of -eau */
export function endsAsPlural(word: string, q: number): boolean {
  if (word.charCodeAt(q) !== S) return false;
  const before = word.charCodeAt(q - 1);
  return before === E || (before === U && word.charCodeAt(q - 2) === A);
}

/**
 * how often stemming.ts stems a stem in -es or -aus again without its s: twice, for a plural whose
 * singular's own stem ends in -es ("syntheses" → "synthese" → "synthes" → "synth")
 */
export const PLURAL_ROUNDS = 2;

/**
 * the most letters the Dutch stem (with stemming.ts's undoubling and plural rounds) can take off
 * the end of the plain word word[from, end): the longest chain of the suffixes its steps remove that the letters
 * there spell (step 1 heden, ene, en, se, s; step 2 e; step 3a heid and en before it; step 3b end,
 * ing, ig, lijk, baar, bar and what goes after them; a d, k or t undoubled where a step does), plus
 * two for step 4 and the final undoubling. Whether a region or the letter before allows a step is
 * not asked: an upper bound, much tighter than MAX_STEM_SHRINK for most endings ("…heden" 7,
 * "…muur" 2). dutch-stemmer.spec.ts holds the stemmer to it.
 */
export function mostStripped(word: string, from: number, end: number, rounds = PLURAL_ROUNDS): number {
  // every suffix ends in one of d e g k n r s: most words end otherwise, and lose no more than two
  const last = end > from ? word.charCodeAt(end - 1) : 0;
  if (last !== 110 && last !== 101 && last !== 115 && last !== 100 && last !== 103 && last !== 107 && last !== 114) return 2;
  const most = stripStep1(word, from, end) + 2;
  return rounds === 0 ? most : Math.max(most, pluralStripped(word, from, end, most, rounds));
}

/**
 * the plural rounds of stemming.ts: a stem in -es or -aus is stemmed again without its s. That s
 * is the word's letter at some q (the stem keeps the word's letters, but step 4 may take an e
 * before it: "vlees" → "vles"), at most `most` letters from the end, and what is stemmed again is
 * the word's letters before q (or before q - 1, the e step 4 took).
 */
function pluralStripped(word: string, from: number, end: number, most: number, rounds: number): number {
  let plural = 0;
  for (let q = end - 1; q >= from + 1 && q >= end - most - 1; q--) {
    if (!endsAsPlural(word, q) || (word.charCodeAt(q - 1) !== E && q - 2 < from)) continue;
    plural = Math.max(plural, end - q + mostStripped(word, from, q, rounds - 1));
    if (q - 2 >= from && word.charCodeAt(q - 2) === E) plural = Math.max(plural, end - q + 1 + mostStripped(word, from, q - 1, rounds - 1));
  }
  return plural;
}

/** whether word[from, end) ends with s */
function endsAt(word: string, from: number, end: number, s: string): boolean {
  return end - s.length >= from && word.startsWith(s, end - s.length);
}

/** a dd, kk or tt ends word[from, end): undouble takes a letter off */
function undoublesAt(word: string, from: number, end: number): boolean {
  if (end - 2 < from) return false;
  const c = word.charCodeAt(end - 1);
  return (c === 100 || c === 107 || c === 116) && word.charCodeAt(end - 2) === c;
}

/** an en ending (step 1 or 3a) of 2 letters and perhaps an undoubled letter, then `next` */
function enThen(word: string, from: number, end: number, next: (word: string, from: number, end: number) => number): number {
  let most = 2 + next(word, from, end - 2);
  if (undoublesAt(word, from, end - 2)) most = Math.max(most, 3 + next(word, from, end - 3));
  return most;
}

// Each step's suffixes are tried only where the stretch's last letter is theirs (heden and en end
// in n; ene, se and e in e; s; heid and end in d; ing and ig in g; lijk in k; baar and bar in r):
// the same chains as trying each, for every new word of a text at a fraction of the cost.
const N = 110;
const D = 100;
const G = 103;
const K = 107;
const R = 114;

/** the last letter of word[from, end), or 0 */
const lastOf = (word: string, from: number, end: number) => (end > from ? word.charCodeAt(end - 1) : 0);

function stripStep1(word: string, from: number, end: number): number {
  let most = stripStep2(word, from, end);
  const last = lastOf(word, from, end);
  if (last === N) {
    if (endsAt(word, from, end, 'heden')) {
      // heden becomes heid (a letter less), which step 3a may take off whole, with an en before it
      most = Math.max(most, 1, 5 + stripStep3b(word, from, end - 5));
      if (endsAt(word, from, end - 5, 'en')) most = Math.max(most, 5 + enThen(word, from, end - 5, stripStep3b));
      return most;
    }
    if (endsAt(word, from, end, 'en')) most = Math.max(most, enThen(word, from, end, stripStep2));
  } else if (last === E) {
    if (endsAt(word, from, end, 'ene')) most = Math.max(most, 1 + enThen(word, from, end - 1, stripStep2));
    if (endsAt(word, from, end, 'se')) most = Math.max(most, 2 + stripStep2(word, from, end - 2));
  } else if (last === S) most = Math.max(most, 1 + stripStep2(word, from, end - 1));
  return most;
}

function stripStep2(word: string, from: number, end: number): number {
  let most = stripStep3a(word, from, end);
  if (lastOf(word, from, end) === E) {
    most = Math.max(most, 1 + stripStep3a(word, from, end - 1));
    if (undoublesAt(word, from, end - 1)) most = Math.max(most, 2 + stripStep3a(word, from, end - 2));
  }
  return most;
}

function stripStep3a(word: string, from: number, end: number): number {
  let most = stripStep3b(word, from, end);
  if (lastOf(word, from, end) === D && endsAt(word, from, end, 'heid')) {
    most = Math.max(most, 4 + stripStep3b(word, from, end - 4));
    if (endsAt(word, from, end - 4, 'en')) most = Math.max(most, 4 + enThen(word, from, end - 4, stripStep3b));
  }
  return most;
}

function stripStep3b(word: string, from: number, end: number): number {
  const last = lastOf(word, from, end);
  if (last === D || last === G) {
    let most = 0;
    if (endsAt(word, from, end, 'end') || endsAt(word, from, end, 'ing')) {
      most = 3;
      if (endsAt(word, from, end - 3, 'ig')) most = 5;
      else if (undoublesAt(word, from, end - 3)) most = 4;
    }
    if (last === G && endsAt(word, from, end, 'ig')) most = Math.max(most, 2);
    return most;
  }
  if (last === K && endsAt(word, from, end, 'lijk')) return endsAt(word, from, end - 4, 'e') ? (undoublesAt(word, from, end - 5) ? 6 : 5) : 4;
  if (last === R) return endsAt(word, from, end, 'baar') ? 4 : endsAt(word, from, end, 'bar') ? 3 : 0;
  return 0;
}
