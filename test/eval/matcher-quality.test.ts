// The matcher's targets on labelled texts, as a regression guard: the dev set (hit@3 100 %, no
// negative nudged) and the team's probe set. `npm run eval` prints the same figures in full.
import { join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { evaluate } from './evaluate';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const { pack } = loaded;

describe('matcher quality on labelled texts', () => {
  it.each(['dev-set.jsonl', 'match-probe.jsonl'])('%s: every positive has an expected group in the top three and no negative is nudged', (file) => {
    const outcome = evaluate(pack, readLabelledTexts(join(FIXTURES, file)));
    expect(outcome.failures).toEqual([]);
    expect(outcome.hitAt3).toBe(outcome.positives);
    expect(outcome.negativesNudged).toBe(0);
  });
});
