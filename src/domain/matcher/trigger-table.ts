// A table of weighted triggers (words and phrases, Dutch and English) that point to targets:
// product groups or document types. It finds their hits in a tokenised text, including the heads
// and parts of Dutch compound words.
import type { Trigger, TriggersPerLanguage } from '../content/model';
import { LANGUAGES, type Language } from '../taxonomy';
import { COMMON_COMPOUND_PARTS } from './dutch-compound-parts';
import { words, type Token } from './fold';
import { stem } from './stemming';

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
}

/** the stems of one document word in both languages and, for a Dutch compound, its parts */
export interface WordAnalysis {
  nl: string;
  en: string;
  /** false when no table can have a hit here: most words of a text, skipped at once */
  triggers: boolean;
  /** Dutch compound parts as [from, to) within the folded word, with their Dutch stems */
  parts?: CompoundPart[];
  /** the last matchDocument call that visited this word: distinct words are visited once */
  visit?: number;
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
  /** phrases by the stem of their first word, per language */
  phrases: Record<Language, Map<string, TriggerEntry<T>[]>>;
}

function termOf(trigger: Trigger): { term: string; weight: number } {
  return typeof trigger === 'string' ? { term: trigger, weight: 1 } : trigger;
}

export function buildTriggerTable<T extends string>(sources: { target: T; triggers: TriggersPerLanguage }[]): TriggerTable<T> {
  const table: TriggerTable<T> = {
    words: { nl: new Map(), en: new Map() },
    phrases: { nl: new Map(), en: new Map() },
  };
  for (const { target, triggers } of sources) {
    for (const language of LANGUAGES) {
      for (const trigger of triggers[language]) {
        const { term, weight } = termOf(trigger);
        const stems = words(term).map((w) => stem(w, language));
        if (stems.length === 0) continue;
        const entry: TriggerEntry<T> = { target, term, weight, stems };
        const map = stems.length === 1 ? table.words[language] : table.phrases[language];
        const list = map.get(stems[0]!) ?? [];
        list.push(entry);
        map.set(stems[0]!, list);
      }
    }
  }
  return table;
}

/**
 * Splits Dutch compounds into parts against a vocabulary. Dutch compounds are head-final, so the
 * longest known final part is the head and counts on its own ("elementenverharding" → verharding);
 * a first part counts only when the whole word splits into known parts ("groenonderhoud" → groen +
 * onderhoud), which keeps chance substrings out.
 */
export class CompoundSplitter {
  private readonly knownSurface: Set<string>;
  private readonly knownStems: Set<string>;
  /** the first three letters of every known word and stem: most suffixes fail this cheap test */
  private readonly openings: Set<string>;

  constructor(triggerWords: Iterable<string>) {
    this.knownSurface = new Set([...triggerWords, ...COMMON_COMPOUND_PARTS]);
    this.knownStems = new Set([...this.knownSurface].map((w) => stem(w, 'nl')));
    this.openings = new Set([...this.knownSurface, ...this.knownStems].map((w) => w.slice(0, 3)));
  }

  private isKnown(part: string): boolean {
    return this.knownSurface.has(part) || (this.openings.has(part.slice(0, 3)) && this.knownStems.has(stem(part, 'nl')));
  }

  /** a full split of a first part into known words, allowing linking letters; undefined if none */
  private splitModifier(part: string, offset: number): CompoundPart[] | undefined {
    for (const linker of LINKERS) {
      if (linker && !part.endsWith(linker)) continue;
      const core = part.slice(0, part.length - linker.length);
      if (core.length >= MIN_MODIFIER && this.isKnown(core)) return [{ from: offset, to: offset + core.length, stem: stem(core, 'nl') }];
    }
    for (let i = MIN_MODIFIER; i <= part.length - MIN_MODIFIER; i++) {
      if (!this.openings.has(part.slice(i, i + 3))) continue;
      const last = this.splitModifier(part.slice(i), offset + i);
      if (!last) continue;
      const first = this.splitModifier(part.slice(0, i), offset);
      if (first) return [...first, ...last];
    }
    return undefined;
  }

