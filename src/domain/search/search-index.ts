// The search index of a content pack: every criterion and programme action under the terms the
// document check would find in its texts. A word is filed under itself, its Dutch and English
// stems and, for a Dutch compound, its parts (by the matcher's own CompoundSplitter), each with the
// weight of the field it stands in. Built once per pack (contentSearchIndexFor remembers it).
import type { ContentPack, LocalisedText } from '../content/model';
import { words } from '../matcher/fold';
import { stem } from '../matcher/stemming';
import { CompoundSplitter, termOf } from '../matcher/trigger-table';
import type { Language } from '../taxonomy';
import { isStopword } from './search-stopwords';

export type SearchEntryKind = 'item' | 'action';

export interface SearchEntry {
  kind: SearchEntryKind;
  id: string;
  /** the checklist of an item */
  checklistId?: string;
}

/**
 * how much a hit weighs by where it stands: the criterion's own text (an action's title), what
 * names its product group (checklist title, group label and the group's trigger words), or the
 * explanation around it (guidance, verification, an action's description and indicator)
 */
export const FIELD_WEIGHTS = { text: 3, group: 2, detail: 1 } as const;

/**
 * what a hit on a compound's part is worth beside one on a whole word: `bureaustoelen` is about
 * chairs, though less plainly than `stoelen`; a part of a word that does not split whole into
 * words of the pack (`klinkers` ends in `kers`) less still
 */
export const PART_QUALITY = 0.8;
const PARTIAL_QUALITY = 0.6;

/** a group's weaker trigger words (`bureau` 0.3, mostly an agency) do not make its criteria a hit */
const MIN_TRIGGER_WEIGHT = 0.5;

/**
 * Keys: `t:` a Dutch or English stem of a word of four letters or more, `w:` a shorter word as
 * written (a short word is often an abbreviation, and `leden` stems to `led` but must not meet
 * `LED`), `p:` the Dutch stem of a compound's part, `s:` a short part as written (so `led` finds
 * `ledverlichting`). queryKeys gives the keys a query word is looked up by.
 */
export type Postings = Map<number, number>;

export interface ContentSearchIndex {
  entries: SearchEntry[];
  postings: Map<string, Postings>;
  /** the same for what a checklist's criteria share (its title, its group's label and triggers), by checklist */
  checklistPostings: Map<string, Postings>;
  /** the entries of each checklist, in the pack's order of checklists */
  checklistEntries: number[][];
  /** every whole word and part as written, sorted, for completing the word being typed */
  surfaces: string[];
  /** the matcher's splitter over the pack's own Dutch vocabulary and the trigger words */
  splitter: CompoundSplitter;
}

interface FieldText {
  text: string | undefined;
  language: Language;
  weight: number;
}

const localised = (text: LocalisedText | undefined, weight: number): FieldText[] =>
  text ? [{ text: text.nl, language: 'nl', weight }, { text: text.en, language: 'en', weight }] : [];


/** the words a pack's Dutch texts and triggers use: what a compound may be split into */
function dutchVocabulary(pack: ContentPack): Set<string> {
  const vocabulary = new Set<string>();
  const add = (text: string | undefined) => {
    for (const word of words(text ?? '')) if (word.length >= 3 && !isStopword(word)) vocabulary.add(word);
  };
  for (const group of pack.productGroups) {
    add(group.label.nl);
    for (const trigger of group.triggers.nl) if (termOf(trigger).weight > 0) add(termOf(trigger).term);
  }
  for (const checklist of pack.checklists) {
    add(checklist.title.nl);
    for (const item of checklist.items) {
      add(item.text.nl);
      add(item.guidance.nl);
      add(item.verification.nl);
    }
  }
  for (const action of pack.actions) {
    add(action.title.nl);
    add(action.description.nl);
    add(action.indicator.nl);
  }
  return vocabulary;
}

