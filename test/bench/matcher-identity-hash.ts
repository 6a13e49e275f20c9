// One sha256 over the matcher's full results on every text of every labelled set (measuring sets
// included, without looking at a single result), the generated tender and hostile texts: a change
// made for speed must leave it unchanged. Run: npx tsx test/bench/matcher-identity-hash.ts
import { createHash } from 'node:crypto';
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { documentTypeByCues } from '../../src/domain/matcher/match-document';
import { labelledSets } from '../eval/labelled-texts';
import { hostileText } from '../support/hostile-text';
import { generatedTender } from './generated-tender';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack does not validate');
const index = buildMatcherIndex(loaded.pack);
const texts = labelledSets().flatMap((set) => set.texts.map((t) => t.text));
const hash = createHash('sha256');
// the hostile shape of the recorded hashes (docs/matcher.md, Speed), whatever the bench's head now is
for (const text of [...texts, generatedTender(), hostileText(200_000, 1, 24, 'verharding')]) {
  // as the eval matches, as a chat message is matched, and the cues' own verdict
  hash.update(JSON.stringify(matchDocument(index, text)));
  hash.update(JSON.stringify(matchDocument(index, text, { defaultDocumentType: 'message' })));
  hash.update(JSON.stringify(documentTypeByCues(index, text) ?? null));
}
console.log(`${texts.length} labelled texts: ${hash.digest('hex')}`);
