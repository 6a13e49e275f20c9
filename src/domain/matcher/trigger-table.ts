// A table of weighted triggers (words and phrases, Dutch and English) that point to targets:
// product groups or document types. It finds their hits in a tokenised text, including the heads
// and parts of Dutch compound words.
import type { Trigger, TriggersPerLanguage } from '../content/model';
import { LANGUAGES, type Language } from '../taxonomy';
import { CodeTrie } from './code-trie';
import { COMMON_COMPOUND_PARTS } from './dutch-compound-parts';
import { mostStripped } from './dutch-stemmer';
import { words, type Token } from './fold';
import { stem } from './stemming';
import { StretchMap } from './stretch-map';

export interface TriggerEntry<T extends string> {
  target: T;
  /** the trigger as written in the pack, for explanations */
  term: string;
  weight: number;
  /** stems of the trigger's words; more than one for a phrase */
  stems: string[];
}

export interface Hit<T extends string> {
  entry: TriggerEntry<T>;
  /** the evidence this hit gives: the trigger's weight, less for a part of an unsplit compound */
  weight: number;
  start: number;
  end: number;
  kind: 'word' | 'phrase';
  /** where findHits found it: the index of its token (a phrase's first) in the tokens it was given */
  token?: number;
}

/** the stems of one document word in both languages and, for a Dutch compound, its parts */
export interface WordAnalysis {
  /**
   * the folded word: a pass over every word of a text reads it here, from the text's few distinct
   * analyses, rather than from each of its thousands of tokens
   */
  word: string;
  nl: string;
  en: string;
  /** false when no table can have a hit here: most words of a text, skipped at once */
  triggers: boolean;
  /** Dutch compound parts as [from, to) within the folded word, with their Dutch stems */
  parts?: CompoundPart[];
  /** the last text whose distinct words analyseTokens listed with this one (see MatcherIndex.visits) */
  visit?: number;
  /**
   * which of its index's tables (TriggerTable.bit) can have a hit here: as a word or a phrase's
   * first (`wordTables`), or through a compound part (`partTables`). Set with `triggers`, once per
   * distinct word, so that findHits skips a repeated word at once in a table it cannot hit
   */
  wordTables?: number;
  partTables?: number;
  /** per table (by the place of its bit) where wordTables has it, the table's lists for the word's stems: looked up once per distinct word */
  lookups?: (TableLookup<string> | undefined)[];
  /** the split steps its parts cost, when the splitter was asked for them (0 for a verb form: see analyseWord) */
  splitSteps?: number;
  /** the CompoundBudget that was last charged those steps */
  charged?: number;
}

export interface CompoundPart {
  from: number;
  to: number;
  stem: string;
  /** a known first part of a word whose rest is unknown: weaker evidence */
  partial?: boolean;
}

/** shortest compound head that counts, and shortest first part */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** a first part counts without a known rest only when it is this long, and then weighs less */
const MIN_PARTIAL = 5;
const PARTIAL_WEIGHT = 0.6;
const LINKERS = ['', 's', 'e', 'en'];

export interface TriggerTable<T extends string> {
  /** single-word triggers by stem, per language */
  words: Record<Language, Map<string, TriggerEntry<T>[]>>;
  /**
   * phrases by the stem of their first word and then their second, per language, in the order
   * given: a common word opens dozens of phrases ("de" some fifty), which findHits then tries only
   * where the next word's stem is their second
   */
  phrases: Record<Language, Map<string, Map<string, TriggerEntry<T>[]>>>;
  /** this table's bit in WordAnalysis.wordTables and partTables, when its index sets them */
  bit?: number;
}

/** a table's phrases (by their first word, then their second) and words for one word's Dutch and English stems */
export interface TableLookup<T extends string> {
  phrasesNl: Map<string, TriggerEntry<T>[]> | undefined;
  phrasesEn: Map<string, TriggerEntry<T>[]> | undefined;
  wordsNl: TriggerEntry<T>[] | undefined;
  wordsEn: TriggerEntry<T>[] | undefined;
}

