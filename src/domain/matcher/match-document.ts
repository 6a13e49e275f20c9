// The matcher: text in; document type, product groups, checklist items and programme actions out,
// each with the evidence that made it fit. Silence is a feature: a text that gives too little
// evidence for any product group gets empty lists, not a weak guess.
import type { DocumentType, ProductGroupId } from '../taxonomy';
import { opensClause, tokenise, type Token } from './fold';
import { analyseTokens, type IndexedItem, type MatcherIndex } from './matcher-index';
import { CompoundBudget, findHits, type Hit, type WordAnalysis } from './trigger-table';
import { findSoughtParties } from './seeks-a-party';
import { findSelfName } from './names-its-genre';
import { asksOneQuestion, headlineVerb, isOneLineTitle, titleCueOf } from './title-form';
import { WordSet } from './word-set';
import { applyTypeModel, typeFeatures, type TypeModel } from './type-model';
import type { ActionMatch, ChecklistItemMatch, Evidence, MatchResult, ProductGroupMatch } from './types';

export interface MatchOptions {
  /** the type to report when no cue says otherwise: 'message' for chat and mail texts */
  defaultDocumentType?: DocumentType;
  /** the kind the person chose for the text: the cues are not read, and the practice checklists follow it */
  documentType?: DocumentType;
}

/** the calibration of the scores; see docs/matcher.md for how they were chosen */
export const CALIBRATION = {
  /** a product group needs at least this much evidence: one strong word, or several weak ones */
  groupThreshold: 1,
  longText: 40,
  longTextThreshold: 0.8,
  /** …and at least this share of the best group's score, so passing mentions in a long text stay quiet */
  relativeThreshold: 0.35,
  /** a CPV code is strong evidence: the author chose it; it also points to a tender */
  cpvWeight: 2,
  cpvTenderCue: 1,
  /** a time of day ("om 20.00 uur") is a meeting's cue of this weight */
  clockTimeCue: 1,
  /** a headline, a line of at most headlineWords words that tells with a finite verb, is a report's cue of this weight */
  headlineCue: 1,
  headlineWords: 16,
  /** a text that opens with a condition ("Als u …, moet u …") is a report's cue of this weight */
  conditionCue: 1,
  /** a news item's dateline ("ZUTPHEN - …") is a report's cue of this weight */
  datelineCue: 2,
  /** evidence in the opening (title and first sentence) weighs more */
  openingChars: 300,
  openingBoost: 1.5,
  /** repeats add evidence with diminishing returns */
  repeatWeight: 0.5,
  documentTypeThreshold: 1,
  /** a text with cues of a report ('other') keeps that type unless another type scores more than this many times as much */
  reportMargin: 2,
  /** …once its report cues reach this much */
  reportThreshold: 0.5,
  /** each telling of what happened ("heeft … gegund", "is gestart") is a report cue of this weight, at most reportTenses of them */
  reportTenseCue: 0.5,
  /** a cue this strong in a text's first words is the name of its genre (raadsvoorstel, projectplan) */
  genreName: 1.5,
  /** …and after the title such a name is a mention of that genre, of this weight */
  genreMention: 0.5,
  /** a section heading a text opens with has at most this many words ("Beoogd maatschappelijk effect") */
  headingWords: 4,
  /** a first line or sentence of at most this many words is a title */
  titleWords: 10,
  /** a type needs one cue at least this strong; weaker ones only add to it */
  distinctCue: 0.5,
  reportTenses: 2,
  /** how many words after "heeft" or "is" a participle may stand */
  reportTenseReach: 16,
  /** an opening cue counts when it starts within this many words of the start of the text */
  openingWords: 2,
  /** …and one the text opens with may have this many words more after them */
  openingCueTail: 3,
  /** a title cue counts only in a one-line title: a verbless text of at most this many words (title-form.ts) */
  titleFormWords: 25,
  /** a text names its own genre ("Voor u ligt het projectplan …", names-its-genre.ts) when its self-reference starts within this many characters */
  selfNameChars: 300,
  /** practice checklists of the document type rank at this share of the best group's score */
  practiceShare: 0.5,
  maxEvidencePerGroup: 25,
  maxActions: 10,
} as const;

const CPV = /\b(\d{8})(?:-(\d))?\b/g;
const CPV_LABEL = /\bcpv\b/i;

