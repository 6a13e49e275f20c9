// `npx tsx test/eval/second-labelling.ts`: how far a second, blind labelling of the document type of the
// short sets agrees with their labels, and the matcher with either (docs/matcher.md, twentieth to
// twenty-second passes). Counts only: the measuring sets' texts and ids are never printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const index = buildMatcherIndex(loaded.pack);
const second = new Map(
  readFileSync(join(__dirname, 'short-texts', 'second-labelling.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { set: string; id: string; documentType: string })
    .map((l) => [`${l.set}:${l.id}`, l.documentType]),
);
for (const set of ['short-tuning.jsonl', 'short-measure.jsonl', 'written-measure.jsonl', 'written-measure-2.jsonl', 'written-measure-3.jsonl', 'written-measure-4.jsonl']) {
  const texts = readLabelledTexts(join(FIXTURES, set));
  const count = { agree: 0, matcher: 0, matcherSecond: 0, matcherEither: 0, matcherWhereAgreed: 0 };
  const disagreements = new Map<string, number>();
  for (const t of texts) {
    const other = second.get(`${set}:${t.id}`);
    if (other === undefined) throw new Error(`${set}: ${t.id} has no second label`);
    const type = matchDocument(index, t.text).documentType;
    if (other === t.documentType) {
      count.agree++;
      if (type === t.documentType) count.matcherWhereAgreed++;
    } else disagreements.set(`${t.documentType} → ${other}`, (disagreements.get(`${t.documentType} → ${other}`) ?? 0) + 1);
    if (type === t.documentType) count.matcher++;
    if (type === other) count.matcherSecond++;
    if (type === t.documentType || type === other) count.matcherEither++;
  }
  const of = (n: number, all: number) => `${n}/${all} (${((100 * n) / all).toFixed(1)} %)`;
  console.log(`${set}`);
  console.log(`  second labelling = labels        ${of(count.agree, texts.length)}`);
  console.log(`  matcher = labels                 ${of(count.matcher, texts.length)}`);
  console.log(`  matcher = second labelling       ${of(count.matcherSecond, texts.length)}`);
  console.log(`  matcher = either                 ${of(count.matcherEither, texts.length)}`);
  console.log(`  matcher right where both agree   ${of(count.matcherWhereAgreed, count.agree)}`);
  console.log(`  labels → second labelling        ${[...disagreements.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