/** the place of a table's bit: its slot in WordAnalysis.lookups */
const slotOf = (bit: number) => 31 - Math.clz32(bit);

/** one stem's lists in every table, by the place of the table's bit: one look-up per stem for all of them */
export interface StemInTables {
  words: (TriggerEntry<string>[] | undefined)[];
  phrases: (Map<string, TriggerEntry<string>[]> | undefined)[];
  /** the bits of the tables whose words have this stem */
  wordBits: number;
}

/** every stem of the tables' words and phrases' first words in a language, with its lists in each table (each table with its bit) */
export function stemsInTables(tables: readonly TriggerTable<string>[], language: Language): Map<string, StemInTables> {
  const stems = new Map<string, StemInTables>();
  const of = (stem: string) => {
    let found = stems.get(stem);
    if (!found) stems.set(stem, (found = { words: [], phrases: [], wordBits: 0 }));
    return found;
  };
  for (const table of tables) {
    const slot = slotOf(table.bit!);
    for (const [stem, list] of table.words[language]) {
      const found = of(stem);
      found.words[slot] = list;
      found.wordBits |= table.bit!;
    }
    for (const [stem, bySecond] of table.phrases[language]) of(stem).phrases[slot] = bySecond;
  }
  return stems;
}

/**
 * which tables can have a hit on a word as analysed: bits of `tables` for the word itself and for
 * its parts, and the lists of the tables it can hit as a word (findHits reads them per token)
 */
export function tablesHit(tables: readonly TriggerTable<string>[], stems: Record<Language, Map<string, StemInTables>>, analysis: WordAnalysis): Pick<WordAnalysis, 'wordTables' | 'partTables' | 'lookups'> {
  let wordTables = 0;
  let partTables = 0;
  const lookups: (TableLookup<string> | undefined)[] = [];
  const nl = stems.nl.get(analysis.nl);
  const en = stems.en.get(analysis.en);
  for (const table of tables) {
    const slot = slotOf(table.bit!);
    const phrasesNl = nl?.phrases[slot];
    const phrasesEn = en?.phrases[slot];
    const wordsNl = nl?.words[slot];
    const wordsEn = en?.words[slot];
    if (phrasesNl || phrasesEn || wordsNl || wordsEn) {
      wordTables |= table.bit!;
      lookups[slot] = { phrasesNl, phrasesEn, wordsNl, wordsEn };
    }
  }
  for (const part of analysis.parts ?? []) partTables |= stems.nl.get(part.stem)?.wordBits ?? 0;
  return { wordTables, partTables, lookups };
}

export function termOf(trigger: Trigger): { term: string; weight: number } {
  return typeof trigger === 'string' ? { term: trigger, weight: 1 } : trigger;
}

/** what a table keys a trigger by: the stems of its folded words (more than one for a phrase; none for a trigger of no letter or digit) */
export function triggerStems(term: string, language: Language): string[] {
  return words(term).map((w) => stem(w, language));
}

export function buildTriggerTable<T extends string>(sources: { target: T; triggers: TriggersPerLanguage }[]): TriggerTable<T> {
  const table: TriggerTable<T> = {
    words: { nl: new Map(), en: new Map() },
    phrases: { nl: new Map(), en: new Map() },
  };
  const push = <K>(map: Map<K, TriggerEntry<T>[]>, key: K, entry: TriggerEntry<T>) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const { target, triggers } of sources) {
    for (const language of LANGUAGES) {
      for (const trigger of triggers[language]) {
        const { term, weight } = termOf(trigger);
        const stems = triggerStems(term, language);
        if (stems.length === 0) continue;
        const entry: TriggerEntry<T> = { target, term, weight, stems };
        if (stems.length === 1) {
          push(table.words[language], stems[0]!, entry);
          continue;
        }
        const phrases = table.phrases[language];
        let bySecond = phrases.get(stems[0]!);
        if (!bySecond) phrases.set(stems[0]!, (bySecond = new Map()));
        push(bySecond, stems[1]!, entry);
      }
    }
  }
  return table;
}

