// The learned document type's file is what `npm run type-model` makes of the committed tuning sets,
// and small enough to ship to the tab's worker and the server's threads.
import { readFileSync } from 'node:fs';
import { readContentPack } from '../../src/content/read-pack';
import { TYPE_MODEL_FILE, buildTypeModel, serialiseTypeModel } from './type-cv';

/** bytes of the JSON file: about 23 KB once compressed, as it would travel to the tab */
const SIZE_BUDGET = 170_000;

describe('the learned document type model', () => {
  const committed = readFileSync(TYPE_MODEL_FILE, 'utf8');

  it('is current: the script makes the committed file from the committed tuning sets (npm run type-model)', () => {
    const loaded = readContentPack();
    if (!loaded.ok) throw new Error('the bundled content pack must validate');
    expect(serialiseTypeModel(buildTypeModel(loaded.pack))).toBe(committed);
  });

  it(`stays within its size budget of ${SIZE_BUDGET} bytes`, () => {
    expect(committed.length).toBeLessThanOrEqual(SIZE_BUDGET);
    expect(Object.keys((JSON.parse(committed) as { features: object }).features).length).toBeLessThanOrEqual(3000);
  });
});
