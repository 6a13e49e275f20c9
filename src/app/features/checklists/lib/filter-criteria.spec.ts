import { realPack } from '../../../../../test/support/app/fakes';
import { filterCriteria } from './filter-criteria';

describe('filterCriteria', () => {
  const pack = realPack();
  const ids = (results: ReturnType<typeof filterCriteria>) => results.flatMap((r) => r.items.map((i) => i.id));

  it('shows one product group’s checklist', () => {
    const results = filterCriteria(pack, { productGroup: 'roads' });
    expect(results.map((r) => r.checklist.id)).toEqual(['roads']);
    expect(ids(results).length).toBeGreaterThan(3);
  });

  it('combines ambition, kind and R-strategy', () => {
    const results = filterCriteria(pack, { ambition: 'basis', kind: 'requirement', rStrategy: 'R3-reuse' });
    const items = results.flatMap((r) => r.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatchObject({ ambition: 'basis', kind: 'requirement', rStrategy: 'R3-reuse' });
  });

  it('shows a level with the levels below it, as the national criteria tool does', () => {
    const upToSignificant = filterCriteria(pack, { productGroup: 'roads', ambition: 'significant' }).flatMap((r) => r.items);
    expect(new Set(upToSignificant.map((i) => i.ambition))).toEqual(new Set(['basis', 'significant']));
  });

  it('shows a group up to its adopted level where no level is chosen, and the rest in full', () => {
    const adopted = { roads: 'basis' } as const;
    const results = filterCriteria(pack, { adopted });
    const roads = results.find((r) => r.checklist.id === 'roads')!.items;
    expect(roads.length).toBeGreaterThan(0);
    for (const item of roads) expect(item.ambition).toBe('basis');
    const sewerage = results.find((r) => r.checklist.productGroup === 'sewerage')!.items;
    expect(sewerage.map((i) => i.id)).toEqual(pack.checklists.find((c) => c.productGroup === 'sewerage')!.items.map((i) => i.id));
    // a level chosen by the person overrides the adopted one
    const chosen = filterCriteria(pack, { adopted, productGroup: 'roads', ambition: 'ambitious' }).flatMap((r) => r.items);
    expect(chosen.some((i) => i.ambition === 'ambitious')).toBe(true);
  });

  it('searches Dutch and English alike, ignoring case and accents', () => {
    const dutch = ids(filterCriteria(pack, { search: 'KLINKERS' }));
    expect(dutch.length).toBeGreaterThan(0);
    const english = ids(filterCriteria(pack, { search: 'paving bricks' }));
    expect(english.length).toBeGreaterThan(0);
    // 'hygiënepapier' is in the pack with its diaeresis; typed without it, it is still found
    const plain = ids(filterCriteria(pack, { search: 'hygienepapier' }));
    expect(plain.length).toBeGreaterThan(0);
    expect(ids(filterCriteria(pack, { search: 'hygiënepapier' }))).toEqual(plain);
  });

  it('LED shows the public lighting checklist first, elsewhere only criteria that name LED, and a filter narrows the hits', () => {
    const results = filterCriteria(pack, { search: 'LED' });
    expect(results[0]?.checklist.id).toBe('public-lighting');
    for (const item of results.slice(1).flatMap((r) => r.items)) expect(item.text.nl).toMatch(/\bled\b/i);
    const basis = filterCriteria(pack, { search: 'LED', ambition: 'basis' });
    expect(ids(basis).length).toBeLessThan(ids(results).length);
    for (const item of basis.flatMap((r) => r.items)) expect(item.ambition).toBe('basis');
    expect(filterCriteria(pack, { search: 'LED', productGroup: 'roads' })).toEqual([]);
  });

  it('shows the checklists in the alphabet of the person’s language', () => {
    expect(filterCriteria(pack, {}, 'nl')[0]!.checklist.title.nl).toBe('Afvalinzameling en -verwerking');
    expect(filterCriteria(pack, {}, 'en')[0]!.checklist.title.en).toBe('Area development');
  });

  it('finds nothing for words that are not there, rather than everything', () => {
    expect(filterCriteria(pack, { search: 'zzzqqq' })).toEqual([]);
  });
});
