// `npm run eval [-- FILE.jsonl ...]`: the matcher's quality on labelled texts. Without arguments
// it measures every labelled set in test/fixtures (see docs/matcher.md).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { formatContentError } from '../../src/domain/content/validate-pack';
import { evaluate } from './evaluate';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`);

const loaded = readContentPack();
if (!loaded.ok) {
  console.error(loaded.errors.map(formatContentError).join('\n'));
  process.exit(1);
}
const files = process.argv.slice(2);
const sets =
  files.length > 0
    ? files
    : ['dev-set.jsonl', 'match-probe.jsonl', 'holdout-set.jsonl', 'blind-set.jsonl'].map((f) => join(FIXTURES, f)).filter((f) => existsSync(f));
for (const file of sets) {
  const o = evaluate(loaded.pack, readLabelledTexts(file));
  console.log(`\n${file}`);
  console.log(`  hit@3            ${o.hitAt3}/${o.positives}  ${pct(o.hitAt3, o.positives)}`);
  console.log(`  top-1            ${o.top1}/${o.positives}  ${pct(o.top1, o.positives)}`);
  console.log(`  negatives nudged ${o.negativesNudged}/${o.negatives}`);
  console.log(`  document type    ${o.documentTypeRight}/${o.positives + o.negatives}  ${pct(o.documentTypeRight, o.positives + o.negatives)}`);
  for (const f of o.failures) console.log(`  ✗ ${f.id}: ${f.why}`);
}
