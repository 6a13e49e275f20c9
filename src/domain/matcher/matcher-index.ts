// Everything the matcher precomputes from a content pack: the trigger tables, the compound
// vocabulary, CPV prefixes and the words of each checklist item and action. Built once per pack.
import type { Checklist, ChecklistItem, ContentPack, ProgrammeAction, Trigger, TriggersPerLanguage } from '../content/model';
import { LANGUAGES, type DocumentType, type Language, type ProductGroupId } from '../taxonomy';
import { words, type Token } from './fold';
import { verbFormStems } from './dutch-verb-forms';
import { mostStripped } from './dutch-stemmer';
import { mostTouched } from './english-stemmer';
import { StemOpenings } from './stem-openings';
import { stem } from './stemming';
import { buildTriggerTable, CompoundBudget, CompoundSplitter, isPlain, stemsInTables, tablesHit, termOf, type StemInTables, type TriggerTable, type WordAnalysis } from './trigger-table';

/** words too common to say anything about what an item is about */
const STOPWORDS = new Set(
  (
    'de het een en van in op te voor met aan bij door om of als is zijn wordt worden dat die dit deze er ' +
    'niet naar ook uit tot over na dan nog wel meer zo al kan moet hun haar zich je we wij u ze the a an ' +
    'and of to in for with on by at is are be as or from that this which it its not can must should into'
  ).split(' '),
);

export interface IndexedItem {
  item: ChecklistItem;
  checklist: Checklist;
  /** Dutch and English stems of the item's text and guidance, for ranking within a checklist */
  stems: Set<string>;
}

export interface IndexedAction {
  action: ProgrammeAction;
  stems: Set<string>;
}

export interface MatcherIndex {
  pack: ContentPack;
  groups: TriggerTable<ProductGroupId>;
  /** per group, the terms that name a place (product-groups.yaml `places`): they count only with work */
  placeTerms: Map<ProductGroupId, Set<string>>;
  /** the folded names of towns that read as a group's words (product-groups.yaml `towns`), with those groups */
  towns: Map<string, Set<ProductGroupId>>;
  /** the groups that have such towns: only their hits are looked at */
  townGroups: Set<ProductGroupId>;
  documentTypes: TriggerTable<DocumentType>;
  /** cues that count only at the very start of a text (document-types.yaml `openingCues`) */
  documentOpenings: TriggerTable<DocumentType>;
  /** cues that count only at the start of a one-line title (document-types.yaml `titleCues`, title-form.ts) */
  documentTitles: TriggerTable<DocumentType>;
  /** section headings a text opens with, before a colon (document-types.yaml `headingCues`) */
  documentHeadings: TriggerTable<DocumentType>;
  /** parties sought after a verb of seeking (document-types.yaml `soughtParties`, seeks-a-party.ts) */
  documentParties: TriggerTable<DocumentType>;
  /** genre nouns a text names itself by after a self-reference (document-types.yaml `selfNames`, names-its-genre.ts) */
  documentSelfNames: TriggerTable<DocumentType>;
  /** per type, the terms of its cues that speak of the genre in general (document-types.yaml `generalCues`) */
  documentGeneralCues: Map<DocumentType, Set<string>>;
  /** the six tables, each with its bit (TriggerTable.bit) in WordAnalysis.wordTables and partTables */
  tables: readonly TriggerTable<string>[];
  /**
   * every stem that starts a hit in one of the tables (a word or a phrase's first), per language,
   * with its lists in each table: a new word's stems are looked up once for all six
   */
  stemTables: Record<Language, Map<string, StemInTables>>;
  /** every Dutch stem of a single-word trigger of the tables: such a word is no compound */
  dutchWordStems: Set<string>;
  /**
   * the openings of every stem a word's Dutch stem is compared with (the tables' words and phrases,
   * the ranking vocabulary): a word whose opening none of them shares needs no Dutch stem (dutchStemOf)
   */
  comparedNl: StemOpenings;
  /** the same for a word's English stem (englishStemOf) */
  comparedEn: StemOpenings;
  /** Dutch stems of the verbs the vocabulary lists by their infinitive, for their other forms */
  verbStems: Set<string>;
  /** their first three letters: most words fail this cheap test before any verb form is tried */
  verbOpenings: Set<string>;
  /** the same stems as a trie, for the sharper test of mayBeVerbForm */
  verbTrie: VerbTrieNode;
  splitter: CompoundSplitter;
  /** CPV prefixes, longest first, so the first that fits is the most specific */
  cpv: { prefix: string; group: ProductGroupId }[];
  itemsByGroup: Map<ProductGroupId, IndexedItem[]>;
  /** practice checklists that fit a document type whatever its product group */
  itemsByDocumentType: Map<DocumentType, IndexedItem[]>;
  actions: IndexedAction[];
  /** every stem of an item or action, so a document's words are looked up only against these */
  rankingVocabulary: Set<string>;
  /** analyses of document words, kept between calls: the same words recur while someone types */
  analyses: Map<string, WordAnalysis>;
  /** counts the texts whose distinct words analyseTokens listed (WordAnalysis.visit) */
  visits: number;
}