export function buildContentSearchIndex(pack: ContentPack): ContentSearchIndex {
  const splitter = new CompoundSplitter(dutchVocabulary(pack));
  const postings = new Map<string, Postings>();
  const surfaces = new Set<string>();
  const entries: SearchEntry[] = [];
  // a word's keys with their quality, worked out once per language: the same words recur across the pack
  const analysed: Record<Language, Map<string, [string, number][]>> = { nl: new Map(), en: new Map() };

  const keysOf = (word: string, language: Language): [string, number][] => {
    let keys = analysed[language].get(word);
    if (keys) return keys;
    keys = [];
    surfaces.add(word);
    if (word.length <= 3) keys.push([`w:${word}`, 1]);
    else for (const key of new Set([`t:${stem(word, 'nl')}`, `t:${stem(word, 'en')}`])) keys.push([key, 1]);
    // English words are no Dutch compounds ("footprint" is no "print"), as in the document check
    const parts = language === 'nl' ? splitter.split(word) : undefined;
    // a head whose first part is no word of the pack, or a first part whose rest is none, may be chance
    const whole = parts !== undefined && parts.length > 1;
    for (const part of parts ?? []) {
      const quality = whole ? PART_QUALITY : PARTIAL_QUALITY;
      const written = word.slice(part.from, part.to);
      keys.push([written.length > 3 && part.stem.length > 3 ? `p:${part.stem}` : `s:${written}`, quality]);
      surfaces.add(written);
    }
    analysed[language].set(word, keys);
    return keys;
  };

  /** files the words of fields under a target (an entry, or a checklist for what all its criteria share) */
  const file = (into: Map<string, Postings>, target: number, fields: FieldText[]) => {
    // the best score of each key for this target first, so that a word repeated in its texts is filed once
    const best = new Map<string, number>();
    for (const { text, language, weight } of fields) {
      for (const word of new Set(words(text ?? ''))) {
        if (isStopword(word)) continue;
        for (const [key, quality] of keysOf(word, language)) {
          const score = weight * quality;
          if ((best.get(key) ?? 0) < score) best.set(key, score);
        }
      }
    }
    for (const [key, score] of best) {
      let list = into.get(key);
      if (!list) into.set(key, (list = new Map()));
      list.set(target, score);
    }
  };

  const groups = new Map(pack.productGroups.map((g) => [g.id as string, g]));
  const groupFields = (id: string | undefined, withTriggers: boolean): FieldText[] => {
    const group = id === undefined ? undefined : groups.get(id);
    if (!group) return [];
    const triggers = withTriggers
      ? (['nl', 'en'] as const).flatMap((language) =>
          group.triggers[language]
            .map(termOf)
            .filter((t) => t.weight >= MIN_TRIGGER_WEIGHT)
            .map((t): FieldText => ({ text: t.term, language, weight: FIELD_WEIGHTS.group })),
        )
      : [];
    return [...localised(group.label, FIELD_WEIGHTS.group), ...triggers];
  };

  const checklistPostings = new Map<string, Postings>();
  const checklistEntries: number[][] = [];
  for (const [c, checklist] of pack.checklists.entries()) {
    // what every criterion of the checklist shares is filed once, under the checklist
    file(checklistPostings, c, [...localised(checklist.title, FIELD_WEIGHTS.group), ...groupFields(checklist.productGroup, true)]);
    const members: number[] = [];
    checklistEntries.push(members);
    for (const item of checklist.items) {
      const entry = entries.push({ kind: 'item', id: item.id, checklistId: checklist.id }) - 1;
      members.push(entry);
      file(postings, entry, [
        ...localised(item.text, FIELD_WEIGHTS.text),
        ...localised(item.guidance, FIELD_WEIGHTS.detail),
        ...localised(item.verification, FIELD_WEIGHTS.detail),
      ]);
    }
  }
  for (const action of pack.actions) {
    const entry = entries.push({ kind: 'action', id: action.id }) - 1;
    // an action names its groups, but their trigger words would make one action a hit for most searches
    file(postings, entry, [
      ...localised(action.title, FIELD_WEIGHTS.text),
      ...action.productGroups.flatMap((g) => groupFields(g, false)),
      ...localised(action.description, FIELD_WEIGHTS.detail),
      ...localised(action.indicator, FIELD_WEIGHTS.detail),
    ]);
  }
  return { entries, postings, checklistPostings, checklistEntries, surfaces: [...surfaces].sort(), splitter };
}

const indexes = new WeakMap<ContentPack, ContentSearchIndex>();

/** the pack's index, built on first use and kept while the pack lives */
export function contentSearchIndexFor(pack: ContentPack): ContentSearchIndex {
  let index = indexes.get(pack);
  if (!index) indexes.set(pack, (index = buildContentSearchIndex(pack)));
  return index;
}

/**
 * the keys a query word is looked up by: a short word as written, whole or as a part; a longer one
 * by its stems in both languages, and as a part by its Dutch stem when that stem is long enough to
 * say something ("leden" stems to "led", which must not meet the "led" of "ledverlichting")
 */
export function queryKeys(word: string): string[] {
  if (word.length <= 3) return [`w:${word}`, `s:${word}`];
  const nl = stem(word, 'nl');
  const keys = [`t:${nl}`, `t:${stem(word, 'en')}`, `s:${word}`];
  if (nl.length > 3) keys.push(`p:${nl}`);
  return keys;
}
