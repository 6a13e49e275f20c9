// Labelled texts for measuring the matcher: the shared dev set (copied into test/fixtures from
// ../shared/data/dev-set.jsonl) and the team's own probe set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentType, ProductGroupId } from '../../src/domain/taxonomy';

export interface LabelledText {
  id: string;
  documentType: DocumentType;
  expected: ProductGroupId[];
  negative: boolean;
  text: string;
}

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** reads a JSON-lines file, naming the line of anything malformed */
export function readLabelledTexts(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as LabelledText;
      } catch (error) {
        throw new Error(`${path}:${n}: ${(error as Error).message}`);
      }
    });
}

export interface EvalOutcome {
  positives: number;
  hitAt3: number;
  top1: number;
  negatives: number;
  negativesNudged: number;
  documentTypeRight: number;
  failures: { id: string; why: string }[];
}
