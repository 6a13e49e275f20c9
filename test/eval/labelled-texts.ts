// Labelled texts for measuring the matcher: the shared dev set (copied into test/fixtures from
// ../shared/data/dev-set.jsonl), the team's own sets and the real public texts (see
// docs/matcher.md). One JSON object a line; `acceptable` and `source` are optional, so older lines
// stay valid.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType, ProductGroupId } from '../../src/domain/taxonomy';

export interface LabelledText {
  id: string;
  documentType: DocumentType;
  /** the groups the text is about: one of them in the top three is a hit */
  expected: ProductGroupId[];
  /** further groups an expert would not call wrong (a tender for a school's furniture may name the
   * school); they count as right for precision, not for hit@3 */
  acceptable?: ProductGroupId[];
  negative: boolean;
  text: string;
  /** where a real text was found, so anyone can check the excerpt */
  source?: string;
}

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** the sets nobody tunes on, only measured (docs/matcher.md), in the order the eval prints them */
export const MEASURING_SETS = ['blind-set.jsonl', 'short-measure.jsonl', 'real-measure.jsonl', 'notice-measure.jsonl', 'written-measure.jsonl', 'written-measure-2.jsonl', 'written-measure-3.jsonl', 'written-measure-4.jsonl'];

/** reads a JSON-lines file, naming the line of anything malformed */
export function readLabelledTexts(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      let parsed: LabelledText;
      try {
        parsed = JSON.parse(line) as LabelledText;
      } catch (error) {
        throw new Error(`${path}:${n}: ${(error as Error).message}`);
      }
      if (typeof parsed.text !== 'string' || !Array.isArray(parsed.expected) || (parsed.acceptable !== undefined && !Array.isArray(parsed.acceptable))) {
        throw new Error(`${path}:${n}: needs text, expected[] and, if given, acceptable[]`);
      }
      return parsed;
    });
}

/** a text as compared for repeats between sets: whitespace and case folded */
export const textKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** every labelled set, measuring sets included, in file-name order */
export function labelledSets(): { file: string; texts: LabelledText[] }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({ file, texts: readLabelledTexts(join(FIXTURES, file)) }));
}

/** the texts of every labelled set but one (the set a script remakes), by file name */
export const fixturesBut = (fileName: string) => labelledSets().filter((set) => set.file !== fileName);

/** per expected group: how its texts fared and which groups were reported beside it wrongly */
export interface GroupRow {
  texts: number;
  hits: number;
  /** times this group was reported in a top three, and how many of those an expert accepts */
  reported: number;
  reportedRight: number;
  /** wrong groups in the top three of this group's texts, with counts */
  confusedWith: Map<ProductGroupId, number>;
}

export interface EvalOutcome {
  positives: number;
  hitAt3: number;
  top1: number;
  /** groups reported in the top three of the positives, and how many of them are expected or acceptable */
  reportedInTop3: number;
  reportedRight: number;
  negatives: number;
  negativesNudged: number;
  documentTypeRight: number;
  /** expected document type → reported type → count */
  documentTypes: Map<DocumentType, Map<DocumentType, number>>;
  groups: Map<ProductGroupId, GroupRow>;
  failures: { id: string; why: string }[];
  /** positives whose top three holds a group nobody accepts (precision's misses) */
  extras: { id: string; why: string }[];
}