const ANALYSIS_CACHE_LIMIT = 200_000;

/** a pack word's distinct stems, and the last call of stemsOf that added them to its set */
interface CachedStems {
  stems: readonly string[];
  seenBy: number;
}

/**
 * the stems of texts, through a cache: an item's words recur across the pack, so each word is
 * looked up once per occurrence and its stems are added once per call (a stop word or a short one
 * has none). Every stem it gives is added to `vocabulary` as well.
 */
function stemmerOf(vocabulary: Set<string>) {
  const cache = new Map<string, CachedStems>();
  let calls = 0;
  return (...texts: string[]): Set<string> => {
    const call = ++calls;
    const set = new Set<string>();
    for (const text of texts) {
      for (const word of words(text)) {
        let cached = cache.get(word);
        if (!cached) {
          const stems = STOPWORDS.has(word) || word.length < 3 ? [] : LANGUAGES.map((language) => stem(word, language));
          cache.set(word, (cached = { stems: [...new Set(stems)], seenBy: 0 }));
          for (const s of cached.stems) vocabulary.add(s);
        }
        if (cached.seenBy === call) continue;
        cached.seenBy = call;
        for (const s of cached.stems) set.add(s);
      }
    }
    return set;
  };
}

/** trailing zeros of a CPV code only pad the hierarchy: 34928500 is the class 349285 */
const cpvPrefix = (code: string) => code.replace(/0+$/, '').padEnd(2, '0');

const termText = (t: Trigger) => termOf(t).term;
const NONE: TriggersPerLanguage = { nl: [], en: [] };

/**
 * the Dutch trigger lists whose words the compound splitter knows and whose infinitives are verbs
 * (see verbStemOf), in this order
 */
export function dutchVocabulary(pack: Pick<ContentPack, 'productGroups' | 'documentTypes'>): Trigger[][] {
  return [
    ...pack.productGroups.flatMap((g) => [g.triggers.nl, g.places?.nl ?? []]),
    // not the title cues: a word the splitter knows changes how compounds split for every table
    // (camerabeveiliging would give ict-hardware its camera), and a title cue names no product
    ...pack.documentTypes.flatMap((d) => [d.cues.nl, d.openingCues?.nl ?? []]),
  ];
}

/**
 * the Dutch stem of a verb a trigger of dutchVocabulary lists by its infinitive, else undefined: a
 * single-word trigger ending in -en is an infinitive (slopen, renoveren, gunnen), and other forms
 * of the verb count as it (see analyseWord)
 */
export function verbStemOf(term: string): string | undefined {
  const w = words(term);
  return w.length === 1 && w[0]!.length > 4 && w[0]!.endsWith('en') ? stem(w[0]!, 'nl') : undefined;
}