/**
 * The longest word whose parts are analysed. Real Dutch compounds in municipal texts stay well
 * below it (the labelled sets' longest word has 29 letters; "arbeidsongeschiktheidsverzekering"
 * has 33, "meerjarenonderhoudsplanning" 27), while the work of splitting grows with the cube of a
 * word's length: a longer word is matched whole (stems and direct triggers only), never split.
 */
export const MAX_COMPOUND_LETTERS = 44;

/**
 * a text's allowance of split steps (see CompoundSplitter.steps): a base that no short text comes
 * near (the labelled texts use at most 345) and a share per character. Real text uses far less per
 * character: the 50-page bench tender 0.02, all labelled texts run together (4,644 distinct words)
 * 0.15. A text made to be expensive (long made-up compounds of short known parts) reaches it, and
 * its later words are matched whole, so splitting costs no long text more than a fifth of a step
 * per character, whatever it holds.
 */
export const COMPOUND_BUDGET = { base: 10_000, perChar: 0.2 } as const;

let budgets = 0;

/** what one text may spend on splitting compounds, and whether it ran out */
export class CompoundBudget {
  /** tells budgets apart, so a cached word's steps are charged once per text */
  readonly id = ++budgets;
  used = 0;
  /** a word was left unsplit because the budget was spent */
  cutShort = false;
  readonly limit: number;

  constructor(textLength: number, limit = COMPOUND_BUDGET.base + Math.ceil(COMPOUND_BUDGET.perChar * textLength)) {
    this.limit = limit;
  }

  get spent(): boolean {
    return this.used >= this.limit;
  }
}

/** a full split of the letters [from, to) of the word being split; null when there is none */
type ModifierSplit = CompoundPart[] | null;

/**
 * Splits Dutch compounds into parts against a vocabulary. Dutch compounds are head-final, so the
 * longest known final part is the head and counts on its own ("elementenverharding" → verharding);
 * a first part counts only when the whole word splits into known parts ("groenonderhoud" → groen +
 * onderhoud), which keeps chance substrings out.
 *
 * The split of each stretch of a word is remembered while that word is split, so a word costs at
 * most a polynomial number of steps in its length (without it, a word of many short known parts
 * took exponential time), and words longer than MAX_COMPOUND_LETTERS are not split at all.
 */
export class CompoundSplitter {
  private readonly knownSurface: Set<string>;
  private readonly knownStems: Set<string>;
  /** the first three letters of every known word and stem: most suffixes fail this cheap test */
  private readonly openings: Set<string>;
  /** the Dutch stem of each known word */
  private readonly surfaceStems: Map<string, string>;
  /**
   * what is known of stretches of letters (parts and heads), remembered across words: the same
   * heads and parts recur in the compounds of a text ("…verharding"). One look-up tells a known
   * word, its stem and whether that stem is known. Bounded: past STEM_CACHE_LIMIT it starts afresh
   * from the known words.
   */
  private readonly stretches = new StretchMap<Stretch>();
  /** the known stems as a trie of character codes, to tell how far a head's opening follows one */
  private readonly stemTrie: CodeTrie;
  /** the known words as a trie of character codes, for the longest known first part */
  private readonly surfaceTrie: CodeTrie;
  /** the same openings of three letters a–z, by letterTriple: a test without a string or a hash */
  private readonly letterOpenings = new Uint8Array(26 * 26 * 26);
  /** the word being split: its stretches' splits and known stems (tables reused from word to word) */
  private readonly splits = new StretchTable<ModifierSplit>();
  private readonly partStems = new StretchTable<Stretch>();
  /** per end of the word being split, the most letters its stem can take off there (strippedAt) */
  private readonly stripped = new StretchTable<number>();
  /** whether the word being split is plain (isPlain): only then does mayStemToKnown hold */
  private plain = true;
  /** split steps taken so far (candidate parts considered), for budgets and tests */
  steps = 0;