/** CPV codes in the text: with a check digit, or a bare 8-digit number shortly after "CPV" */
export function findCpvCodes(text: string): { code: string; start: number; end: number }[] {
  const found: { code: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(CPV)) {
    const withCheckDigit = m[2] !== undefined;
    if (withCheckDigit || CPV_LABEL.test(text.slice(Math.max(0, m.index - 60), m.index))) {
      found.push({ code: m[1]!, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const DUTCH_MARKERS = new Set('de het een en van voor met op is zijn wordt te dat die niet naar bij om ook kun je we wij'.split(' '));
const ENGLISH_MARKERS = new Set('the and of to for with on is are be that this by from we you please will our'.split(' '));

/** whether a text reads as English: then its long words are not split as Dutch compounds */
function readsAsEnglish(tokens: readonly Token[]): boolean {
  let dutch = 0;
  let english = 0;
  for (let i = 0; i < tokens.length && i < 400; i++) {
    const w = tokens[i]!.word;
    if (DUTCH_MARKERS.has(w)) dutch++;
    else if (ENGLISH_MARKERS.has(w)) english++;
  }
  return english > dutch;
}

interface Evidenced {
  score: number;
  evidence: Evidence[];
}

/** sums evidence per target: each distinct trigger counts once, repeats add a little */
function scoreHits<T extends string>(hits: readonly Hit<T>[]): Map<T, Evidenced> {
  const byTarget = new Map<T, Evidenced & { repeats: Map<string, number> }>();
  for (const hit of hits) {
    let target = byTarget.get(hit.entry.target);
    if (!target) byTarget.set(hit.entry.target, (target = { score: 0, evidence: [], repeats: new Map() }));
    if (hit.weight === 0) continue; // an idiom blocker: it only kept the word from counting
    const repeats = target.repeats.get(hit.entry.term);
    if (repeats === undefined) {
      const boost = hit.start < CALIBRATION.openingChars ? CALIBRATION.openingBoost : 1;
      target.score += hit.weight * boost;
      target.repeats.set(hit.entry.term, 0);
    } else {
      // the k-th repeat adds repeatWeight/k of the term's weight: a term repeated a hundred times
      // in a long text does not outweigh several different ones
      target.score += (hit.weight * CALIBRATION.repeatWeight) / (repeats + 1);
      target.repeats.set(hit.entry.term, repeats + 1);
    }
    // hits come in text order, so the first ones are the evidence shown; the rest only score
    if (target.evidence.length < CALIBRATION.maxEvidencePerGroup) {
      target.evidence.push({ text: '', start: hit.start, end: hit.end, kind: hit.kind });
    }
  }
  return byTarget;
}

/**
 * drops the hits of place words ("gemeentehuis", "sporthal") for groups that have no other
 * evidence: a place where a service is delivered is no work on that place
 */
function withoutIdlePlaces(
  index: MatcherIndex,
  hits: readonly Hit<ProductGroupId>[],
  cpvCodes: readonly { group: ProductGroupId | undefined }[],
): Hit<ProductGroupId>[] {
  const isPlace = (hit: Hit<ProductGroupId>) => index.placeTerms.get(hit.entry.target)?.has(hit.entry.term) ?? false;
  const worked = new Set(cpvCodes.flatMap((c) => (c.group ? [c.group] : [])));
  for (const hit of hits) if (hit.weight > 0 && !isPlace(hit)) worked.add(hit.entry.target);
  return hits.filter((hit) => worked.has(hit.entry.target) || !isPlace(hit));
}

/**
 * drops the hits of a town whose name reads as the group's word (`towns`: "Brugge" is no brug):
 * a listed name written with a capital (and no more capitals: a title in capitals says nothing)
 * that does not open a sentence and does not stand just before a capitalised word or a number,
 * which would make it part of a longer name ("Sluis Eefde", "Sluis 3" are locks); and, however it
 * is written, a listed name right after "gemeente" or "stad" ("GEMEENTE SLUIS", "Stad Brugge")
 */
function withoutTowns(index: MatcherIndex, text: string, tokens: readonly Token[], hits: Hit<ProductGroupId>[]): Hit<ProductGroupId>[] {
  if (index.townGroups.size === 0 || hits.length === 0) return hits;
  return hits.filter((hit) => {
    if (!index.townGroups.has(hit.entry.target)) return true;
    const i = hit.token ?? tokenAt(tokens, hit.start);
    const groups = index.towns.get(tokens[i]!.word);
    return !groups?.has(hit.entry.target) || !namesTown(text, tokens, i);
  });
}

/** the index of the token that holds position `at` (hits lie within their token) */
function tokenAt(tokens: readonly Token[], at: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokens[middle]!.start <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

const UPPER = /^\p{Lu}/u;
const NAME_GOES_ON = /^[\p{Lu}\d]/u;
/** words that name a municipality before its name: the name after them is the town */
const MUNICIPALITY = new Set(['gemeente', 'stad']);

/** whether token i is written as a name of its own (see withoutTowns) */
function namesTown(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (before && MUNICIPALITY.has(before.word) && /^ +$/.test(text.slice(before.end, token.start))) return true;
  const written = text.slice(token.start, token.end);
  if (!UPPER.test(written) || written.slice(1) !== written.slice(1).toLowerCase()) return false;
  if (opensClause(text, tokens, i)) return false;
  const next = tokens[i + 1];
  return !next || !/^\s+$/.test(text.slice(token.end, next.start)) || !NAME_GOES_ON.test(text.slice(next.start, next.end));
}

/** auxiliaries of the Dutch perfect and past passive: "heeft … gegund", "is … aanbesteed", "werd … gesloten" */
const AUXILIARIES = new WordSet('heeft hebben is zijn werd werden was waren had hadden'.split(' '));
const PASSIVE = new WordSet(['wordt', 'worden']);
/**
 * the simple past of the verbs news and reports tell with ("Zestig deelnemers trapten de eerste
 * bijeenkomst af", "In 2025 kocht de gemeente minder papier in"): a tender, an agenda or a plan
 * says what is asked or will be done (twenty-fourth pass). Not the forms that are also an adjective
 * ("de beoogde resultaten") or a noun (gaven), nor "was" and "waren", which describe a state.
 */
const SIMPLE_PAST = new WordSet(
  [
    'werd werden had hadden hield hielden gaf stelde stelden besloot koos kozen sloot kreeg kregen liet lieten nam namen ging gingen',
    'kwam kwamen won wonnen maakte maakten startte startten begon begonnen opende openden gunde gunden kocht kochten verstuurde',
    'verstuurden plaatste plaatsten presenteerde presenteerden ondertekende ondertekenden tekende beoogden sprak spraken vond vonden',
    'deed deden bracht brachten zocht zochten trapte trapten bekrachtigde keurde keurden zei zeiden vertelde vertelden legde legden',
    'toonde toonden bleek bleken leek leverde leverden volgde volgden ontving ontvingen bezocht bezochten werkte werkten noemde',
    'noemden kon konden moest moesten wilde wilden mocht mochten bleef bleven stond stonden lag lagen zag zagen liep liepen schreef schreven',
  ]
    .join(' ')
    .split(' '),
);
/**
 * whether a perfect describes the present state ("De gemeente heeft op dit moment één opdrachtnemer gecontracteerd",
 * "… heeft momenteel … in beheer"): a tender's account of the situation, not a told event (twenty-fifth pass)
 */
function describesTheNow(analyses: readonly WordAnalysis[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = analyses[k]!.word;
    if (word === 'momenteel' || word === 'thans' || (word === 'moment' && analyses[k - 1]!.word === 'dit')) return true;
  }
  return false;
}
/** a weak participle: ge-…-d/-t, also after a separable prefix (vastgesteld, bekendgemaakt); not gemeente…, …heid */
const PARTICIPLE = /^(?:aan|af|bekend|door|in|mee|op|over|toe|uit|vast|voor)?ge(?!meente)[a-z]{3,}(?<!hei)(?:d|t)$/;
/** a strong participle: a plural noun (gemeenten, gebouwen) ends in -en as well, so only the verbs news tells with */
const STRONG_PARTICIPLE =
  /^(?:aan|af|door|in|mee|op|over|toe|uit|vast|voor)?ge(?:kozen|nomen|geven|sloten|schreven|wonnen|daan|bleken|stegen|zien|worden|bleven|vonden|komen|houden|lezen|gaan|staan|troffen|boden|dongen|trokken|dragen|lopen)$/;
/** a participle without ge- (aanbesteed, verduurzaamd): counted only where its clause ends, as most nouns with these openings stand elsewhere; a noun in -heid (verkeersveiligheid) is none */
const PREFIXED_PARTICIPLE = /^(?:aan|af|door|in|op|uit|vast|voor)?(?:be|ver|ont|her)[a-z]{3,}(?<!hei)(?:d|t)$/;
/** strong participles without ge-; a plural noun (verdiepingen, bedragen) ends in -en as well */
const STRONG_PREFIXED = new Set('besloten verlopen ontvangen verkregen begonnen verschenen vergeten bevonden ontstaan vertrokken'.split(' '));
/** the words a participle of a told event may stand before (a preposition, a verb); before a noun it is an adjective ("van gerecycled kunststof") */
const AFTER_PARTICIPLE = new Set('aan met voor door in op bij naar van tot om uit over onder tegen na tijdens sinds vanaf per langs tussen zonder binnen buiten rond volgens conform naast vanwege dankzij ondanks via als dan te worden zijn is wordt werd werden kan kunnen moet moeten zal zullen'.split(' '));
const CLAUSE_GOES_ON = new Set('en of maar door omdat nadat waarna waarbij dat'.split(' '));
/** ge- words that are no participle */
const NOT_PARTICIPLES = new Set(
  'gebied gezond gewest beleid besluit bericht bestand verband verbod bezit'.split(' '),
);

/** whether text[from, to) holds . ! ? ; or : (read in place, without a slice: asked between most words of a long text) */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true;
  }
  return false;
}
/**
 * genre cues that name one document or event of the genre: a notice names its one tender ("deze
 * aanbesteding", "de opdracht"), an agenda its one meeting, while a text that speaks of them in the
 * plural ("aanbestedingen", "bestekken", "overheidsopdrachten", "de vergaderingen", "raadsvoorstellen",
 * "moties en amendementen", "onderhoudsplannen") explains or reports on the genre in general
 * (eleventh pass: pages that explain a genre; proposals and plans from the twenty-sixth). A meeting
 * or a plan counts in a compound too (commissievergaderingen are a series of meetings, meerjaren
 * onderhoudsplannen one for each building); a tender does not, as a notice divides its one tender
 * into deelopdrachten.
 * A proposal named with "een" is one in general as well ("Een amendement is een voorstel tot
 * wijziging van een raadsvoorstel"); a meeting, a tender or a plan is not: an invitation names its
 * meeting so ("Graag nodig ik u uit voor een bijeenkomst"), a notice or a plan its intent ("is
 * voornemens een aanbestedingsprocedure te starten", "stelt een meerjarenonderhoudsplan op"), unless
 * the text opens with it ("Een beleidsplan dient als fundament …", "Een plan van aanpak (PvA) is …").
 * One named with "elke" or "zo'n" is any one of them ("bij elke aanbesteding boven € 50.000 wordt …").
 */
const GENRE_NAMES: ReadonlyMap<string, { names: ReadonlySet<string>; inCompounds: boolean; indefinite?: true }> = new Map([
  ['tender', { names: new Set('aanbesteding aanbestedingsprocedure opdracht overheidsopdracht bestek'.split(' ')), inCompounds: false }],
  ['meeting', { names: new Set(['vergadering', 'bijeenkomst']), inCompounds: true }],
  ['council-proposal', { names: new Set(['raadsvoorstel', 'raadsbesluit', 'collegevoorstel', 'amendement', 'motie']), inCompounds: false, indefinite: true }],
  ['project-plan', { names: new Set(['projectplan', 'beleidsplan', 'onderhoudsplan', 'meerjarenonderhoudsplan', 'uitvoeringsplan', 'plan van aanpak']), inCompounds: true }],
]);
const LETTER = /\p{L}/u;
/** a genre's cue read as a report's cue of the same weight: the genre spoken of, not a document of it */
const asReport = <T extends Hit<string>>(hit: T): T => ({ ...hit, entry: { ...hit.entry, target: 'other' } });
const AFTER_EEN = /(?:^|\P{L})een\s$/iu;
const OPENS_WITH_EEN = /^\s*een\s+$/i;
const AFTER_EVERY = /(?:^|\P{L})(?:elke|elk|iedere|ieder|zo['’]n)\s$/iu;

/** a genre cue that names one of the genre in the plural, after "een" or after "elke" (as above) is a report cue of the same weight */
function genreInGeneralAsReport<T extends Hit<string>>(text: string, hit: T): T {
  const genre = GENRE_NAMES.get(hit.entry.target);
  if (!genre) return hit;
  const term = hit.entry.term.toLowerCase();
  if (!genre.names.has(term) || (!genre.inCompounds && LETTER.test(text.charAt(hit.start - 1)))) return hit;
  // the few letters around the noun are all the ending and the article need (not the rest of a long text, lowered per hit)
  const rest = text.slice(hit.start + term.length, hit.start + term.length + 4).toLowerCase();
  // (a short vowel's consonant doubles: plannen, raadsvoorstellen)
  const plural = ['en', 's', `${term.at(-1)}en`].some((ending) => rest.startsWith(ending) && !LETTER.test(rest.charAt(ending.length)));
  const before = text.slice(Math.max(0, hit.start - 7), hit.start);
  const indefinite = (genre.indefinite && AFTER_EEN.test(before)) || (hit.start <= 7 && OPENS_WITH_EEN.test(before));
  const everyOne = AFTER_EVERY.test(before);
  return plural || indefinite || everyOne ? asReport(hit) : hit;
}

/**
 * the verb of tendering as a noun speaks of tendering in general ("Bij het aanbesteden van een werk
 * kan …", "Europees aanbesteden", "Ondernemend aanbesteden in Rivierenland"; "inkopen" is the plural of
 * "inkoop" as well), so it is a report cue of the same weight; a notice names its own tender ("deze
 * aanbesteding", "de te aanbesteden opdracht") (twenty-sixth pass)
 */
const TENDERING_VERBS = new Set(['aanbesteden', 'inkopen']);
function tenderingVerbAsReport<T extends Hit<string>>(tokens: readonly Token[], hit: T): T {
  if (hit.kind !== 'word' || hit.entry.target !== 'tender') return hit;
  const i = hit.token ?? tokenAt(tokens, hit.start);
  return !TENDERING_VERBS.has(tokens[i]!.word) || tokens[i]!.end !== hit.end || tokens[i - 1]?.word === 'te' ? hit : asReport(hit);
}

/** adds to a type's score a cue that no table holds: a CPV code, a time of day, a dateline, a told event */
function addCue(scored: Map<DocumentType, Evidenced>, type: DocumentType, weight: number, evidence?: Evidence): void {
  const entry = scored.get(type) ?? { score: 0, evidence: [] };
  entry.score += weight;
  if (evidence) entry.evidence.push(evidence);
  scored.set(type, entry);
}

/** a dateline: a place in capitals, a dash or bullet, and a sentence that opens with a capitalised word */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}'’.]+(?:[ -]\p{Lu}[\p{Lu}'’.]+){0,3})\s*:?\s*[–—•-]\s+\p{Lu}\p{Ll}/du;

/**
 * a time of day: "19.30 uur", "om 20 uur" (not "24 uur per dag"), unless it is a deadline ("uiterlijk 1 maart om
 * 12.00 uur", "vóór 14.00 uur"), one end of a window ("tussen 7.00 en 9.00 uur", "na 23.00 uur") or a closing time
 * ("om 14.00 uur gesloten")
 */
const CLOCK_TIME = /\b(?:om\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?|(?:[01]?\d|2[0-3])[.:][0-5]\d)\s*uur\b/gi;
const BEFORE_NO_MEETING = /\b(?:uiterlijk|vóór|voor|tot)\b[^.!?\n]{0,30}$|\b(?:tussen|en|na|rond|vanaf)\s+$/i;
const AFTER_NO_MEETING = /^\s+(?:gesloten|open|geopend|dicht)\b/i;
function clockTime(text: string): { start: number; end: number } | undefined {
  for (const m of text.matchAll(CLOCK_TIME)) {
    const end = m.index + m[0].length;
    if (!BEFORE_NO_MEETING.test(text.slice(Math.max(0, m.index - 40), m.index)) && !AFTER_NO_MEETING.test(text.slice(end, end + 12))) return { start: m.index, end };
  }
  return undefined;
}

/**
 * the conjunction of a condition a text opens with: "indien", "zodra", or "als" and "wanneer" before
 * the subject of their clause ("Als de gemeente …", "Wanneer u …"), not "als" as "as" ("Als gemeente
 * zoeken wij …", "Als eerste …") nor a question's "wanneer" ("Wanneer start de aanbesteding?")
 */
const CONDITIONS = new Set(['indien', 'zodra']);
const CONDITIONS_BEFORE_SUBJECT = new Set(['als', 'wanneer']);
const SUBJECT_OPENS = new Set('de het een u je jij we wij ze zij er iemand men uw jouw onze'.split(' '));
function opensWithCondition(tokens: readonly Token[]): Token | undefined {
  const [first, second] = tokens;
  if (!first || !second) return undefined;
  return CONDITIONS.has(first.word) || (CONDITIONS_BEFORE_SUBJECT.has(first.word) && SUBJECT_OPENS.has(second.word)) ? first : undefined;
}

/** the verbs of a definition: a bare plural subject takes the plural ("Notulen zijn …"), "een" the singular */
const DEFINES = { bare: new Set(['zijn', 'bevatten']), een: new Set(['is', 'bevat']) };
/** a definite noun defined: "de" or "het", "is een", a kind of at most four words and a relative clause */
const DEFINITE = new Set(['de', 'het']);
const RELATIVE = new Set('dat die waarin waarmee waarbij waarop waarvoor'.split(' '));
const KIND_WORDS = 4;

/**
 * a genre cue that is the subject of a definition is a report cue of the same weight: a sentence
 * that opens with the genre's name in general, bare in the plural or after "een", and the verb of a
 * definition ("Notulen zijn officiële verslagen …", "Een bestek bevat …") explains the genre; a
 * document of the genre names its own one with "de" or "het" ("De opdracht is verdeeld in …"), and
 * a participle after the verb tells what happened to it ("Notulen zijn vastgesteld"). One named with
 * "de" or "het" is defined too when the sentence says what kind of thing it is and what such a thing
 * does ("De selectieleidraad is een document dat …": twenty-sixth pass; "De opdracht is een
 * raamovereenkomst voor vier jaar" describes its own one).
 */
function definitionAsReport<T extends Hit<string>>(text: string, tokens: readonly Token[], hit: T): T {
  if (hit.entry.target === 'other' || hit.weight < CALIBRATION.distinctCue) return hit;
  const head = hit.token ?? tokenAt(tokens, hit.start);
  if (tokens[head]!.end !== hit.end) return hit;
  const verbs = opensClause(text, tokens, head) ? DEFINES.bare : head > 0 && tokens[head - 1]!.word === 'een' && opensClause(text, tokens, head - 1) ? DEFINES.een : undefined;
  const verb = tokens[head + 1];
  const next = tokens[head + 2]?.word ?? '';
  if (!verbs) {
    const definite = head > 0 && DEFINITE.has(tokens[head - 1]!.word) && opensClause(text, tokens, head - 1);
    const kindWithClause = verb?.word === 'is' && next === 'een' && tokens.slice(head + 3, head + 3 + KIND_WORDS).some((t) => RELATIVE.has(t.word));
    return definite && kindWithClause ? asReport(hit) : hit;
  }
  return !verb?.word || !verbs.has(verb.word) || PARTICIPLE.test(next) || STRONG_PARTICIPLE.test(next) ? hit : asReport(hit);
}

/**
 * where a text tells what happened: an auxiliary of the perfect or the past ("heeft", "is", "werd")
 * with a participle later in the same clause, or a verb in the simple past. News and reports tell of
 * a tender in these tenses ("de gemeente heeft de opdracht gegund", "is gestart met de aanbesteding",
 * "gunde de opdracht"); a notice describes what is asked ("de opdracht wordt gegund", "inschrijvers dienen …").
 */
function findReportTenses(text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[]): (Evidence & { participleStart: number })[] {
  const found: (Evidence & { participleStart: number })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = analyses[i]!.word;
    // (an auxiliary before "dat" is a copula with a clause for its predicate: "Het doel is dat … gemaakt zijn";
    // one after "die" tells the state of a noun: "essen die zijn aangetast door essentaksterfte")
    const j = AUXILIARIES.has(verb) && analyses[i + 1]?.word !== 'dat' && analyses[i - 1]?.word !== 'die' ? participleAfter(text, tokens, analyses, i) : -1;
    if (j >= 0) {
      if (!describesTheNow(analyses, i, j)) found.push({ text: '', start: tokens[i]!.start, end: tokens[j]!.end, kind: 'phrase', participleStart: tokens[j]!.start });
      i = j;
    } else if (SIMPLE_PAST.has(verb)) {
      found.push({ text: '', start: tokens[i]!.start, end: tokens[i]!.end, kind: 'phrase', participleStart: tokens[i]!.start });
    }
  }
  return found;
}

/** the participle that completes the auxiliary at `i` in its clause, or -1 */
function participleAfter(text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + CALIBRATION.reportTenseReach; j++) {
    if (endsSentence(text, tokens[j - 1]!.end, tokens[j]!.start)) return -1;
    const word = analyses[j]!.word;
    // (a participle after a passive's "wordt" or "worden" is that clause's: "… dat het asfalt wordt hergebruikt")
    if (AUXILIARIES.has(word) || PASSIVE.has(word)) return -1;
    const next = tokens[j + 1];
    // (where the clause ends is read only for a word of a participle's shape)
    const clauseEnds = () => !next || endsSentence(text, tokens[j]!.end, next.start) || text.slice(tokens[j]!.end, next.start).includes(',') || CLAUSE_GOES_ON.has(next.word);
    const predicative = () => clauseEnds() || AFTER_PARTICIPLE.has(next!.word);
    const participle = !NOT_PARTICIPLES.has(word) && (((PARTICIPLE.test(word) || STRONG_PARTICIPLE.test(word)) && predicative()) || ((PREFIXED_PARTICIPLE.test(word) || STRONG_PREFIXED.has(word)) && clauseEnds()));
    // "te gebruiken" is an infinitive
    if (participle && tokens[j - 1]!.word !== 'te') return j;
  }
  return -1;
}