  split(word: string): CompoundPart[] | undefined {
    if (word.length < MIN_MODIFIER + MIN_HEAD || /\d/.test(word)) return undefined;
    for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
      if (!this.openings.has(word.slice(i, i + 3))) continue;
      const head = word.slice(i);
      const headStem = stem(head, 'nl');
      if (!this.knownStems.has(headStem) && !this.knownSurface.has(head)) continue;
      const headPart = { from: i, to: word.length, stem: headStem };
      const modifiers = this.splitModifier(word.slice(0, i), 0);
      return modifiers ? [...modifiers, headPart] : [headPart];
    }
    // no known head: a long known first part still says something ("asfaltplateaus")
    for (let i = word.length - MIN_MODIFIER; i >= MIN_PARTIAL; i--) {
      const part = word.slice(0, i);
      if (this.knownSurface.has(part)) return [{ from: 0, to: i, stem: stem(part, 'nl'), partial: true }];
    }
    return undefined;
  }
}

/**
 * finds all hits of a table in a tokenised text, at most one per target and position. Phrases
 * are tried first, so an idiom blocker (a phrase of weight 0) claims its position before the word
 * it starts with can count. Dutch compound parts are used only when `compounds` is true (a Dutch
 * text: English words such as "footprint" are no compounds).
 */
export function findHits<T extends string>(
  table: TriggerTable<T>,
  tokens: readonly Token[],
  analyses: readonly WordAnalysis[],
  compounds = true,
): Hit<T>[] {
  // this runs for every word of every text on every keystroke pause: plain loops, no
  // allocation for the many words that match nothing
  const { nl: wordsNl, en: wordsEn } = table.words;
  const { nl: phrasesNl, en: phrasesEn } = table.phrases;
  const hits: Hit<T>[] = [];
  const targetsHere: T[] = [];
  const add = (entry: TriggerEntry<T>, weight: number, start: number, end: number, kind: Hit<T>['kind']) => {
    if (targetsHere.includes(entry.target)) return;
    targetsHere.push(entry.target);
    hits.push({ entry, weight, start, end, kind });
  };
  const phrases = (list: TriggerEntry<T>[] | undefined, i: number, language: 'nl' | 'en') => {
    if (!list) return;
    for (const entry of list) {
      const n = entry.stems.length;
      if (i + n > tokens.length) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = analyses[i + k]![language] === entry.stems[k];
      if (same) add(entry, entry.weight, tokens[i]!.start, tokens[i + n - 1]!.end, 'phrase');
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const analysis = analyses[i]!;
    if (!analysis.triggers) continue;
    const pn = phrasesNl.get(analysis.nl);
    const pe = phrasesEn.get(analysis.en);
    const wn = wordsNl.get(analysis.nl);
    const we = wordsEn.get(analysis.en);
    const parts = compounds ? analysis.parts : undefined;
    if (!pn && !pe && !wn && !we && !parts) continue;
    const token = tokens[i]!;
    targetsHere.length = 0;
    phrases(pn, i, 'nl');
    phrases(pe, i, 'en');
    for (const entry of wn ?? []) add(entry, entry.weight, token.start, token.end, 'word');
    for (const entry of we ?? []) add(entry, entry.weight, token.start, token.end, 'word');
    if (targetsHere.length > 0 || !parts) continue;
    // a compound part; offsets within the token hold when folding kept its length
    const exact = token.end - token.start === token.word.length;
    for (const part of parts) {
      for (const entry of wordsNl.get(part.stem) ?? []) {
        const start = exact ? token.start + part.from : token.start;
        const end = exact ? token.start + part.to : token.end;
        add(entry, part.partial ? entry.weight * PARTIAL_WEIGHT : entry.weight, start, end, 'word');
      }
    }
  }
  return hits;
}
