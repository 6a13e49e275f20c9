// The matcher on a generated 50-page tender against a tokenise-only baseline in the same process;
// also the index build and the validation of the whole pack.
import { performance } from 'node:perf_hooks';
import { DEFAULT_PACK_DIR, readContentPack, readPackFiles } from '../../src/content/read-pack';
import { loadContentPack } from '../../src/domain/content/validate-pack';
import { tokenise } from '../../src/domain/matcher/fold';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { generatedTender } from './generated-tender';
import { median, medianMs, ms } from './measure';

export function runMatcherBench(): Record<string, string | number> {
  const loaded = readContentPack();
  if (!loaded.ok) throw new Error('the bundled content pack does not validate');
  const { pack } = loaded;
  const text = generatedTender();
  const words = text.split(/\s+/).length;
  const repeats = 30;

  const baseline = medianMs(() => tokenise(text), repeats);
  const index = buildMatcherIndex(pack);
  const warm = medianMs(() => matchDocument(index, text), repeats);
  // cold: a fresh index each time, so no word analysis is cached from an earlier run
  const coldTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const fresh = buildMatcherIndex(pack);
    const start = performance.now();
    matchDocument(fresh, text);
    coldTimes.push(performance.now() - start);
  }
  const cold = median(coldTimes);
  const build = medianMs(() => buildMatcherIndex(pack), repeats);
  const files = readPackFiles(DEFAULT_PACK_DIR);
  const validate = medianMs(() => loadContentPack(files), 10, 1);

  return {
    'document words': words,
    'tokenise-only baseline (median)': ms(baseline),
    'match, first time (median)': ms(cold),
    'match, words seen before (median)': ms(warm),
    'ratio first time / baseline': `${(cold / baseline).toFixed(2)}×  (target ≤ 5×, < 50 ms)`,
    'ratio words seen / baseline': `${(warm / baseline).toFixed(2)}×`,
    'index build (median)': `${ms(build)}  (target < 50 ms)`,
    'validate the whole pack (median)': `${ms(validate)}  (target < 1 s)`,
  };
}