/** where a short first line or sentence ends (a title), or 0 when the text opens with a longer sentence */
function titleLineEnd(text: string, tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length && i < CALIBRATION.titleWords; i++) {
    const next = tokens[i + 1];
    if (!next || TITLE_END.test(text.slice(tokens[i]!.end, next.start))) return tokens[i]!.end;
  }
  return 0;
}
const TITLE_END = /[.!?]|\n/;
/** the genres whose documents state rather than ask, and the words with which one asks its reader ("Wat is uw visie op …?") */
const STATING = new Set<DocumentType>(['tender', 'council-proposal', 'project-plan']);
const ADDRESSES_READER = new Set(['u', 'uw', 'you', 'your']);
/** a guide's words for its reader; not a tender's, which a municipality writing plainly addresses so ("Wil je meedoen?") */
const GUIDE_READER = new Set(['je', 'jij', 'jouw']);
const GUIDING = new Set<DocumentType>(['council-proposal', 'project-plan']);

/**
 * what the cues alone make of a text: a genre (or 'message'), a report ('other': report cues or a
 * told event outweigh the genre cues, or only report cues), or undefined where no cue reaches a verdict
 */
export interface CueVerdict {
  type: DocumentType;
  /** the winning type's score (a report verdict: the report cues' score) */
  score: number;
  /** the title names this genre ("Raadsvoorstel …") */
  titled: boolean;
  evidence: Evidence[];
  /**
   * the verdict rests only on the genre's general cues, none in the opening ("Lokale ondernemers krijgen
   * meer kans bij aanbesteding gemeente"): without a product group the text is about the genre
   */
  general?: true;
}

