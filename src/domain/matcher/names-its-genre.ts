// A text that names its own genre (issue 17, eighteenth pass): "Voor u ligt het projectplan voor …",
// "In dit plan van aanpak beschrijven we …", "Dit projectplan beschrijft …", "Deze vooraankondiging
// heeft betrekking op …", "This project plan describes …". A reader takes the genre noun after such a
// self-reference as the document's own word for what it is, as from a title ("Projectplan …"),
// wherever its sentence stands in the opening; news and explainers speak of "het projectplan" or "een
// projectplan" instead. The nouns are the pack's `selfNames`; this module tells the self-reference.
import { opensClause, type Token } from './fold';
import { findHits, type Hit, type TriggerTable, type WordAnalysis } from './trigger-table';

/** openings that present the document to its reader: "Voor u ligt …", "Hierbij ontvangt u …" */
const PRESENTS = ['voor u ligt', 'voor je ligt', 'hierbij ontvangt u', 'hierbij treft u', 'bijgaand treft u', 'hierbij bieden wij u', 'hierbij bied ik u'].map((p) => p.split(' '));
/** a demonstrative that points at the document itself, at the start of a sentence: "Dit projectplan …", "In dit plan van aanpak …" */
const THIS = new Set(['dit', 'deze', 'this']);
/**
 * what a document says it does, right after "Dit projectplan" or "This report": a demonstrative
 * before another verb is as often a noun the text spoke of ("Deze aanbesteding is gegund …")
 */
const DESCRIBES = new Set(
  [
    'beschrijft beschrijven bevat bevatten geeft geven schetst schetsen omvat omvatten biedt bieden behandelt behandelen',
    'presenteert presenteren gaat richt vormt legt heeft',
    'describes sets presents outlines contains provides covers gives',
  ]
    .join(' ')
    .split(' '),
);
/** the genre noun stands within this many words of the self-reference ("het (meerjaren)programma", "dit Gemeentelijk Water- en Rioleringsplan") */
const REACH = 4;

/** the word after the one that ends at or after `end` */
const wordAfter = (tokens: readonly Token[], end: number) => tokens[tokens.findIndex((t) => t.end >= end) + 1]?.word ?? '';

/** the tokens after which a self-reference's genre noun may stand, and whether a verb of describing must follow it */
function selfReferenceAt(text: string, tokens: readonly Token[], i: number): { after: number; describes: boolean } | undefined {
  if (!opensClause(text, tokens, i)) return undefined;
  for (const words of PRESENTS) if (words.every((w, k) => tokens[i + k]?.word === w)) return { after: i + words.length - 1, describes: false };
  const word = tokens[i]!.word;
  if (word === 'in' && THIS.has(tokens[i + 1]?.word ?? '')) return { after: i + 1, describes: false };
  if (THIS.has(word)) return { after: i, describes: true };
  return undefined;
}

/**
 * the genre a text names itself by in its opening (the first `withinChars` characters): a hit from
 * the self-reference to the genre noun, of the noun's target and weight; at most one, the first
 */
export function findSelfName<T extends string>(table: TriggerTable<T>, text: string, tokens: readonly Token[], analyses: readonly WordAnalysis[], compounds: boolean, withinChars: number): Hit<T> | undefined {
  for (let i = 0; i < tokens.length && tokens[i]!.start < withinChars; i++) {
    const reference = selfReferenceAt(text, tokens, i);
    if (!reference) continue;
    let last = reference.after + 1;
    while (last < tokens.length && last <= reference.after + REACH && !opensClause(text, tokens, last)) last++;
    const from = reference.after + 1;
    const hit = findHits(table, tokens.slice(from, last), analyses.slice(from, last), compounds).find((h) => h.weight > 0);
    if (!hit) continue;
    // "Dit projectplan beschrijft …": the noun right after the demonstrative, a verb of describing right after the noun
    if (reference.describes && (hit.start >= tokens[from]!.end || !DESCRIBES.has(wordAfter(tokens, hit.end)))) continue;
    return { ...hit, start: tokens[i]!.start, kind: 'phrase', token: i };
  }
  return undefined;
}
