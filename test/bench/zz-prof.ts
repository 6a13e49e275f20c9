import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { hostileText } from '../../test/support/hostile-text';
const loaded = readContentPack(); if (!loaded.ok) throw new Error('x');
for (let i = 0; i < 30; i++) { const idx = buildMatcherIndex(loaded.pack); matchDocument(idx, hostileText(200000, i + 1)); }