/** `splitter` options are for tests that compare the memoised splitter with its reference */
export function buildMatcherIndex(pack: ContentPack, options: { splitter?: ConstructorParameters<typeof CompoundSplitter>[1] } = {}): MatcherIndex {
  const groups = buildTriggerTable(
    pack.productGroups.flatMap((g) => [
      { target: g.id, triggers: g.triggers },
      { target: g.id, triggers: g.places ?? NONE },
    ]),
  );
  const placeTerms = new Map(pack.productGroups.map((g) => [g.id, new Set(LANGUAGES.flatMap((l) => (g.places ?? NONE)[l].map(termText)))]));
  const towns = new Map<string, Set<ProductGroupId>>();
  for (const g of pack.productGroups) {
    for (const name of g.towns ?? []) for (const word of words(name)) towns.set(word, (towns.get(word) ?? new Set()).add(g.id));
  }
  const documentTypes = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.cues })));
  const documentOpenings = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.openingCues ?? NONE })));
  const documentTitles = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.titleCues ?? NONE })));
  const documentParties = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.soughtParties ?? NONE })));
  const documentSelfNames = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.selfNames ?? NONE })));
  const documentHeadings = buildTriggerTable(pack.documentTypes.map((d) => ({ target: d.id, triggers: d.headingCues ?? NONE })));
  const dutchTriggers = dutchVocabulary(pack)
    .flat()
    .map(termText);
  const dutchTriggerWords = dutchTriggers.flatMap((t) => words(t)).filter((w) => w.length >= 3);
  const verbStems = new Set(dutchTriggers.flatMap((t) => verbStemOf(t) ?? []));

  // every stem of an item or action that ranks (the stems of every word stemsOf is given)
  const rankingVocabulary = new Set<string>();
  const stemsOf = stemmerOf(rankingVocabulary);
  const itemsByGroup = new Map<ProductGroupId, IndexedItem[]>();
  const itemsByDocumentType = new Map<DocumentType, IndexedItem[]>();
  const push = <K>(map: Map<K, IndexedItem[]>, key: K, entry: IndexedItem) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const checklist of pack.checklists) {
    // (a checklist of no group and no document type ranks nothing: its words are no ranking vocabulary)
    if (!checklist.productGroup && !checklist.documentTypes?.length) continue;
    for (const item of checklist.items) {
      const entry = { item, checklist, stems: stemsOf(item.text.nl, item.text.en, item.guidance.nl, item.guidance.en) };
      if (checklist.productGroup) push(itemsByGroup, checklist.productGroup, entry);
      else for (const type of checklist.documentTypes ?? []) push(itemsByDocumentType, type, entry);
    }
  }

  const actions = pack.actions.map((action) => ({
    action,
    stems: stemsOf(action.title.nl, action.title.en, action.description.nl, action.description.en),
  }));

  const tables = [groups, documentTypes, documentOpenings, documentTitles, documentParties, documentSelfNames, documentHeadings] as TriggerTable<string>[];
  tables.forEach((table, i) => (table.bit = 1 << i));
  return {
    pack,
    tables,
    groups,
    placeTerms,
    towns,
    townGroups: new Set([...towns.values()].flatMap((groups) => [...groups])),
    documentTypes,
    documentOpenings,
    documentTitles,
    documentParties,
    documentSelfNames,
    documentHeadings,
    documentGeneralCues: new Map(pack.documentTypes.map((d) => [d.id, new Set(d.generalCues ?? [])])),
    stemTables: { nl: stemsInTables(tables, 'nl'), en: stemsInTables(tables, 'en') },
    // (not the self-names or headings: a word named after a self-reference, vooraankondiging, or a
    // heading, risico, still splits for every other table)
    dutchWordStems: new Set(tables.filter((t) => t !== documentSelfNames && t !== documentHeadings).flatMap((t) => [...t.words.nl.keys()])),
    comparedNl: new StemOpenings([...tableStems(tables, 'nl'), ...rankingVocabulary]),
    comparedEn: new StemOpenings([...tableStems(tables, 'en'), ...rankingVocabulary]),
    verbStems,
    verbOpenings: new Set([...verbStems].map((s) => s.slice(0, 3))),
    verbTrie: verbTrieOf(verbStems),
    splitter: new CompoundSplitter(dutchTriggerWords, options.splitter),
    cpv: pack.productGroups
      .flatMap((g) => g.cpv.map((prefix) => ({ prefix: cpvPrefix(prefix), group: g.id })))
      .sort((a, b) => b.prefix.length - a.prefix.length),
    itemsByGroup,
    itemsByDocumentType,
    actions,
    rankingVocabulary,
    analyses: new Map(),
    visits: 0,
  };
}

/**
 * the analysis of each token, from the index's cache where it can. Compound splitting spends the
 * text's budget; a cached word is charged what its split cost once per text, so whether a word is
 * split depends on the text alone, not on what was matched before.
 */
