// The searches of issue 19 on the bundled pack: each finds what the person typing it means.
import { bundledPack } from '../../../test/support/bundled-pack';
import { buildContentSearchIndex, searchContent, type SearchHit } from './search-content';

const pack = bundledPack();
const index = buildContentSearchIndex(pack);
const items = (query: string): SearchHit[] => searchContent(index, query, 500).filter((h) => h.kind === 'item');
const checklistsOf = (hits: SearchHit[]) => [...new Set(hits.map((h) => h.checklistId))];
const textOf = (id: string) => pack.checklists.flatMap((c) => c.items).find((i) => i.id === id)!.text.nl;

describe('search on the bundled pack', () => {
  it('LED: the public lighting criteria, those that name LED first; elsewhere only criteria that name LED, and not the new buildings', () => {
    const hits = items('LED');
    expect(checklistsOf(hits)[0]).toBe('public-lighting');
    expect(hits.filter((h) => h.checklistId === 'public-lighting').length).toBe(pack.checklists.find((c) => c.id === 'public-lighting')!.items.length);
    for (const hit of hits.filter((h) => h.checklistId !== 'public-lighting')) expect(textOf(hit.id)).toMatch(/\bled\b/i);
    expect(checklistsOf(hits)).not.toContain('buildings-new');
    const lighting = hits.filter((h) => h.checklistId === 'public-lighting');
    const naming = lighting.filter((h) => /\bLED\b/.test(textOf(h.id)));
    expect(naming.length).toBeGreaterThan(0);
    expect(lighting.slice(0, naming.length)).toEqual(naming);
  });

  it('bureaustoel and bureaustoelen: the office furniture criteria, the same for either', () => {
    const singular = items('bureaustoel');
    expect(checklistsOf(singular)).toEqual(['office-furniture']);
    expect(items('bureaustoelen')).toEqual(singular);
  });

  it('koffiemachines and brandmeldinstallaties: the same criteria as their singulars (plurals in -es, ninth pass)', () => {
    for (const [plural, singular] of [['koffiemachines', 'koffiemachine'], ['brandmeldinstallaties', 'brandmeldinstallatie']]) {
      const found = items(singular!);
      expect(found.length).toBeGreaterThan(0);
      expect(items(plural!)).toEqual(found);
    }
  });

  it('ledverlichting: the public lighting criteria, with the one about LED luminaires first', () => {
    const hits = items('ledverlichting');
    expect(checklistsOf(hits)).toEqual(['public-lighting']);
    expect(textOf(hits[0]!.id)).toMatch(/LED/);
  });

  it('cradle to cradle: the criteria that ask for demountable design, material passports or take-back', () => {
    const hits = items('cradle to cradle');
    expect(hits.length).toBeGreaterThan(3);
    const top = hits.filter((h) => h.score === hits[0]!.score).map((h) => textOf(h.id));
    for (const text of top) expect(text).toMatch(/demontab|losmaakba|materialenpaspoort|terugname/i);
    expect(items('c2c')).toEqual(hits);
  });

  it('asfalt: both asphalt criteria first, then the rest of the roads checklist', () => {
    const hits = items('asfalt');
    expect(hits.length).toBeGreaterThan(2);
    expect(checklistsOf(hits)).toEqual(['roads']);
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['roads-asphalt-reclaimed-content', 'roads-tar-asphalt-thermal-cleaning']);
  });
});
