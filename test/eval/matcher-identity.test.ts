// The matcher's own stemmers change no result: every labelled text, the generated tender and
// hostile texts are matched once as the matcher stands and once with the nlp.js ports stemming in
// their place (as the matcher stemmed before), and every result must be the same.
import { readContentPack } from '../../src/content/read-pack';
import type * as MatcherModule from '../../src/domain/matcher';
import type { Language } from '../../src/domain/taxonomy';
import { generatedTender } from '../bench/generated-tender';
import { hostileText } from '../support/hostile-text';
import { oracleSnowball } from '../support/stemmer-oracle';
import { labelledSets } from './labelled-texts';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const { pack } = loaded;

/**
 * stemming.ts as it was before our stemmers: the ports, with a final doubled Dutch consonant undone
 * and (ninth pass) a Dutch stem in -es or -aus stemmed again without its s, up to two rounds
 */
let portCalls = 0;
function portStem(word: string, language: Language): string {
  portCalls++;
  if (/^\d+$/.test(word) || word.length < 3) return word;
  if (language === 'en') return oracleSnowball(word, language);
  let stem = word;
  for (let round = 0; round <= 2; round++) {
    stem = oracleSnowball(stem, 'nl').replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
    if (stem.length < 4 || !/(?:e|au)s$/.test(stem)) break;
    if (round < 2) stem = stem.slice(0, -1);
  }
  return stem;
}

function loadMatcher(withPorts: boolean): typeof MatcherModule {
  let matcher: typeof MatcherModule | undefined;
  jest.isolateModules(() => {
    if (withPorts) jest.doMock('../../src/domain/matcher/stemming', () => ({ stem: portStem }));
    matcher = jest.requireActual<typeof MatcherModule>('../../src/domain/matcher');
  });
  return matcher!;
}

const labelled = labelledSets().flatMap((set) => set.texts.map((t) => t.text));

describe('matching with our stemmers', () => {
  const ours = loadMatcher(false);
  const ports = loadMatcher(true);
  const oursIndex = ours.buildMatcherIndex(pack);
  const portsIndex = ports.buildMatcherIndex(pack);

  it('the reference really stems with the ports', () => {
    const before = portCalls;
    ports.matchDocument(portsIndex, 'Onderhoud van de elementenverharding in de wijk.');
    expect(portCalls).toBeGreaterThan(before);
  });

  it('gives the same results as the ports on every labelled text and the generated tender', () => {
    expect(labelled.length).toBeGreaterThan(500);
    for (const text of [...labelled, generatedTender()]) {
      expect(ours.matchDocument(oursIndex, text)).toEqual(ports.matchDocument(portsIndex, text));
    }
  });

  it('gives the same results on hostile texts, where the compound budget cuts splitting short', () => {
    for (const seed of [1, 2, 3]) {
      const text = hostileText(200_000, seed);
      const result = ours.matchDocument(oursIndex, text);
      expect(result.compoundsCutShort).toBe(true);
      expect(result).toEqual(ports.matchDocument(portsIndex, text));
    }
  });
});