  /** `memo: false` splits without remembering stretches: the reference the memoised splitter is tested against */
  constructor(
    triggerWords: Iterable<string>,
    private readonly options: { memo?: boolean; maxLetters?: number } = {},
  ) {
    this.knownSurface = new Set([...triggerWords, ...COMMON_COMPOUND_PARTS]);
    this.surfaceStems = new Map([...this.knownSurface].map((w) => [w, stem(w, 'nl')]));
    this.knownStems = new Set(this.surfaceStems.values());
    this.rememberKnownWords();
    this.stemTrie = new CodeTrie(this.knownStems);
    this.surfaceTrie = new CodeTrie(this.knownSurface);
    this.openings = new Set([...this.knownSurface, ...this.knownStems].map((w) => w.slice(0, 3)));
    for (const opening of this.openings) {
      const triple = opening.length === 3 ? letterTriple(opening, 0) : -1;
      if (triple >= 0) this.letterOpenings[triple] = 1;
    }
  }

  /** whether the three letters of `word` from `at` open a known word or stem, as openings.has(word.slice(at, at + 3)) */
  private opens(word: string, at: number): boolean {
    const triple = at + 3 <= word.length ? letterTriple(word, at) : -1;
    return triple >= 0 ? this.letterOpenings[triple] === 1 : this.openings.has(word.slice(at, at + 3));
  }

  /**
   * the Dutch stem of the letters [from, to) of `word` (at least three) when they are a known word
   * or a form of one, else undefined. A stretch's stem is remembered while the word is split
   * (several stretches share a core); the step is counted each time as when it was stemmed anew.
   */
  private knownStem(word: string, from: number, to: number, stems: StretchTable<Stretch>): string | undefined {
    // every known word's opening is in `openings`, so a stretch that fails it is not known either
    if (!this.opens(word, from)) return undefined;
    const key = from * (word.length + 1) + to;
    let stretch = stems.get(key);
    if (stretch === undefined) {
      // a stretch that cannot stem to a known stem is no known word either: no string is made of it
      stretch = this.plain && !this.mayStemToKnown(word, from, to) ? UNKNOWN : this.stretchOf(word, from, to);
      if (stretch.surface) return stretch.stem;
      stems.set(key, stretch);
    }
    this.steps++; // stemming is most of a split's cost
    return stretch.known ? stretch.stem : undefined;
  }

  /**
   * a full split of the letters [from, to) of `word` into known words, allowing linking letters;
   * null if none. Tries the stretch whole first, then split points from the left, as before the
   * memo: the memo changes how often a stretch is split, never which split is found.
   */
  private splitModifier(word: string, from: number, to: number, memo: StretchTable<ModifierSplit> | undefined, stems: StretchTable<Stretch>): ModifierSplit {
    const key = from * (word.length + 1) + to;
    const known = memo?.get(key);
    if (known !== undefined) return known;
    this.steps++;
    let found: ModifierSplit = null;
    for (const linker of LINKERS) {
      const end = to - linker.length;
      if (linker && !word.startsWith(linker, end)) continue;
      const known = end - from >= MIN_MODIFIER ? this.knownStem(word, from, end, stems) : undefined;
      if (known !== undefined) {
        found = [{ from, to: end, stem: known }];
        break;
      }
    }
    for (let i = from + MIN_MODIFIER; !found && i <= to - MIN_MODIFIER; i++) {
      this.steps++;
      if (!this.opens(word, i)) continue;
      const last = this.splitModifier(word, i, to, memo, stems);
      if (!last) continue;
      const first = this.splitModifier(word, from, i, memo, stems);
      if (first) found = [...first, ...last];
    }
    memo?.set(key, found);
    return found;
  }

  /**
   * whether the Dutch stem of the plain word's letters [at, to) can be a known stem. Such a stem
   * keeps all but its last two letters from the stretch, and the Snowball steps take at most
   * mostStripped letters off its end, so a stretch longer than its longest opening shared with a
   * known stem plus two plus that cannot stem to one: it is not stemmed at all (the heads and
   * parts of a long made-up compound were most of its cost). A known word stems to a known stem,
   * so such a stretch is no known word either.
   */
  private mayStemToKnown(word: string, at: number, to: number): boolean {
    let node = 0;
    let depth = 0;
    while (at + depth < to && (node = this.stemTrie.child(node, word.charCodeAt(at + depth))) !== 0) depth++;
    return to - at <= depth + 2 + this.strippedAt(word, to);
  }

