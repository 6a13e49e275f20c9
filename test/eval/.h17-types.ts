import { readContentPack } from '/work/wt/h17-matcher/src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '/work/wt/h17-matcher/src/domain/matcher';
import { readLabelledTexts } from '/work/wt/h17-matcher/test/eval/labelled-texts';
const TUNED = ['dev-set.jsonl', 'match-probe.jsonl', 'holdout-set.jsonl', 'short-tuning.jsonl', 'real-tuning.jsonl', ...process.argv.slice(2)];
const loaded = readContentPack(); if (!loaded.ok) throw new Error('pack');
const index = buildMatcherIndex(loaded.pack);
for (const f of TUNED) {
  if (/measure|blind/.test(f)) throw new Error('no');
  const file = f.includes('/') ? f : '/work/wt/h17-matcher/test/fixtures/' + f;
  for (const t of readLabelledTexts(file)) {
    const r = matchDocument(index, t.text);
    if (r.documentType !== t.documentType && !(t.documentType === 'message')) {
      console.log(`${t.id}: ${t.documentType} -> ${r.documentType} [${r.documentTypeEvidence.map(e=>e.text).join('|')}] ${t.text.slice(0, 220)}`);
    }
  }
}
