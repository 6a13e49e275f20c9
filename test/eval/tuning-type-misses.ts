// `npx tsx test/eval/tuning-type-misses.ts`: the document-type misses of the sets tuned on, and their
// totals per set, with the cues that decided. It reads the tuning sets alone, so that nobody tunes
// on the sets that only measure.
import { join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { FIXTURES, readLabelledTexts } from './labelled-texts';
import { TYPE_SETS_NOT_KEPT, TYPE_TUNING_SETS } from './type-cv';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const index = buildMatcherIndex(loaded.pack);
const quiet = process.argv.includes('--totals');
let right = 0;
let all = 0;
// (with the sets tried for the model and not kept: tuned on all the same)
for (const set of [...TYPE_TUNING_SETS, ...TYPE_SETS_NOT_KEPT]) {
  const texts = readLabelledTexts(join(FIXTURES, set));
  let setRight = 0;
  for (const t of texts) {
    const r = matchDocument(index, t.text);
    if (r.documentType === t.documentType) {
      setRight++;
      continue;
    }
    if (!quiet) console.log(`${t.id}: ${t.documentType} → ${r.documentType} [${r.documentTypeEvidence.map((e) => e.text).join(' | ')}] ${t.text.slice(0, 160).replace(/\s+/g, ' ')}`);
  }
  console.log(`${set}: ${setRight}/${texts.length}`);
  right += setRight;
  all += texts.length;
}
console.log(`all tuning: ${right}/${all}`);
