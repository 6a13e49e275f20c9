// `npm run type-model`: trains the learned document type (src/domain/matcher/type-model.ts) on the
// type labels of the tuning sets and writes it into the content pack as document-type-model.json.
// type-model.test.ts fails when the committed file is not what this script makes of the committed
// sets: run it again after changing a tuning set.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TYPE_MODEL_FILE, buildTypeModel, serialiseTypeModel } from './type-cv';

const model = buildTypeModel();
const json = serialiseTypeModel(model);
writeFileSync(TYPE_MODEL_FILE, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${TYPE_MODEL_FILE}: ${Object.keys(model.features).length} features, opening ${model.openingChars} characters, ${kb(json.length)} (${kb(gzipSync(json, { level: 9 }).length)} gzipped)`);
