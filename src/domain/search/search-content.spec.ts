import { loadContentPack } from '../content/validate-pack';
import { minimalPackFiles, withFile } from '../../../test/support/minimal-pack';
import { buildContentSearchIndex, searchContent } from './search-content';

const files = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) =>
  t.replace('text: { nl: "Hergebruik", en: "Reuse" }', 'text: { nl: "Hergebruik vrijkomende elementenverharding", en: "Reuse released paving" }'),
);
const loaded = loadContentPack(files);
if (!loaded.ok) throw new Error('pack must load');
const index = buildContentSearchIndex(loaded.pack);

describe('searching criteria and actions', () => {
  it('finds a criterion by a Dutch word inside a compound and by its English text', () => {
    expect(searchContent(index, 'verharding').map((h) => h.id)).toEqual(['roads-reuse']);
    // the English title of the action mentions paving too
    expect(searchContent(index, 'PAVING').map((h) => h.id).sort()).toEqual(['reuse-paving', 'roads-reuse']);
  });

  it('follows typing: the last word counts as a prefix', () => {
    expect(searchContent(index, 'hergebruik vrijko').map((h) => h.id)).toEqual(['roads-reuse']);
  });

  it('needs every word of the query', () => {
    expect(searchContent(index, 'hergebruik laptops')).toEqual([]);
  });

  it('finds actions too, and ranks a match in the title above one in the description', () => {
    const hits = searchContent(index, 'bestrating');
    expect(hits.map((h) => [h.kind, h.id])).toEqual([['action', 'reuse-paving']]);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchContent(index, '  ')).toEqual([]);
    expect(searchContent(index, '?!')).toEqual([]);
  });
});
