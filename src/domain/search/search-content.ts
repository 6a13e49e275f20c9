// Searching the criteria and programme actions of a pack for what someone types, in Dutch or
// English: folded, stemmed, inside compounds ("verharding" finds "elementenverharding"), and the
// last word as a prefix, so results follow the typing.
import type { ContentPack, LocalisedText } from '../content/model';
import { words } from '../matcher/fold';
import { stem } from '../matcher/stemming';
import { LANGUAGES } from '../taxonomy';

export interface SearchHit {
  kind: 'item' | 'action';
  id: string;
  score: number;
}

interface Field {
  /** the field's folded words joined with spaces around each, for fast prefix and infix tests */
  text: string;
  stems: Set<string>;
  weight: number;
}

interface Entry {
  kind: SearchHit['kind'];
  id: string;
  fields: Field[];
}

export interface ContentSearchIndex {
  entries: Entry[];
}

const MIN_INFIX = 4;

function field(weight: number, ...texts: (LocalisedText | string | undefined)[]): Field {
  const all = texts.flatMap((t) => (t === undefined ? [] : typeof t === 'string' ? words(t) : [...words(t.nl), ...words(t.en)]));
  return { text: ` ${all.join(' ')} `, stems: new Set(all.flatMap((w) => LANGUAGES.map((l) => stem(w, l)))), weight };
}

export function buildContentSearchIndex(pack: ContentPack): ContentSearchIndex {
  const groupLabel = new Map(pack.productGroups.map((g) => [g.id as string, g.label]));
  const entries: Entry[] = [];
  for (const checklist of pack.checklists) {
    for (const item of checklist.items) {
      entries.push({
        kind: 'item',
        id: item.id,
        fields: [
          field(3, item.text),
          field(1.5, checklist.title, checklist.productGroup ? groupLabel.get(checklist.productGroup) : undefined, item.id),
          field(1, item.guidance, item.verification, item.source.reference),
        ],
      });
    }
  }
  for (const action of pack.actions) {
    entries.push({
      kind: 'action',
      id: action.id,
      fields: [
        field(3, action.title),
        field(1.5, ...action.productGroups.map((g) => groupLabel.get(g)), action.id),
        field(1, action.description, action.indicator),
      ],
    });
  }
  return { entries };
}

/** how well one query word fits a field: 1 for a stem match, less for a part or a prefix */
function fit(term: string, termStems: string[], isLast: boolean, f: Field): number {
  if (termStems.some((s) => f.stems.has(s))) return 1;
  if (isLast && f.text.includes(` ${term}`)) return 0.8;
  if (term.length >= MIN_INFIX && f.text.includes(term)) return 0.6;
  return 0;
}

/** criteria and actions that contain every word of the query, best first */
export function searchContent(index: ContentSearchIndex, query: string, limit = 25): SearchHit[] {
  const terms = words(query).filter((w) => w.length >= 2);
  if (terms.length === 0) return [];
  const termStems = terms.map((t) => LANGUAGES.map((l) => stem(t, l)));
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let score = 0;
    let all = true;
    for (let i = 0; i < terms.length && all; i++) {
      let best = 0;
      for (const f of entry.fields) best = Math.max(best, fit(terms[i]!, termStems[i]!, i === terms.length - 1, f) * f.weight);
      if (best === 0) all = false;
      score += best;
    }
    if (all) hits.push({ kind: entry.kind, id: entry.id, score: Math.round(score * 100) / 100 });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