  /** mostStripped(word, 0, end), once per end of the word being split */
  private strippedAt(word: string, end: number): number {
    let most = this.stripped.get(end);
    if (most === undefined) this.stripped.set(end, (most = mostStripped(word, 0, end)));
    return most;
  }

  /** what is known of the part or head word[from, to) (see stretches); a string is made of it only when it is new */
  private stretchOf(word: string, from: number, to: number): Stretch {
    let stretch = this.stretches.get(word, from, to);
    if (stretch === undefined) {
      const s = word.slice(from, to);
      const stemmed = stem(s, 'nl');
      stretch = { stem: stemmed, known: this.knownStems.has(stemmed), surface: false };
      if (this.stretches.size >= STEM_CACHE_LIMIT) {
        this.stretches.clear();
        this.rememberKnownWords();
      }
      this.stretches.set(s, stretch);
    }
    return stretch;
  }

  private rememberKnownWords(): void {
    for (const [word, stemmed] of this.surfaceStems) this.stretches.set(word, { stem: stemmed, known: true, surface: true });
  }

  /** whether split() looks for parts of this word at all */
  canSplit(word: string): boolean {
    return word.length >= MIN_MODIFIER + MIN_HEAD && word.length <= (this.options.maxLetters ?? MAX_COMPOUND_LETTERS) && !hasDigit(word);
  }

  /** the parts of a word; undefined when it has no known head or first part, or is too long to split */
  split(word: string): CompoundPart[] | undefined {
    if (!this.canSplit(word)) return undefined;
    const size = (word.length + 1) * (word.length + 1);
    const memo = this.options.memo === false ? undefined : this.splits.reset(size);
    const stems = this.partStems.reset(size);
    this.stripped.reset(word.length + 1);
    this.plain = isPlain(word);
    for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
      this.steps++;
      if (!this.opens(word, i)) continue;
      this.steps++;
      // neither a known stem nor a known word (see mayStemToKnown): not even a string is made of it
      if (this.plain && !this.mayStemToKnown(word, i, word.length)) continue;
      const stretch = this.stretchOf(word, i, word.length);
      if (!stretch.known) continue;
      const headPart = { from: i, to: word.length, stem: stretch.stem };
      const modifiers = this.splitModifier(word, 0, i, memo, stems);
      if (!modifiers) return [headPart];
      return [...modifiers, ...this.acrossHead(word, i, memo, stems), headPart];
    }
    // no known head: a long known first part still says something ("asfaltplateaus"); the longest
    // is found in one walk down the known words' trie, its steps counted as when each length was tried
    const last = word.length - MIN_MODIFIER;
    if (last < MIN_PARTIAL) return undefined;
    const known = this.longestKnownOpening(word, last);
    this.steps += last - Math.max(known, MIN_PARTIAL) + 1;
    if (known < MIN_PARTIAL) return undefined;
    const part = word.slice(0, known);
    return [{ from: 0, to: known, stem: this.surfaceStems.get(part)!, partial: true }];
  }

  /**
   * the longest head can be two known words, the first of which belongs with the word before it:
   * "groenbeheerplan" is groen + beheerplan (a plan's cue) and also groenbeheer + plan. Where a
   * shorter known head leaves a start that splits fully, that split's parts across the longer
   * head's start (groenbeheer) are parts too, so a group word is not hidden by a head from another
   * table; a table that counts a compound's first part (document types) still meets the head.
   */
  private acrossHead(word: string, head: number, memo: StretchTable<ModifierSplit> | undefined, stems: StretchTable<Stretch>): CompoundPart[] {
    for (let j = head + MIN_MODIFIER; j <= word.length - MIN_HEAD; j++) {
      this.steps++;
      if (!this.opens(word, j)) continue;
      if (this.plain && !this.mayStemToKnown(word, j, word.length)) continue;
      if (!this.stretchOf(word, j, word.length).known) continue;
      const start = this.splitModifier(word, 0, j, memo, stems);
      return start ? start.filter((part) => part.from < head && part.to > head) : [];
    }
    return [];
  }

  /** the length of the longest known word that opens `word`, at most `most` letters; 0 if none */
  private longestKnownOpening(word: string, most: number): number {
    let node = 0;
    let longest = 0;
    for (let i = 0; i < most; i++) {
      node = this.surfaceTrie.child(node, word.charCodeAt(i));
      if (node === 0) break;
      if (this.surfaceTrie.endsWord(node)) longest = i + 1;
    }
    return longest;
  }
}

