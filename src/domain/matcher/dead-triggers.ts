// Triggers that can never count, found with the matcher's own keys (triggerStems) and rules, so that
// the pack's validator refuses a word a municipality adds to no effect. A table keeps at most one
// hit per target and position, the first entry in the pack's order (findHits), so a trigger that
// stems like an earlier one of the same target in the same table is never a hit; a phrase that
// opens with an earlier phrase's stems neither. The tables are those of buildMatcherIndex: a
// group's triggers and places together, and each list of cues of the document types on its own.
import type { ContentPack, Trigger, TriggersPerLanguage } from '../content/model';
import { LANGUAGES, type Language } from '../taxonomy';
import { dutchVocabulary, verbStemOf } from './matcher-index';
import { termOf, triggerStems } from './trigger-table';

export type TriggerPath = (string | number)[];

export interface DeadTrigger {
  file: 'product-groups.yaml' | 'document-types.yaml';
  /** where it stands, e.g. ['productGroups', 12, 'triggers', 'nl', 7] */
  path: TriggerPath;
  term: string;
  weight: number;
  /**
   * why it never counts: `stems-alike` (it stems like `first`), `opens-alike` (a phrase that opens
   * with `first`'s stems), `verb-weight` (it stems like `first` and is listed for its verb forms,
   * which count as `first`, so its own weight never counts), `party-phrase` (a sought party is one word)
   */
  reason: 'stems-alike' | 'opens-alike' | 'verb-weight' | 'party-phrase';
  /** the earlier trigger that counts in its place */
  first?: { path: TriggerPath; term: string; weight: number };
}

interface Listed {
  path: TriggerPath;
  term: string;
  weight: number;
  stems: string[];
  list: readonly Trigger[];
  index: number;
  place: boolean;
}

const NONE: TriggersPerLanguage = { nl: [], en: [] };

/** every trigger of the pack's stem-keyed tables that can never count, in the pack's order */
export function findDeadTriggers(pack: Pick<ContentPack, 'productGroups' | 'documentTypes'>): DeadTrigger[] {
  const dead: DeadTrigger[] = [];
  // a verb's other forms count through the first of its infinitives the Dutch vocabulary lists (verbStemOf)
  const verbListing = new Map<string, { list: readonly Trigger[]; index: number }>();
  for (const list of dutchVocabulary(pack)) {
    list.forEach((trigger, index) => {
      const verb = verbStemOf(termOf(trigger).term);
      if (verb !== undefined && !verbListing.has(verb)) verbListing.set(verb, { list, index });
    });
  }
  const listsVerb = (e: Listed) => {
    const verb = verbStemOf(e.term);
    const listing = verb === undefined ? undefined : verbListing.get(verb);
    return listing?.list === e.list && listing.index === e.index;
  };
  const listed = (path: TriggerPath, triggers: TriggersPerLanguage, language: Language, place = false): Listed[] =>
    triggers[language].map((trigger, index) => ({ ...termOf(trigger), stems: triggerStems(termOf(trigger).term, language), path: [...path, language, index], list: triggers[language], index, place }));

  // one target's entries of one table and language, in the table's order (findHits)
  const firstWins = (file: DeadTrigger['file'], entries: Listed[], language: Language, heaviestPart: boolean, placeOf?: (e: Listed) => boolean) => {
    entries.forEach((e, j) => {
      if (e.stems.length === 0) return;
      const earlier = entries.slice(0, j).filter((s) => (e.stems.length === 1 ? s.stems.length === 1 && s.stems[0] === e.stems[0] : s.stems.length >= 2 && s.stems.length <= e.stems.length && s.stems.every((x, k) => x === e.stems[k])));
      const first = earlier[0];
      if (!first) return;
      // a group counts a compound's heaviest part: a heavier Dutch word counts there (findHits' heaviestPart)
      if (heaviestPart && language === 'nl' && e.stems.length === 1 && earlier.every((s) => s.weight < e.weight)) return;
      // a place named as a trigger too makes that trigger's hits count as a place's (withoutIdlePlaces)
      if (placeOf?.(e)) return;
      const shown = { path: first.path, term: first.term, weight: first.weight };
      if (e.stems.length === 1 && listsVerb(e)) {
        if (e.weight !== first.weight) dead.push({ file, path: e.path, term: e.term, weight: e.weight, reason: 'verb-weight', first: shown });
        return;
      }
      dead.push({ file, path: e.path, term: e.term, weight: e.weight, reason: e.stems.length === first.stems.length ? 'stems-alike' : 'opens-alike', first: shown });
    });
  };

  pack.productGroups.forEach((group, i) => {
    const at: TriggerPath = ['productGroups', i];
    for (const language of LANGUAGES) {
      const triggers = listed([...at, 'triggers'], group.triggers, language);
      const places = listed([...at, 'places'], group.places ?? NONE, language, true);
      const triggerTerms = new Set(LANGUAGES.flatMap((l) => group.triggers[l].map((t) => termOf(t).term)));
      firstWins('product-groups.yaml', [...triggers, ...places], language, true, (e) => e.place && triggerTerms.has(e.term));
    }
  });
  for (const key of ['cues', 'openingCues', 'selfNames', 'headingCues'] as const) {
    pack.documentTypes.forEach((type, i) => {
      for (const language of LANGUAGES) firstWins('document-types.yaml', listed(['documentTypes', i, key], type[key] ?? NONE, language), language, false);
    });
  }
  // a party sought is one word, and the first of its stem counts, whatever its type (findSoughtParties)
  for (const language of LANGUAGES) {
    const firstOf = new Map<string, Listed>();
    pack.documentTypes.forEach((type, i) => {
      for (const e of listed(['documentTypes', i, 'soughtParties'], type.soughtParties ?? NONE, language)) {
        if (e.stems.length === 0) continue;
        if (e.stems.length > 1) {
          dead.push({ file: 'document-types.yaml', path: e.path, term: e.term, weight: e.weight, reason: 'party-phrase' });
          continue;
        }
        const first = firstOf.get(e.stems[0]!);
        if (first) dead.push({ file: 'document-types.yaml', path: e.path, term: e.term, weight: e.weight, reason: 'stems-alike', first: { path: first.path, term: first.term, weight: first.weight } });
        else firstOf.set(e.stems[0]!, e);
      }
    });
  }
  return dead;
}
