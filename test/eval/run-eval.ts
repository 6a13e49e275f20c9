// `npm run eval [-- [--verbose | --summary] FILE.jsonl ...]`: the matcher's quality on labelled texts.
// Without files it measures every labelled set in test/fixtures (see docs/matcher.md for which were
// used to tune and which only measure). Misses are listed for the sets tuned on; --verbose lists them
// for every set, and also each text with a wrong group in its top three; --summary prints the
// headline figures alone (no confusion tables, no misses), for measuring a set without reading it.
// --type-cv cross-validates the learned document type over the tuning sets (--learner=NAME for the
// learners whose name holds NAME; --with=SET.jsonl[,SET.jsonl]: a set tried and not kept joins the tuning sets;
// --without=SET.jsonl[,SET.jsonl]: no fold learns those sets; --lots-as-one: a
// notice's lot texts weigh as one text in training; --changes: the tuning texts each learner types otherwise than
// the shipped one; --learner=weights: the seventeenth pass's grid); --type-cv --combine the tenth pass's rules for combining cues and
// the learned type (--rule=NAME lists the tuning texts the rule whose name starts with NAME types otherwise);
// --type-cv --curve the learning curve: the same, each fold's model learning a share of its texts.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { formatContentError } from '../../src/domain/content/validate-pack';
import { evaluate, precisionOf } from './evaluate';
import { FIXTURES, MEASURING_SETS, readLabelledTexts, type EvalOutcome } from './labelled-texts';
import { TYPE_SETS_NOT_KEPT, TYPE_TUNING_SETS, printCombinations, printTypeCurve, printTypeCv } from './type-cv';

/** the sets in the order printed: first those the vocabulary was tuned on, then those nobody tuned on */
const TUNED = [...TYPE_TUNING_SETS, ...TYPE_SETS_NOT_KEPT];
/** only measured: their single texts are listed only with --verbose, so that nobody tunes on them by accident */
const UNTUNED = MEASURING_SETS;

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`);
const sorted = <K>(map: Map<K, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);

function print(file: string, o: EvalOutcome, verbose: boolean, summary: boolean) {
  const untuned = UNTUNED.includes(basename(file));
  console.log(`\n${basename(file)}${untuned ? '  (never tuned on)' : ''}`);
  console.log(`  hit@3            ${o.hitAt3}/${o.positives}  ${pct(o.hitAt3, o.positives)}`);
  console.log(`  top-1            ${o.top1}/${o.positives}  ${pct(o.top1, o.positives)}`);
  console.log(`  precision (top3) ${o.reportedRight}/${o.reportedInTop3}  ${precisionOf(o).toFixed(3)}`);
  console.log(`  negatives nudged ${o.negativesNudged}/${o.negatives}`);
  console.log(`  document type    ${o.documentTypeRight}/${o.positives + o.negatives}  ${pct(o.documentTypeRight, o.positives + o.negatives)}`);
  if (summary) return;
  console.log('  document type: labelled → reported');
  for (const [expected, got] of [...o.documentTypes.entries()].sort()) {
    const total = [...got.values()].reduce((a, b) => a + b, 0);
    console.log(`    ${expected.padEnd(17)} ${`${got.get(expected) ?? 0}/${total}`.padEnd(7)} ${sorted(got).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  }
  console.log('  per group: texts, hit@3 | reported in a top three, accepted | wrongly reported beside it');
  for (const [id, r] of [...o.groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const confused = sorted(r.confusedWith).map(([g, n]) => `${g} ${n}`).join(', ');
    console.log(`    ${id.padEnd(22)} ${String(r.texts).padStart(3)} ${String(r.hits).padStart(3)} | ${String(r.reported).padStart(3)} ${String(r.reportedRight).padStart(3)} | ${confused}`);
  }
  if (untuned && !verbose) return;
  for (const f of o.failures) console.log(`  ✗ ${f.id}: ${f.why}`);
  if (verbose) for (const f of o.extras) console.log(`  ± ${f.id}: ${f.why}`);
}

const loaded = readContentPack();
if (!loaded.ok) {
  console.error(loaded.errors.map(formatContentError).join('\n'));
  process.exit(1);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const summary = args.includes('--summary');
if (args.includes('--type-cv') && args.includes('--combine')) {
  printCombinations(loaded.pack, args.find((a) => a.startsWith('--rule='))?.slice('--rule='.length));
  process.exit(0);
}
if (args.includes('--type-cv') && args.includes('--curve')) {
  printTypeCurve(loaded.pack);
  process.exit(0);
}
if (args.includes('--type-cv')) {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  printTypeCv(loaded.pack, option('learner'), { with: option('with'), without: option('without'), lotsAsOne: args.includes('--lots-as-one'), changes: args.includes('--changes') });
  process.exit(0);
}
const files = args.filter((a) => a !== '--verbose' && a !== '--summary');
const sets = files.length > 0 ? files : [...TUNED, ...UNTUNED].map((f) => join(FIXTURES, f)).filter((f) => existsSync(f));
for (const file of sets) print(file, evaluate(loaded.pack, readLabelledTexts(file)), verbose && !summary, summary);
