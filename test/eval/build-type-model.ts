// `npm run type-model`: trains the learned document type (src/domain/matcher/type-model.ts) on the
// type labels of the tuning sets and writes it to src/content/document-type-model.json. The test
// type-model.test.ts checks that the committed file is what this script makes of the committed sets.
import { writeFileSync } from 'node:fs';
import { readContentPack } from '../../src/content/read-pack';
import { formatContentError } from '../../src/domain/content/validate-pack';
import { TYPE_MODEL_FILE, buildTypeModel, serialiseTypeModel } from './type-cv';

const loaded = readContentPack();
if (!loaded.ok) {
  console.error(loaded.errors.map(formatContentError).join('\n'));
  process.exit(1);
}
const json = serialiseTypeModel(buildTypeModel(loaded.pack));
writeFileSync(TYPE_MODEL_FILE, json);
console.log(`${TYPE_MODEL_FILE}: ${json.length} bytes, ${Object.keys(JSON.parse(json).features).length} features`);
