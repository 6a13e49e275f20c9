// The learned document type the pack ships (src/content/document-type-model.json) is what `npm run
// type-model` makes of the committed tuning sets, trained on every one of them, and small.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readContentPack } from '../../src/content/read-pack';
import { FIXTURES, MEASURING_SETS } from './labelled-texts';
import { TYPE_MODEL_FILE, TYPE_SETS_NOT_KEPT, TYPE_TUNING_SETS, buildTypeModel, serialiseTypeModel } from './type-cv';

/** bytes of the file, and gzipped as it travels to the tab (docs/matcher.md, eighth pass) */
const SIZE_BUDGET = 170_000;
const GZIP_BUDGET = 24_000;

describe('the learned document type model', () => {
  const committed = readFileSync(TYPE_MODEL_FILE, 'utf8');

  it('is current: the script makes the committed file from the committed tuning sets (else run npm run type-model)', () => {
    expect(serialiseTypeModel(buildTypeModel())).toBe(committed);
  });

  it('learns from every labelled set that is not kept for measuring, but those its pass did not keep for it', () => {
    const labelled = readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl') && !MEASURING_SETS.includes(f) && !TYPE_SETS_NOT_KEPT.includes(f));
    expect([...TYPE_TUNING_SETS].sort()).toEqual(labelled.sort());
  });

  it('is part of the bundled pack', () => {
    const loaded = readContentPack();
    expect(loaded.ok && Object.keys(loaded.pack.documentTypeModel?.features ?? {}).length).toBe(Object.keys((JSON.parse(committed) as { features: object }).features).length);
  });

  it(`stays within ${SIZE_BUDGET} bytes, ${GZIP_BUDGET} gzipped`, () => {
    expect(committed.length).toBeLessThanOrEqual(SIZE_BUDGET);
    expect(gzipSync(committed, { level: 9 }).length).toBeLessThanOrEqual(GZIP_BUDGET);
  });
});
