// Search (src/domain/search) against a plain substring search of the same run: the same queries
// over the same criteria and actions, the substring search with its folded texts made beforehand
// (the fairest plain search there is). Also the index build, done once per pack, beside the
// matcher's index build of the same pack.
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex } from '../../src/domain/matcher';
import { fold, words } from '../../src/domain/matcher/fold';
import { buildContentSearchIndex, searchContent } from '../../src/domain/search/search-content';
import { compareMs, ms, runOnItsOwn } from './measure';

/** the searches, words typed letter by letter, and words of both languages that people use */
const QUERIES = [
  'LED', 'bureaustoel', 'bureaustoelen', 'ledverlichting', 'cradle to cradle', 'asfalt',
  'b', 'bu', 'bur', 'bure', 'burea', 'bureau', 'bureaus', 'bureaust',
  'klinkers', 'verharding', 'elementenverharding', 'speeltoestellen', 'hergebruik bestrating', 'materialenpaspoort',
  'laptops', 'schoonmaakmiddelen', 'bedrijfskleding', 'circulair inkopen', 'paving bricks', 'reuse', 'zzzz',
];

export function runSearchBench(): Record<string, string | number> {
  const loaded = readContentPack();
  if (!loaded.ok) throw new Error('the bundled content pack does not validate');
  const { pack } = loaded;

  const plain = [
    ...pack.checklists.flatMap((c) => c.items.map((i) => ({ id: i.id, text: fold([i.text.nl, i.text.en, i.guidance.nl, i.guidance.en, c.title.nl, c.title.en].join('\n')).text }))),
    ...pack.actions.map((a) => ({ id: a.id, text: fold([a.title.nl, a.title.en, a.description.nl, a.description.en].join('\n')).text })),
  ];
  const substring = (query: string) => {
    const terms = words(query);
    return terms.length === 0 ? [] : plain.filter((e) => terms.every((t) => e.text.includes(t))).map((e) => e.id);
  };

  // the matcher's index, built from the same pack in the same run, as the build's yardstick
  const build = compareMs(() => buildMatcherIndex(pack), () => buildContentSearchIndex(pack), 10, { warmup: 2 });
  const index = buildContentSearchIndex(pack);
  const all = compareMs(() => QUERIES.map(substring), () => QUERIES.map((q) => searchContent(index, q)), 40);
  const perQuery = (query: string) => compareMs(() => substring(query), () => searchContent(index, query), 200, { warmup: 20 });
  const led = perQuery('LED');
  const compound = perQuery('ledverlichting');
  const typing = perQuery('bureaust');

  return {
    queries: QUERIES.length,
    'index build, once per pack (median)': ms(build.subject),
    'matcher index build, same pack (median)': ms(build.baseline),
    'ratio search index / matcher index (median)': `${build.ratio.toFixed(2)}×`,
    'all queries: substring baseline (median)': ms(all.baseline),
    'all queries: search (median)': ms(all.subject),
    'ratio search / substring (median)': `${all.ratio.toFixed(2)}×`,
    'search per query (median of the set / queries)': `${ms(all.subject / QUERIES.length)}  (target: a few ms)`,
    '"LED": substring / search (median)': `${ms(led.baseline)} / ${ms(led.subject)} (${led.ratio.toFixed(2)}×)`,
    '"ledverlichting": substring / search (median)': `${ms(compound.baseline)} / ${ms(compound.subject)} (${compound.ratio.toFixed(2)}×)`,
    '"bureaust" (typing): substring / search (median)': `${ms(typing.baseline)} / ${ms(typing.subject)} (${typing.ratio.toFixed(2)}×)`,
  };
}

if (require.main === module) runOnItsOwn(runSearchBench);
