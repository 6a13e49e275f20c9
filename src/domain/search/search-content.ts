// Searching the criteria and programme actions of a pack for what someone types, in Dutch or
// English, with the document check's own analysis: folded, stemmed in both languages, and split
// into compound parts, so "bureaustoelen" finds the office chairs and "ledverlichting" the LED
// luminaires. Every word of the query must be found; hits in a criterion's own text and in its
// product group's trigger words rank above hits in its guidance (docs/search.md).
import { words } from '../matcher/fold';
import { SEARCH_CONCEPTS } from './search-concepts';
import { queryKeys, type ContentSearchIndex, type Postings, type SearchEntryKind } from './search-index';
import { isStopword } from './search-stopwords';

export { buildContentSearchIndex, contentSearchIndexFor, type ContentSearchIndex } from './search-index';

export interface SearchHit {
  kind: SearchEntryKind;
  id: string;
  /** the checklist of an item */
  checklistId?: string;
  score: number;
}

/** one way to meet a part of the query: all of its words, each found somewhere in the entry */
interface Reading {
  words: string[];
  quality: number;
}

/** what one word (or one concept's name) of the query asks for: any one of its readings */
interface Slot {
  readings: Reading[];
  /** the word being typed: it may be completed when it is no word of the pack yet */
  typing: boolean;
}

/** a compound typed whole whose parts are found apart ("ledverlichting": LED … verlichting) */
const SPLIT_QUALITY = 0.9;
/** only the compound's head is known ("elementenverharding" → verharding) */
const HEAD_QUALITY = 0.6;
/** a word completed from what is typed so far, or found inside a longer word */
const COMPLETION_QUALITY = 0.8;
const INFIX_QUALITY = 0.6;
/** a criterion that asks for what a concept's name means, without the name */
const CONCEPT_QUALITY = 0.7;
/** how many words of the pack a half-typed word may stand for */
const MAX_COMPLETIONS = 50;
const MIN_INFIX = 5;

function keep(into: Postings, entry: number, value: number): void {
  if ((into.get(entry) ?? 0) < value) into.set(entry, value);
}

/** adds the entries filed under a key, the criteria of the checklists filed under it included */
function merge(index: ContentSearchIndex, into: Postings, key: string, quality = 1): void {
  const entries = index.postings.get(key);
  if (entries) for (const [entry, score] of entries) keep(into, entry, score * quality);
  const checklists = index.checklistPostings.get(key);
  if (checklists) for (const [checklist, score] of checklists) for (const entry of index.checklistEntries[checklist]!) keep(into, entry, score * quality);
}

/** the entries that hold a word, by its stems in both languages and as a compound's part */
function lookUp(index: ContentSearchIndex, word: string, typing: boolean): Postings {
  const found: Postings = new Map();
  for (const key of queryKeys(word)) merge(index, found, key);
  if (found.size > 0) return found;
  // no word of the pack: the start of one being typed, or a piece of a compound the splitter leaves whole
  const { surfaces } = index;
  if (typing) {
    let n = 0;
    for (let i = firstAtLeast(surfaces, word); i < surfaces.length && surfaces[i]!.startsWith(word) && n < MAX_COMPLETIONS; i++, n++) {
      for (const key of queryKeys(surfaces[i]!)) merge(index, found, key, COMPLETION_QUALITY);
    }
  }
  if (found.size === 0 && word.length >= MIN_INFIX) {
    let n = 0;
    for (const surface of surfaces) {
      if (n >= MAX_COMPLETIONS) break;
      if (surface.length <= word.length || !surface.includes(word)) continue;
      n++;
      for (const key of queryKeys(surface)) merge(index, found, key, INFIX_QUALITY);
    }
  }
  return found;
}