export function analyseTokens(index: MatcherIndex, tokens: readonly Token[], budget = new CompoundBudget(0), distinct?: WordAnalysis[]): WordAnalysis[] {
  if (index.analyses.size > ANALYSIS_CACHE_LIMIT) index.analyses.clear();
  // (each distinct analysis once into `distinct`, when asked: WordAnalysis.visit marks those in it)
  const visit = distinct ? ++index.visits : 0;
  const analyses: WordAnalysis[] = new Array(tokens.length);
  // the analyses this text has settled (cached, and charged to its budget where they cost steps),
  // by a cheap hash of their word's length and three of its letters: a repeated word (most of a
  // long text's tokens: de, van, het …) is found without the map, which must hash each token's
  // fresh string first. A slot holds what the map would give: a settled analysis stays the map's
  // for the rest of the text.
  const bits = Math.min(12, Math.max(6, 32 - Math.clz32(tokens.length)));
  const settled: (WordAnalysis | undefined)[] = new Array(1 << bits);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const slot = settledSlot(word, bits);
    const known = settled[slot];
    if (known !== undefined && known.word === word) {
      analyses[i] = known;
      continue;
    }
    let analysis = index.analyses.get(word);
    if (analysis !== undefined) {
      if (analysis.splitSteps === undefined || analysis.charged === budget.id) settled[slot] = analysis;
      else if (budget.spent) analysis = analyseWord(index, word, budget);
      else {
        analysis.charged = budget.id;
        budget.used += analysis.splitSteps;
        settled[slot] = analysis;
      }
    }
    analysis ??= analyseWord(index, word, budget);
    analyses[i] = analysis;
    // (a settled analysis came this way first)
    if (distinct && analysis.visit !== visit) {
      analysis.visit = visit;
      distinct.push(analysis);
    }
  }
  return analyses;
}

/** analyseTokens' slot for a word (of `bits` bits): its length and first, middle and last letters, mixed */
function settledSlot(word: string, bits: number): number {
  const h = Math.imul(Math.imul(Math.imul(word.length, 131) + word.charCodeAt(0), 131) + word.charCodeAt(word.length >> 1), 131) + word.charCodeAt(word.length - 1);
  return Math.imul(h, 0x9e3779b1) >>> (32 - bits);
}

/** a word's stems and parts; cached unless its parts were left out for want of budget */
function analyseWord(index: MatcherIndex, token: string, budget: CompoundBudget): WordAnalysis {
  const word = flatCopy(token);
  const nl = dutchStemOf(index, word);
  const en = englishStemOf(index, word);
  const { splitter } = index;
  // whether any table has a hit here, as a word or the start of a phrase (two look-ups, not twelve:
  // this runs for every distinct word of every text)
  const triggers = index.stemTables.nl.has(nl) || index.stemTables.en.has(en);
  // every field set at once, so that all analyses share one shape
  const analysis: WordAnalysis = { word, nl, en, triggers, parts: undefined, visit: undefined, wordTables: undefined, partTables: undefined, lookups: undefined, splitSteps: undefined, charged: undefined };
  // once the text's budget is spent, a word the splitter would take apart is matched whole: not
  // split, nor tried as a verb form (both cost most on the long made-up words that spend it)
  if (budget.spent && splitter.canSplit(word) && !index.dutchWordStems.has(nl)) {
    budget.cutShort = true;
    return analysis;
  }
  // a participle or finite form of a listed verb counts as the verb, with its full weight
  // ("gesloopt", "sloopt" → slopen); it is then no compound either
  const verb = triggers || !opensVerb(index, word) || !mayBeVerbForm(index, word) ? undefined : verbFormStems(word).find((s) => index.verbStems.has(s));
  if (verb !== undefined) {
    analysis.nl = verb;
    analysis.triggers = true;
    // no split steps, but looked at again in a text whose budget is spent (see analyseTokens)
    analysis.splitSteps = 0;
    analysis.charged = budget.id;
  } else if (!index.dutchWordStems.has(nl)) {
    const before = splitter.steps;
    const parts = splitter.split(word);
    analysis.splitSteps = splitter.steps - before;
    analysis.charged = budget.id;
    budget.used += analysis.splitSteps;
    if (parts) {
      analysis.parts = parts;
      analysis.triggers = true;
    }
  }
  if (analysis.triggers) {
    const hit = tablesHit(index.tables, index.stemTables, analysis);
    analysis.wordTables = hit.wordTables;
    analysis.partTables = hit.partTables;
    analysis.lookups = hit.lookups;
  }
  index.analyses.set(token, analysis);
  return analysis;
}

/** every stem of the tables' words and phrases in a language */
function tableStems(tables: readonly TriggerTable<string>[], language: Language): string[] {
  return tables.flatMap((t) => [...t.words[language].keys(), ...[...t.phrases[language].values()].flatMap((bySecond) => [...bySecond.values()].flat()).flatMap((e) => e.stems)]);
}