/**
 * something per stretch [from, to) of the word being split, at from * (length + 1) + to: arrays
 * reused for every word (no map per word), a stamp telling this word's entries from older ones
 */
class StretchTable<T> {
  private values: (T | undefined)[] = [];
  private stamps = new Uint32Array(0);
  private stamp = 0;

  /** forgets every entry; `size` is the number of keys the next word needs */
  reset(size: number): this {
    if (size > this.stamps.length) {
      this.stamps = new Uint32Array(size);
      this.values = new Array<T | undefined>(size);
      this.stamp = 0;
    }
    if (++this.stamp > 0xfffffffe) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this;
  }

  get(key: number): T | undefined {
    return this.stamps[key] === this.stamp ? this.values[key] : undefined;
  }

  set(key: number, value: T): void {
    this.stamps[key] = this.stamp;
    this.values[key] = value;
  }
}

/** a stretch of letters as the splitter sees it: its Dutch stem, whether that is a known stem, whether the stretch is a known word */
interface Stretch {
  readonly stem: string;
  readonly known: boolean;
  readonly surface: boolean;
}

/** a stretch that cannot stem to a known stem */
const UNKNOWN: Stretch = { stem: '', known: false, surface: false };

/** the most part and head stems a splitter remembers */
const STEM_CACHE_LIMIT = 50_000;

/** whether a word holds a digit 0-9 (as /\d/ tests, without a regular expression per word) */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * the most letters the Dutch stem (dutch-stemmer.ts with stemming.ts's undoubling) takes off a
 * word: step 1 "ene" and an undoubling (4), step 2 "e" and an undoubling (2), step 3a "heid", "en"
 * and an undoubling (7), step 3b "lijk", "e" and an undoubling (6), step 4 a vowel (1) and the
 * final undoubling (1), 21 in all; each of stemming.ts's two plural rounds takes an s (and an e
 * step 4 took before it) and stems again, up to 2 + 21 more. The specs hold the stemmer to it.
 */
export const MAX_STEM_SHRINK = 21 + 2 * (2 + 21);

/**
 * a word of which the Dutch stem changes no letter but its last two: it has no accent the
 * stemmer's prelude takes off and no capital I or Y its postlude lowers (true of every folded word)
 */
export function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 73 || c === 89 || (c >= 0xe1 && c <= 0xfc)) return false;
  }
  return true;
}

/** three letters a–z from `at` as one number below 26³, or -1 when one is another character (then the opening is looked up as a string) */
function letterTriple(s: string, at: number): number {
  const a = s.charCodeAt(at) - 97;
  const b = s.charCodeAt(at + 1) - 97;
  const c = s.charCodeAt(at + 2) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? (a * 26 + b) * 26 + c : -1;
}

/**
 * finds all hits of a table in a tokenised text, at most one per target and position. Phrases
 * are tried first, so an idiom blocker (a phrase of weight 0) claims its position before the word
 * it starts with can count. Dutch compound parts are used only when `compounds` is true (a Dutch
 * text: English words such as "footprint" are no compounds). With `heaviestPart` a compound counts
 * its heaviest part for a target, once (for groups: "verlichtingsarmaturen" is an armatuur, 1, more
 * than a verlichting, 0.4); without it its first (document types: the heaviest part gave more
 * compounds a tender's weight and lost document types on three tuning sets). A part of weight 0
 * (a look-alike) keeps its claim either way.
 */
