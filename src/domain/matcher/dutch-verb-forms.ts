// Dutch verb forms that count as their verb: participles ("gesloopt", "gerenoveerd") and finite
// forms ("sloopt", "sloopte") of a verb the vocabulary lists by its infinitive ("slopen",
// "renoveren"). The Snowball stemmer leaves these apart from the infinitive's stem, so without
// this a council text in which the old school "wordt gesloopt" says nothing about demolition.
import { stem } from './stemming';

const PARTICIPLE = /^ge(.{3,}?)(?:t|d)(?:e|en)?$/;
const FINITE = /^(.{3,}?)(?:ten|den|te|de|t)$/;
/** verbs with an unstressed prefix take no ge-: verduurzaamd, ontmanteld, bestraat */
const PREFIXED_PARTICIPLE = /^((?:be|ver|ont|her)..{3,}?)(?:t|d)(?:e|en)?$/;
/** a long vowel in a closed final syllable is written double: sloop → slopen, renoveer → renoveren */
const DOUBLE_VOWEL = /([aeou])\1([^aeiou])$/;
const SHORT_CLOSED = /[^aeiou][aeiou]([bdfgklmnprst])$/;

/** the infinitives a verb root can have: sloop → slopen, maai → maaien, kap → kappen, leef → leven */
function infinitives(root: string): string[] {
  const forms = [`${root}en`, `${root.replace(DOUBLE_VOWEL, '$1$2')}en`];
  const short = SHORT_CLOSED.exec(root);
  if (short) forms.push(`${root}${short[1]}en`);
  if (root.endsWith('f')) forms.push(`${root.slice(0, -1)}ven`);
  if (root.endsWith('s')) forms.push(`${root.slice(0, -1)}zen`);
  return forms;
}

/**
 * the Dutch stems of the infinitives a word may be a form of, for a word that looks like a
 * participle or a finite verb form; empty for most words. The caller keeps only stems of verbs the
 * vocabulary lists, which keeps chance look-alikes ("gast" is no form of "gassen") out.
 */
export function verbFormStems(word: string): string[] {
  const roots: string[] = [];
  const participle = PARTICIPLE.exec(word);
  if (participle) roots.push(participle[1]!);
  const prefixed = PREFIXED_PARTICIPLE.exec(word);
  if (prefixed) roots.push(prefixed[1]!);
  const finite = FINITE.exec(word);
  if (finite) roots.push(finite[1]!);
  return [...new Set(roots.flatMap(infinitives).map((w) => stem(w, 'nl')))];
}