/** the first position in a sorted list whose string is not below `value` */
function firstAtLeast(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * a query word's readings: itself, and its parts when the pack's vocabulary splits it whole; its
 * head alone only when the word itself is nowhere in the pack ("klinkers" is no kind of "kers")
 */
function wordSlot(index: ContentSearchIndex, word: string, typing: boolean, memo: Map<string, Postings>): Slot {
  const readings: Reading[] = [{ words: [word], quality: 1 }];
  const parts = index.splitter.split(word);
  if (parts && parts.length > 1) readings.push({ words: parts.map((p) => word.slice(p.from, p.to)), quality: SPLIT_QUALITY });
  else if (parts?.length === 1 && !parts[0]!.partial && lookUpOnce(index, word, typing, memo).size === 0) {
    readings.push({ words: [word.slice(parts[0]!.from)], quality: HEAD_QUALITY });
  }
  return { readings, typing };
}

function lookUpOnce(index: ContentSearchIndex, word: string, typing: boolean, memo: Map<string, Postings>): Postings {
  const key = `${typing ? 1 : 0}${word}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = lookUp(index, word, typing)));
  return found;
}

const conceptNames = SEARCH_CONCEPTS.flatMap((concept) => concept.names.map((name) => ({ concept, name: words(name) })));
const contentWords = (text: string) => words(text).filter((w) => !isStopword(w));

/** what the query asks for, slot by slot */
function readQuery(index: ContentSearchIndex, query: string, memo: Map<string, Postings>): Slot[] {
  const all = words(query);
  const slots: Slot[] = [];
  for (let i = 0; i < all.length; ) {
    const named = conceptNames.find(({ name }) => name.every((w, k) => all[i + k] === w));
    if (named) {
      const literal = named.name.filter((w) => !isStopword(w));
      slots.push({
        readings: [
          { words: [...new Set(literal)], quality: 1 },
          ...named.concept.means.map((meaning) => ({ words: contentWords(meaning), quality: CONCEPT_QUALITY })),
        ],
        typing: false,
      });
      i += named.name.length;
      continue;
    }
    const word = all[i]!;
    const last = i === all.length - 1;
    i++;
    if (word.length < 2 || isStopword(word)) continue;
    slots.push(wordSlot(index, word, last, memo));
  }
  return slots;
}

/**
 * the entries that meet a slot, with the best score of any reading. The words of a reading count
 * by how rare they are in the pack (the usual inverse document frequency), so for "ledverlichting"
 * a criterion that names LED in its text ranks above one that only speaks of lighting.
 */
function slotScores(index: ContentSearchIndex, slot: Slot, memo: Map<string, Postings>): Postings {
  const scores: Postings = new Map();
  const total = index.entries.length;
  for (const reading of slot.readings) {
    let met: Postings | undefined;
    let weights = 0;
    for (const word of reading.words) {
      const found = lookUpOnce(index, word, slot.typing, memo);
      if (found.size === 0) {
        met = undefined;
        break;
      }
      const rarity = reading.words.length === 1 ? 1 : Math.log(1 + total / found.size);
      weights += rarity;
      if (!met) {
        met = new Map();
        for (const [entry, score] of found) met.set(entry, score * rarity);
      } else {
        for (const [entry, score] of met) {
          const other = found.get(entry);
          if (other === undefined) met.delete(entry);
          else met.set(entry, score + other * rarity);
        }
      }
      if (met.size === 0) break;
    }
    if (!met) continue;
    for (const [entry, sum] of met) keep(scores, entry, (sum / weights) * reading.quality);
  }
  return scores;
}

/** criteria and actions that meet every word of the query, best first (ties in the pack's order) */
export function searchContent(index: ContentSearchIndex, query: string, limit = 25): SearchHit[] {
  const memo = new Map<string, Postings>();
  const slots = readQuery(index, query, memo);
  if (slots.length === 0) return [];
  let total: Postings | undefined;
  for (const slot of slots) {
    const scores = slotScores(index, slot, memo);
    if (!total) total = scores;
    else for (const [entry, score] of total) {
      const more = scores.get(entry);
      if (more === undefined) total.delete(entry);
      else total.set(entry, score + more);
    }
    if (total.size === 0) return [];
  }
  return [...total!]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([entry, score]) => {
      const { kind, id, checklistId } = index.entries[entry]!;
      return { kind, id, ...(checklistId === undefined ? {} : { checklistId }), score: Math.round(score * 100) / 100 };
    });
}
