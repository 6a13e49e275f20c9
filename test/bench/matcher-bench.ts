// The matcher on a generated 50-page tender against a tokenise-only baseline in the same process;
// a hostile text of 200,000 characters (the matcher's worst case, see test/support/hostile-text.ts)
// against tokenising it;
// the learned document type's share (its features of the opening and its verdict, which the matcher
// adds where no cue reaches a verdict) against the matcher on the same text;
// also the index build and the validation of the whole pack.
import { DEFAULT_PACK_DIR, readContentPack, readPackFiles } from '../../src/content/read-pack';
import { loadContentPack } from '../../src/domain/content/validate-pack';
import { tokenise } from '../../src/domain/matcher/fold';
import { applyTypeModel, typeFeatures } from '../../src/domain/matcher/type-model';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { HOSTILE_HEAD, HOSTILE_WORD_LETTERS, hostileText } from '../support/hostile-text';
import { generatedTender } from './generated-tender';
import { compareMs, medianMs, ms } from './measure';

/** as long as the longest text the bot checks */
const HOSTILE_CHARS = 200_000;

export function runMatcherBench(): Record<string, string | number> {
  const loaded = readContentPack();
  if (!loaded.ok) throw new Error('the bundled content pack does not validate');
  const { pack } = loaded;
  const text = generatedTender();
  const words = text.split(/\s+/).length;
  const repeats = 30;

  const index = buildMatcherIndex(pack);
  const warm = compareMs(() => tokenise(text), () => matchDocument(index, text), repeats);
  // first time: a fresh index each round, so no word analysis is cached from an earlier run
  let fresh = index;
  const cold = compareMs(() => tokenise(text), () => matchDocument(fresh, text), 15, {
    warmup: 1,
    prepare: () => (fresh = buildMatcherIndex(pack)),
  });
  // the worst case: a new hostile text and a fresh index each round, so neither the index's word
  // analyses nor the stem cache have seen its words
  let hostile = '';
  let round = 0;
  const worst = compareMs(() => tokenise(hostile), () => matchDocument(fresh, hostile), 15, {
    warmup: 1,
    prepare: () => {
      hostile = hostileText(HOSTILE_CHARS, ++round);
      fresh = buildMatcherIndex(pack);
    },
  });
  // what splitting adds: the same kind of text matched by an index that splits no word (each with
  // a text of its own, as stems are cached across indexes)
  let whole = buildMatcherIndex(pack, { splitter: { maxLetters: 0 } });
  let other = '';
  const splitting = compareMs(() => matchDocument(whole, other), () => matchDocument(fresh, hostile), 15, {
    warmup: 1,
    prepare: () => {
      hostile = hostileText(HOSTILE_CHARS, ++round);
      other = hostileText(HOSTILE_CHARS, ++round);
      fresh = buildMatcherIndex(pack);
      whole = buildMatcherIndex(pack, { splitter: { maxLetters: 0 } });
    },
  });
  // the learned type's work on a text the matcher has tokenised: the same whatever the text's length
  const model = pack.documentTypeModel;
  if (!model) throw new Error('the bundled content pack has no learned document type');
  const learned = (tokens: ReturnType<typeof tokenise>) => () => applyTypeModel(model, typeFeatures(tokens, model.openingChars, false));
  const tenderTokens = tokenise(text);
  const learnedTender = compareMs(() => matchDocument(index, text), learned(tenderTokens), repeats);
  const hostileTokens = tokenise(hostile);
  const learnedHostile = compareMs(() => matchDocument(index, hostile), learned(hostileTokens), 15, { warmup: 1 });
  const build = medianMs(() => buildMatcherIndex(pack), repeats);
  const files = readPackFiles(DEFAULT_PACK_DIR);
  const validate = medianMs(() => loadContentPack(files), 10, 1);

  return {
    'document words': words,
    'tokenise-only baseline (median)': ms(warm.baseline),
    'match, first time (median)': `${ms(cold.subject)}  (target < 50 ms)`,
    'match, words seen before (median)': ms(warm.subject),
    'ratio first time / baseline (median)': `${cold.ratio.toFixed(2)}×  (target ≤ 5×)`,
    'ratio words seen / baseline (median)': `${warm.ratio.toFixed(2)}×`,
    [`hostile ${HOSTILE_CHARS.toLocaleString('en')} characters (${HOSTILE_WORD_LETTERS}-letter compounds ending in "${HOSTILE_HEAD}"): tokenise-only (median)`]: ms(worst.baseline),
    'hostile: match, first time (median)': ms(worst.subject),
    'ratio hostile / its tokenise-only (median)': `${worst.ratio.toFixed(2)}×  (target ≤ 10×)`,
    'ratio hostile / same text, no splitting (median)': `${splitting.ratio.toFixed(2)}×`,
    'learned type on the tender (median)': `${ms(learnedTender.subject)}, ${(learnedTender.ratio * 100).toFixed(2)} % of the matcher's time (median ratio)`,
    'learned type on the hostile text (median)': `${ms(learnedHostile.subject)}, ${(learnedHostile.ratio * 100).toFixed(2)} % of the matcher's time (median ratio)`,
    'index build (median)': `${ms(build)}  (target < 50 ms)`,
    'validate the whole pack (median)': `${ms(validate)}  (target < 1 s)`,
  };
}