function typeByCues(
  index: MatcherIndex,
  text: string,
  tokens: readonly Token[],
  analyses: readonly WordAnalysis[],
  compounds: boolean,
  cpvFound: boolean,
  /** whether the text may be a document's title: not where the caller knows it is a chat message or an invite */
  mayBeTitle = true,
): CueVerdict | undefined {
  const opening = Math.min(tokens.length, CALIBRATION.openingWords);
  const tenses = compounds ? findReportTenses(text, tokens, analyses) : [];
  // the participle of a told event ("heeft … gegund") is no cue of the genre it tells about
  const told = new Set(tenses.map((t) => t.participleStart));
  const titleEnd = Math.max(opening > 0 ? tokens[opening - 1]!.end : 0, titleLineEnd(text, tokens));
  // a title cue ("Onderhoud …", "Evaluatie …") names the text's kind only in a one-line title, not in a sentence
  const asTitle = mayBeTitle && isOneLineTitle(text, tokens, CALIBRATION.titleFormWords);
  // (one the text opens with may run on after them: "Ontwerp en realisatie van …"; "De sloop van …" is news)
  const openingHits = findHits(index.documentOpenings, tokens.slice(0, opening + CALIBRATION.openingCueTail), analyses.slice(0, opening + CALIBRATION.openingCueTail), compounds).filter(
    (hit) => hit.token === 0 || hit.end <= tokens[opening - 1]!.end,
  );
  const typeHits = findHits(index.documentTypes, tokens, analyses, compounds);
  // a title's first word that opens another type's phrase is read as that phrase ("Nota van inlichtingen 1: …" is no report's nota)
  const titleCue = (asTitle ? titleHits(index, tokens, analyses) : []).filter(
    (cue) => ![...openingHits, ...typeHits].some((hit) => hit.start === cue.start && hit.end > cue.end && hit.entry.target !== cue.entry.target),
  );
  const sought = findSoughtParties(index.documentParties, text, tokens, analyses);
  const hits: Hit<DocumentType>[] = [];
  for (const found of [
    openingHits,
    titleCue,
    typeHits,
    sought,
  ]) {
    for (const cue of found) {
      if (cue.entry.target !== 'other' && told.has(cue.start)) continue;
      const hit = tenderingVerbAsReport(tokens, definitionAsReport(text, tokens, genreInGeneralAsReport(text, cue)));
      // a genre's name after the title is a mention ("bij de bespreking van het raadsvoorstel"), not the text's own name
      hits.push(hit.entry.target !== 'other' && hit.weight >= CALIBRATION.genreName && hit.start >= titleEnd ? { ...hit, weight: CALIBRATION.genreMention } : hit);
    }
  }
  // "Voor u ligt het projectplan …", "In dit plan van aanpak …": the text's own word for its genre, weighed as a title's
  const selfName = findSelfName(index.documentSelfNames, text, tokens, analyses, compounds, CALIBRATION.selfNameChars);
  // (a term of its own, so that it is no repeat of the genre noun's cue)
  if (selfName) hits.push({ ...selfName, entry: { ...selfName.entry, term: `self-named ${selfName.entry.term}` }, weight: selfName.weight * CALIBRATION.genreName });
  // what the text opens with decides its genre, whatever it goes on to tell:
  // - a section's heading: the text was taken from that genre's document (not in a chat or an
  //   invite, whose "Planning: morgen" is no document's section);
  // - in a one-line title that tells no event, the supply, service or work a tender or a lot is titled by ("Catering
  //   voor bijeenkomsten …", "Drukwerk en verzending van de nieuwsbrief"), not a report's noun;
  // - a proposal's formula in its first three words ("Wij stellen u voor …, omdat …", "Het college besluit de
  //   opdracht … te gunnen", "Het college stelt de raad voor het inkoopbeleid vast te stellen")
  const heading = mayBeTitle ? openingHeading(index, text, tokens, analyses, compounds) : undefined;
  const opensWithFormula = (h: Hit<DocumentType>) =>
    h.entry.target === 'council-proposal' && h.weight >= 1 && tokens.length > 1 && h.start < tokens[Math.min(2, tokens.length - 1)]!.end && !index.documentGeneralCues.get(h.entry.target)?.has(h.entry.term);
  const decisive = heading ?? (tenses.length === 0 ? titleCue.find((h) => h.entry.target !== 'other') : undefined) ?? hits.find(opensWithFormula);
  if (decisive) {
    const { score, evidence } = scoreHits(heading ? [...hits, heading] : hits).get(decisive.entry.target)!;
    return { type: decisive.entry.target, score, titled: true, evidence };
  }
  const scored = scoreHits(hits);
  // a text whose title names its genre ("Raadsvoorstel …", "Projectplan …", "… Beschrijvend Document") is of that genre, whatever it tells
  const titled = new Set(hits.filter((h) => h.start < titleEnd && h.weight >= CALIBRATION.genreName).map((h) => h.entry.target));
  if (cpvFound) addCue(scored, 'tender', CALIBRATION.cpvTenderCue);
  // a meeting is held at a time of day ("maandag 2 februari om 20.00 uur"; not a tender's deadline, nor a
  // chat's "ik ben er om 10.00 uur": the caller knows a chat's kind)
  const clock = mayBeTitle ? clockTime(text) : undefined;
  if (clock) addCue(scored, 'meeting', CALIBRATION.clockTimeCue, { text: '', ...clock, kind: 'phrase' });
  // a news item opens with its dateline, the place in capitals ("NAALDWIJK - Maandag starten de werkzaamheden …")
  const place = mayBeTitle ? DATELINE.exec(text)?.indices?.[1] : undefined;
  if (place) addCue(scored, 'other', CALIBRATION.datelineCue, { text: '', start: place[0], end: place[1], kind: 'phrase' });
  // a text that opens with a condition states a rule or gives advice ("Als u wilt meedoen aan een aanbesteding, moet u …",
  // "Indien de geraamde waarde van de opdracht de drempelwaarde overschrijdt, …"): it speaks of its genre in general
  const condition = mayBeTitle ? opensWithCondition(tokens) : undefined;
  if (condition) addCue(scored, 'other', CALIBRATION.conditionCue, { text: '', start: condition.start, end: condition.end, kind: 'word' });
  // a headline tells (title-form.ts: "Vervanging van kunstgrasvelden in Nieuwleusen heeft hoge prioriteit"); not in English,
  // whose titles name things that look like verbs ("Supply of workwear for the public works department")
  const tells = mayBeTitle && compounds ? headlineVerb(text, tokens, CALIBRATION.headlineWords) : undefined;
  if (tells) addCue(scored, 'other', CALIBRATION.headlineCue, { text: '', start: tells.start, end: tells.end, kind: 'word' });
  // a told event counts unless a report cue already reads it ("is gestart", "besloten")
  const reportCues = hits.filter((h) => h.entry.target === 'other');
  const fresh = tenses
    .filter((t) => !reportCues.some((h) => h.start <= t.participleStart && t.participleStart < h.end))
    .slice(0, CALIBRATION.reportTenses);
  for (const tense of fresh) {
    addCue(scored, 'other', CALIBRATION.reportTenseCue * (tense.start < CALIBRATION.openingChars ? CALIBRATION.openingBoost : 1), { text: '', start: tense.start, end: tense.end, kind: tense.kind });
  }
  // only weak cues (gemeenteraad, planning, contract) name what a text is about, not what it is
  const distinct = new Set(hits.filter((h) => h.weight >= CALIBRATION.distinctCue).map((h) => h.entry.target));
  if (cpvFound) distinct.add('tender');
  let best: { type: DocumentType; score: number; evidence: Evidence[] } | undefined;
  for (const [type, { score, evidence }] of scored) {
    if (score >= CALIBRATION.documentTypeThreshold && (distinct.has(type) || type === 'other' || type === 'message' || type === 'meeting') && (!best || score > best.score)) best = { type, score, evidence };
  }
  // a text that tells what happened (news, a web page, a report) names the genre words of what it
  // reports on in passing: it is of no genre (the caller's default: 'other', or 'message' in a chat)
  // unless another type has clearly more evidence
  const report = scored.get('other');
  if (best && best.type !== 'message' && !titled.has(best.type) && report && report.score >= CALIBRATION.reportThreshold && report.score * CALIBRATION.reportMargin >= best.score) {
    return { type: 'other', score: report.score, titled: false, evidence: report.evidence };
  }
  if (!best) return undefined;
  const own = hits.filter((h) => h.entry.target === best!.type && h.weight > 0);
  const opensWithOwn = own.some((h) => h.start === tokens[0]!.start);
  // a tender, a proposal or a plan states its case: one that asks a question of nobody in particular
  // ("Is de aanbesteding van een VRI een werk of een levering?") asks about the genre (twenty-fourth pass);
  // so does a proposal or a plan that tells its reader as je what to do ("Als je een verharding wil aanleggen,
  // moet je goedkeuring vragen aan het college", "In het projectplan leg je … vast": twenty-fifth pass). A
  // question is no document's title, so it asks about the genre it names as a title would ("Wat is een
  // projectplan en waarom heb ik het nodig?": twenty-sixth pass)
  const asksAbout = asksOneQuestion(text) && !tokens.some((t) => ADDRESSES_READER.has(t.word));
  const guides = GUIDING.has(best.type) && tokens.some((t) => GUIDE_READER.has(t.word));
  if (STATING.has(best.type) && !opensWithOwn && (asksAbout || (guides && !titled.has(best.type)))) {
    return { type: 'other', score: best.score, titled: false, evidence: best.evidence.map((e) => ({ ...e, kind: 'general' as const })) };
  }
  const general = index.documentGeneralCues.get(best.type);
  // (a sought party, a CPV code or a cue the text opens with names this text's own case)
  const inGeneral =
    !!general?.size && !titled.has(best.type) && !cpvFound && !opensWithOwn && own.every((h) => general.has(h.entry.term) && !sought.some((p) => p.entry === h.entry));
  return { type: best.type, score: best.score, titled: titled.has(best.type), evidence: best.type === 'other' ? [] : best.evidence, ...(inGeneral ? { general: true as const } : {}) };
}

