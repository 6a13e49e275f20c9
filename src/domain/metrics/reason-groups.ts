// Grouping the free-text reasons people give for 'not applicable' and 'considered'. Two reasons are
// one group when they are the same words once case, accents, punctuation, spacing and a short list
// of filler words are set aside ("Geen budget." = "geen  budget" = "Er is geen budget"). No fuzzy
// matching: every merge can be explained by pointing at the rule. See docs/metrics.md.

/** words that carry no meaning of their own in a short reason; negations are never here */
const FILLER_WORDS = new Set([
  // Dutch
  'de', 'het', 'een', 'er', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'dit', 'deze', 'dat', 'die', 'hier',
  'van', 'voor', 'in', 'op', 'aan', 'bij', 'te', 'en', 'of', 'ook', 'al', 'nog', 'want', 'omdat', 'hierbij',
  // English
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'this', 'that', 'these', 'those', 'it', 'there',
  'for', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'also', 'already', 'because', 'as',
]);

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

/** the grouping key of a reason: folded words without fillers, in their order */
export function reasonKey(reason: string): string {
  const folded = reason.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  const words = folded.split(NOT_A_WORD).filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !FILLER_WORDS.has(w));
  // a reason made only of filler words keeps them, so it is not merged with every other such reason
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

export interface ReasonGroup {
  /** the grouping key (folded words) */
  key: string;
  /** how the group is shown: its most often given wording */
  label: string;
  count: number;
  /** distinct wordings merged into the group */
  variants: number;
}

export interface ReasonRanking {
  /** the largest groups, most given first */
  groups: ReasonGroup[];
  /** reasons counted (rows with a reason) */
  total: number;
  /** reasons in groups beyond the top, and in groups fewer people gave than the privacy rule's minimum */
  otherCount: number;
  /** distinct groups in all */
  distinctGroups: number;
}

/**
 * counts reasons as they come; keys are computed once per distinct wording, so a list with many
 * repeats costs one map lookup per row
 */
export class ReasonTally {
  private readonly perWording = new Map<string, number>();
  private readonly peoplePerWording = new Map<string, readonly number[]>();

  /** `people`: who gave it (numbers internal to the count), for rank's minimum of people */
  add(reason: string | undefined, times = 1, people?: readonly number[]): void {
    // raw text is counted as it comes; spacing is tidied once per distinct text when ranking
    if (reason === undefined || reason.length === 0) return;
    this.perWording.set(reason, (this.perWording.get(reason) ?? 0) + times);
    if (people) this.peoplePerWording.set(reason, [...(this.peoplePerWording.get(reason) ?? []), ...people]);
  }

  /**
   * the groups, largest first, `top` of them. With `minPeople` above 1, a group is listed only when
   * at least that many different people gave it (the privacy rule, docs/privacy.md): a reason
   * fewer people wrote could name them or someone else, and is counted in otherCount only
   */
  rank(top: number, minPeople = 1): ReasonRanking {
    const tidied = new Map<string, { count: number; people: Set<number> }>();
    for (const [raw, count] of this.perWording) {
      const wording = raw.trim().replace(/\s+/g, ' ');
      if (wording.length === 0) continue;
      const entry = tidied.get(wording) ?? { count: 0, people: new Set<number>() };
      entry.count += count;
      for (const person of this.peoplePerWording.get(raw) ?? []) entry.people.add(person);
      tidied.set(wording, entry);
    }
    let total = 0;
    const groups = new Map<string, ReasonGroup & { labelCount: number; people: Set<number> }>();
    for (const [wording, { count, people }] of tidied) {
      total += count;
      const key = reasonKey(wording);
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { key, label: wording, count, variants: 1, labelCount: count, people: new Set(people) });
        continue;
      }
      group.count += count;
      group.variants++;
      for (const person of people) group.people.add(person);
      // the most given wording names the group; on a tie, the one that sorts first, so the label is stable
      if (count > group.labelCount || (count === group.labelCount && wording < group.label)) {
        group.label = wording;
        group.labelCount = count;
      }
    }
    const ranked = [...groups.values()]
      .filter((group) => minPeople <= 1 || group.people.size >= minPeople)
      .map(({ key, label, count, variants }) => ({ key, label, count, variants }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const shown = ranked.slice(0, Math.max(0, top));
    const shownCount = shown.reduce((n, g) => n + g.count, 0);
    return { groups: shown, total, otherCount: total - shownCount, distinctGroups: groups.size };
  }
}
