import { bundledPack } from '../../../test/support/bundled-pack';
import { alphabeticalGroups, rankedGroups } from './criteria-groups';
import { buildContentSearchIndex, searchContent } from './search-content';

const pack = bundledPack();
const all = () => true;

describe('criteria grouped by checklist', () => {
  it('orders the checklists by their titles in the alphabet of the language, not by their ids', () => {
    const dutch = alphabeticalGroups(pack, all, 'nl').map((g) => g.checklist);
    const titles = dutch.map((c) => c.title.nl);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('nl').compare));
    // the pack lists them by their English ids: Nieuwbouw (buildings-new) came before Wegen (roads)
    expect(dutch.map((c) => c.id)).not.toEqual(pack.checklists.map((c) => c.id));
    expect(titles[0]).toBe('Afvalinzameling en -verwerking');
    const english = alphabeticalGroups(pack, all, 'en').map((g) => g.checklist.title.en);
    expect(english).toEqual([...english].sort(new Intl.Collator('en').compare));
    expect(english[0]).toBe('Area development');
  });

  it('keeps only the criteria asked for, and no checklist left empty', () => {
    const groups = alphabeticalGroups(pack, (_, item) => item.ambition === 'ambitious', 'nl');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.items.length).toBeGreaterThan(0);
      for (const item of group.items) expect(item.ambition).toBe('ambitious');
    }
  });

  it('with a search, puts the checklist of the best hit first and ranks the criteria', () => {
    const hits = searchContent(buildContentSearchIndex(pack), 'verharding', 500);
    const groups = rankedGroups(pack, hits, all, 'nl');
    const bestOf = (id: string) => Math.max(...hits.filter((h) => h.checklistId === id).map((h) => h.score));
    expect(bestOf(groups[0]!.checklist.id)).toBe(hits.find((h) => h.kind === 'item')!.score);
    const order = new Map(hits.map((h, i) => [h.id, i]));
    for (const group of groups) {
      const positions = group.items.map((i) => order.get(i.id)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    // checklists whose best hits score alike follow the alphabet
    for (let i = 1; i < groups.length; i++) {
      const [a, b] = [groups[i - 1]!.checklist, groups[i]!.checklist];
      if (bestOf(a.id) === bestOf(b.id)) expect(a.title.nl.localeCompare(b.title.nl, 'nl')).toBeLessThan(0);
      else expect(bestOf(a.id)).toBeGreaterThan(bestOf(b.id));
    }
  });
});