/**
 * the title cue a one-line title opens with (title-form.ts): a title opens with what it names, so
 * "Referentiefuncties Bevolkingsonderzoek …" is no report. A first word that another type's cue
 * names whole keeps that reading ("Nieuwbouw …" opens a plan, no bouw).
 */
function titleHits(index: MatcherIndex, tokens: readonly Token[], analyses: readonly WordAnalysis[]): Hit<DocumentType>[] {
  const first = tokens[0]!;
  const cue = titleCueOf(index.documentTitles, first.word);
  if (!cue) return [];
  const { nl, en } = analyses[0]!;
  const named = [index.documentTypes, index.documentOpenings].flatMap((table) => [...(table.words.nl.get(nl) ?? []), ...(table.words.en.get(en) ?? [])]);
  return named.some((entry) => entry.target !== cue.target) ? [] : [{ entry: cue, weight: cue.weight, start: first.start, end: first.end, kind: 'word' }];
}

/** a heading after which a colon follows ("Risico's:", "Beslispunt 2:", "Argument 1.3:" too): a section's name, not a word of a sentence */
const HEADING_END = /^(?:['’]s)?(?:\s*\d+(?:\.\d+)*)?\s*:/;

/**
 * the section heading a text opens with ("Doel: …", "Financiële consequenties: …"): a text taken
 * from a document's section names the section, and the section names the genre
 */
function openingHeading(index: MatcherIndex, text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[], compounds: boolean): Hit<DocumentType> | undefined {
  const first = Math.min(tokens.length, CALIBRATION.headingWords);
  return findHits(index.documentHeadings, tokens.slice(0, first), analyses.slice(0, first), compounds).find(
    (hit) => hit.start === tokens[0]!.start && HEADING_END.test(text.slice(hit.end)),
  );
}

/** the cues' verdict on a text, for the eval's cross-validation of how cues and the learned type combine */
export function documentTypeByCues(index: MatcherIndex, text: string): CueVerdict | undefined {
  const tokens = tokenise(text);
  const analyses = analyseTokens(index, tokens, new CompoundBudget(text.length));
  const compounds = !readsAsEnglish(tokens);
  const cpvFound = findCpvCodes(text).length > 0;
  const cues = typeByCues(index, text, tokens, analyses, compounds, cpvFound);
  return cues?.general && !namesAGroup(scoredGroups(index, text, tokens, analyses, compounds).scores, tokens) ? { type: 'other', score: 0, titled: false, evidence: [] } : cues;
}

/** the type a text is reported as: the cues' verdict, else the learned type's, else the caller's default */
function documentTypeOf(
  cues: CueVerdict | undefined,
  model: TypeModel | undefined,
  tokens: readonly Token[],
  cpvFound: boolean,
  fallback: DocumentType,
  groupNamed: boolean,
): { type: DocumentType; evidence: Evidence[] } {
  // a report is of no genre: the caller's default ('other', or 'message' in a chat)
  if (cues?.type === 'other') return { type: fallback, evidence: fallback === 'other' ? cues.evidence : [] };
  // nor is a text about a genre in general: it names no product group, nothing of its own case (its
  // genre words are shown as spoken of in general)
  if (cues?.general && !groupNamed) return { type: fallback, evidence: fallback === 'other' ? cues.evidence.map((e) => ({ ...e, kind: 'general' as const })) : [] };
  if (cues) return { type: cues.type, evidence: cues.evidence };
  // no cue reached a verdict: the learned type may tell a genre from the opening's wording
  return learnedType(model, tokens, cpvFound, fallback) ?? { type: fallback, evidence: [] };
}

/**
 * the learned document type of a text the cues leave to the caller's default, or undefined when the
 * model finds no genre ('none'), the pack has no model, or the caller knows what kind of text it
 * has: a chat or mail message ('message') or a meeting invite ('meeting') is conversational, unlike
 * the documents the model learned from, and keeps its default (docs/matcher.md, eighth pass)
 */
function learnedType(model: TypeModel | undefined, tokens: readonly Token[], cpvFound: boolean, fallback: DocumentType): { type: DocumentType; evidence: Evidence[] } | undefined {
  if (!model || fallback !== 'other') return undefined;
  const verdict = applyTypeModel(model, typeFeatures(tokens, model.openingChars, cpvFound));
  if (verdict.type === 'none') return undefined;
  // the words that weighed most for it, in text order: the model's reasons, marked as learned
  const evidence = verdict.evidence.map((e): Evidence => ({ text: '', start: e.start, end: e.end, kind: 'learned' })).sort((a, b) => a.start - b.start);
  return { type: verdict.type, evidence };
}

/** the product groups' scores of a text, with its CPV codes and the group each names */
function scoredGroups(index: MatcherIndex, text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[], compounds: boolean) {
  const cpvCodes = findCpvCodes(text).map((found) => ({ ...found, group: index.cpv.find((c) => found.code.startsWith(c.prefix))?.group }));
  const groupHits = withoutTowns(index, text, tokens, findHits(index.groups, tokens, analyses, compounds, /* heaviestPart */ true));
  const scores = scoreHits(withoutIdlePlaces(index, groupHits, cpvCodes));
  for (const found of cpvCodes) {
    if (!found.group) continue;
    let group = scores.get(found.group);
    if (!group) scores.set(found.group, (group = { score: 0, evidence: [] }));
    group.score += CALIBRATION.cpvWeight;
    // a CPV code is shown whatever else was found: it is the author's own classification
    group.evidence.unshift({ text: '', start: found.start, end: found.end, kind: 'cpv' });
  }
  return { scores, cpvCodes };
}

const groupThresholdOf = (tokens: readonly Token[]) => (tokens.length >= CALIBRATION.longText ? CALIBRATION.longTextThreshold : CALIBRATION.groupThreshold);

/** whether any product group reaches the threshold: the text names a group, so it is reported */
const namesAGroup = (scores: Map<ProductGroupId, Evidenced>, tokens: readonly Token[]) => [...scores.values()].some((g) => g.score >= groupThresholdOf(tokens));

/** how much of an item's or action's vocabulary the document shares, 0..1 */
function overlap(stems: Set<string>, documentStems: Set<string>): number {
  if (stems.size === 0) return 0;
  let shared = 0;
  for (const s of stems) if (documentStems.has(s)) shared++;
  return Math.min(1, shared / Math.min(stems.size, 12));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function matchDocument(index: MatcherIndex, text: string, options: MatchOptions = {}): MatchResult {
  const tokens = tokenise(text);
  const budget = new CompoundBudget(text.length);
  const distinct: WordAnalysis[] = [];
  const analyses = analyseTokens(index, tokens, budget, distinct);
  const cutShort = budget.cutShort ? { compoundsCutShort: true as const } : {};
  const withText = (e: Evidence): Evidence => ({ ...e, text: text.slice(e.start, e.end) });

  const compounds = !readsAsEnglish(tokens);
  const { scores: groupScores, cpvCodes } = scoredGroups(index, text, tokens, analyses, compounds);

  const fallback = options.defaultDocumentType ?? 'other';
  // a chat line or an invite's subject is no document's title: the caller knows its kind (as for the learned type)
  const documentType = options.documentType
    ? { type: options.documentType, evidence: [] }
    : documentTypeOf(
        typeByCues(index, text, tokens, analyses, compounds, cpvCodes.length > 0, fallback === 'other'),
        // the model learned Dutch documents: an English sentence is not its to type, an English title may be
        compounds || isOneLineTitle(text, tokens, CALIBRATION.titleFormWords) ? index.pack.documentTypeModel : undefined,
        tokens,
        cpvCodes.length > 0,
        fallback,
        namesAGroup(groupScores, tokens),
      );
  const best = Math.max(0, ...[...groupScores.values()].map((g) => g.score));
  const threshold = groupThresholdOf(tokens);
  const productGroups: ProductGroupMatch[] = [...groupScores.entries()]
    .filter(([, g]) => g.score >= threshold && g.score >= best * CALIBRATION.relativeThreshold)
    .map(([id, g]) => ({
      id,
      score: round(g.score),
      evidence: g.evidence
        .sort((a, b) => a.start - b.start)
        .slice(0, CALIBRATION.maxEvidencePerGroup)
        .map(withText),
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  if (productGroups.length === 0) {
    return { documentType: documentType.type, documentTypeEvidence: documentType.evidence.map(withText), productGroups: [], checklistItems: [], actions: [], ...cutShort };
  }

  // the stems the document shares with the items and actions, from each distinct word once
  const documentStems = new Set<string>();
  for (const analysis of distinct) {
    if (index.rankingVocabulary.has(analysis.nl)) documentStems.add(analysis.nl);
    if (index.rankingVocabulary.has(analysis.en)) documentStems.add(analysis.en);
  }

  const checklistItems = new Map<string, ChecklistItemMatch>();
  const addItems = (items: readonly IndexedItem[], base: number, group?: ProductGroupId) => {
    for (const { item, checklist, stems } of items) {
      const score = round(base * (1 + overlap(stems, documentStems)));
      const known = checklistItems.get(item.id);
      if (known && known.score >= score) continue;
      checklistItems.set(item.id, { id: item.id, checklistId: checklist.id, ...(group ? { productGroup: group } : {}), score });
    }
  };
  for (const group of productGroups) addItems(index.itemsByGroup.get(group.id) ?? [], group.score, group.id);
  // practice checklists for the kind of document, ranked below the product-group criteria
  addItems(index.itemsByDocumentType.get(documentType.type) ?? [], productGroups[0]!.score * CALIBRATION.practiceShare);

  const groupScore = new Map(productGroups.map((g) => [g.id, g.score]));
  const actions: ActionMatch[] = index.actions
    .map(({ action, stems }) => {
      const shared = action.productGroups.filter((g) => groupScore.has(g));
      if (shared.length === 0) return undefined;
      const fromGroups = shared.reduce((sum, g) => sum + groupScore.get(g)!, 0) / Math.sqrt(action.productGroups.length);
      return { id: action.id, score: round(fromGroups * (1 + overlap(stems, documentStems))) };
    })
    .filter((a): a is ActionMatch => a !== undefined)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, CALIBRATION.maxActions);

  return {
    documentType: documentType.type,
    documentTypeEvidence: documentType.evidence.map(withText),
    productGroups,
    checklistItems: [...checklistItems.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)),
    actions,
    ...cutShort,
  };
}