export function findHits<T extends string>(
  table: TriggerTable<T>,
  tokens: readonly Token[],
  analyses: readonly WordAnalysis[],
  compounds = true,
  heaviestPart = false,
): Hit<T>[] {
  // this runs for every word of every text on every keystroke pause: plain loops, no
  // allocation for the many words that match nothing
  const { nl: wordsNl, en: wordsEn } = table.words;
  const { nl: phrasesNl, en: phrasesEn } = table.phrases;
  const hits: Hit<T>[] = [];
  // the targets hit at the current token: hits[here…]
  let here = 0;
  const add = (entry: TriggerEntry<T>, weight: number, start: number, end: number, kind: Hit<T>['kind'], token: number) => {
    for (let k = here; k < hits.length; k++) if (hits[k]!.entry.target === entry.target) return;
    hits.push({ entry, weight, start, end, kind, token });
  };
  // the phrases opened at token i whose second stem is the next token's, in the table's order
  const phrases = (bySecond: Map<string, TriggerEntry<T>[]>, i: number, language: 'nl' | 'en') => {
    if (i + 1 >= tokens.length) return;
    const list = bySecond.get(analyses[i + 1]![language]);
    if (!list) return;
    for (const entry of list) {
      const n = entry.stems.length;
      if (i + n > tokens.length) continue;
      let same = true;
      for (let k = 2; k < n && same; k++) same = analyses[i + k]![language] === entry.stems[k];
      if (same) add(entry, entry.weight, tokens[i]!.start, tokens[i + n - 1]!.end, 'phrase', i);
    }
  };
  const bit = table.bit;
  const slot = bit === undefined ? -1 : slotOf(bit);
  for (let i = 0; i < tokens.length; i++) {
    const analysis = analyses[i]!;
    if (!analysis.triggers) continue;
    let pn: Map<string, TriggerEntry<T>[]> | undefined, pe: Map<string, TriggerEntry<T>[]> | undefined, wn: TriggerEntry<T>[] | undefined, we: TriggerEntry<T>[] | undefined;
    if (bit !== undefined && analysis.wordTables !== undefined) {
      if (!(analysis.wordTables & bit) && !(compounds && analysis.partTables! & bit)) continue;
      const found = analysis.lookups![slot] as TableLookup<T> | undefined;
      if (found) ({ phrasesNl: pn, phrasesEn: pe, wordsNl: wn, wordsEn: we } = found);
    } else {
      pn = phrasesNl.get(analysis.nl);
      pe = phrasesEn.get(analysis.en);
      wn = wordsNl.get(analysis.nl);
      we = wordsEn.get(analysis.en);
    }
    const parts = compounds ? analysis.parts : undefined;
    if (!pn && !pe && !wn && !we && !parts) continue;
    const token = tokens[i]!;
    here = hits.length;
    if (pn) phrases(pn, i, 'nl');
    if (pe) phrases(pe, i, 'en');
    if (wn) for (const entry of wn) add(entry, entry.weight, token.start, token.end, 'word', i);
    if (we) for (const entry of we) add(entry, entry.weight, token.start, token.end, 'word', i);
    if (hits.length > here || !parts) continue;
    // a compound part; offsets within the token hold when folding kept its length
    const exact = token.end - token.start === token.word.length;
    const first = hits.length;
    for (const part of parts) {
      for (const entry of wordsNl.get(part.stem) ?? []) {
        const start = exact ? token.start + part.from : token.start;
        const end = exact ? token.start + part.to : token.end;
        const weight = part.partial ? entry.weight * PARTIAL_WEIGHT : entry.weight;
        let k = first;
        while (k < hits.length && hits[k]!.entry.target !== entry.target) k++;
        if (k === hits.length) add(entry, weight, start, end, 'word', i);
        else if (heaviestPart && hits[k]!.weight > 0 && weight > hits[k]!.weight) hits[k] = { entry, weight, start, end, kind: 'word', token: i };
      }
    }
  }
  return hits;
}