/**
 * the word as a string of its own: a long token is a slice of the folded text, each of whose
 * letters is read through the text, while a new word's letters are read a few hundred times
 * (stem bounds, stems, the splitter's walks) and a flat string reads them a third faster. Lowering
 * a folded word changes nothing, and where it would the token is kept as it is.
 */
function flatCopy(token: string): string {
  const copy = token.toLowerCase();
  return copy === token ? copy : token;
}

/**
 * the word's Dutch stem, or '' (which is no stem) where it can be none of the stems index.comparedNl
 * holds the openings of, so that every look-up and comparison of it fails as its stem's would.
 * The stem of a plain word keeps all but its last two letters and is at most mostStripped letters
 * shorter, so a stem compared with must open with the word's first letters up to there; most long
 * words of a text open none ("…heden" compounds of short parts: none) and are not stemmed in Dutch.
 */
export function dutchStemOf(index: MatcherIndex, word: string): string {
  if (isPlain(word)) {
    // mostStripped is at least 2: a word whose opening is shared that far is stemmed without asking it
    const shared = index.comparedNl.shared(word, word.length - 4);
    if (shared < word.length - 4 && shared < word.length - 2 - mostStripped(word, 0, word.length)) return '';
  }
  return stem(word, 'nl');
}

/**
 * the word's English stem, or '' where it can be none of the stems index.comparedEn holds the
 * openings of (see dutchStemOf): the English stem keeps all of the word's letters but the last
 * mostTouched, so a stem compared with must open with those.
 */
export function englishStemOf(index: MatcherIndex, word: string): string {
  const kept = word.length - mostTouched(word);
  if (kept > 0 && index.comparedEn.shared(word, kept) < kept) return '';
  return stem(word, 'en');
}

/** a node of the verb stems' trie: the stems below it, by length, and the longest */
interface VerbTrieNode {
  next: Map<number, VerbTrieNode>;
  lengths: Set<number>;
  longest: number;
}

function verbTrieOf(stems: Iterable<string>): VerbTrieNode {
  const root: VerbTrieNode = { next: new Map(), lengths: new Set(), longest: 0 };
  for (const s of stems) {
    let node = root;
    for (let i = 0; ; i++) {
      node.lengths.add(s.length);
      node.longest = Math.max(node.longest, s.length);
      if (i === s.length) break;
      const code = s.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) node.next.set(code, (next = { next: new Map(), lengths: new Set(), longest: 0 }));
      node = next;
    }
  }
  return root;
}

/**
 * whether verbFormStems can find a listed verb's stem for this word. Each root it tries is the word
 * (after "ge" for a participle) less at most its last three letters, so at least the word's length
 * less five; an infinitive made of a root keeps all of the root's letters but its last three, and
 * the Dutch stem of a plain word keeps all of that word's letters but its last two (see isPlain).
 * So a listed stem v can be found only when its first min(|v| - 2, the word's length - 8) letters
 * open the word, or its rest after "ge": a walk down the stems' trie instead of regular expressions
 * and up to a dozen stems. A word with other letters is tried in full.
 */
export function mayBeVerbForm(index: MatcherIndex, word: string): boolean {
  if (!isPlain(word)) return true;
  return opensVerbStem(index.verbTrie, word, 0) || (word.startsWith('ge') && opensVerbStem(index.verbTrie, word, 2));
}

/** whether some stem v of the trie has its first min(|v| - 2, most) letters at word[at…) */
function opensVerbStem(root: VerbTrieNode, word: string, at: number): boolean {
  const most = word.length - 8;
  if (most <= 0 || root.longest === 0) return root.longest > 0;
  // a stem of one or two letters needs no letter of the word
  if (root.lengths.has(1) || root.lengths.has(2)) return true;
  let node = root;
  for (let d = 0; ; d++) {
    if (d >= 1 && node.lengths.has(d + 2)) return true;
    if (d === most) return node.longest >= most + 3;
    if (at + d >= word.length) return false;
    const next = node.next.get(word.charCodeAt(at + d));
    if (!next) return false;
    node = next;
  }
}

/**
 * whether a word ends as a verb form does (t, d, e or n: see dutch-verb-forms.ts) and, or its rest
 * after "ge", starts as a listed verb's stem does: the cheap tests before verb forms are tried
 */
function opensVerb(index: MatcherIndex, word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 116 && last !== 100 && last !== 101 && last !== 110) return false;
  return index.verbOpenings.has(word.slice(0, 3)) || (word.startsWith('ge') && index.verbOpenings.has(word.slice(2, 5)));
}
