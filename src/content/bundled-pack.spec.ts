// The pack that ships with the app, held to what the municipality can put its name under: nothing
// cites a Soest programme that has no public criteria, no municipal facility is assumed to exist,
// and every national or EU criterion can be checked at a public address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root';
import { readContentPack } from './read-pack';

const result = readContentPack();
if (!result.ok) throw new Error(`the bundled pack does not load: ${result.errors.length} problems`);
const { pack } = result;
const items = pack.checklists.flatMap((c) => c.items.map((item) => ({ item, checklist: c })));
const allText = (i: (typeof items)[number]['item']) =>
  [i.text.nl, i.text.en, i.guidance.nl, i.guidance.en, i.verification.nl, i.verification.en, i.source.reference].join('\n');
/** the content words of a Dutch text, so that two wordings of one criterion can be compared */
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size;

describe('the bundled content pack', () => {
  it('cites no Soest action programme as the source of a criterion', () => {
    expect(items.filter(({ item }) => /actieprogramma/i.test(item.source.reference)).map(({ item }) => item.id)).toEqual([]);
  });

  it('sends no material to a municipal depot as if it exists', () => {
    expect(items.filter(({ item }) => /materialendepot van de gemeente|municipal materials depot/i.test(allText(item))).map(({ item }) => item.id)).toEqual([]);
  });

  it('names RMN where household waste is concerned, and dates the residual waste figures', () => {
    const waste = pack.checklists.find((c) => c.productGroup === 'waste-management')!;
    expect(waste.description.nl).toMatch(/RMN/);
    const withTarget = items.filter(({ item }) => /135 kg/.test(allText(item)));
    expect(withTarget.length).toBeGreaterThan(0);
    for (const { item } of withTarget) expect(allText(item)).toMatch(/135 kg[^.]*2023/);
  });

  it('claims no legal MPG limit for buildings that have none', () => {
    expect(items.filter(({ item }) => /kindcentr|sporthal/i.test(item.text.nl) && /wettelijke/i.test(item.text.nl)).map(({ item }) => item.id)).toEqual([]);
  });

  it('shows every policy value filled in: no {{parameter}} is left in a text', () => {
    expect(items.filter(({ item }) => /\{\{/.test(allText(item))).map(({ item }) => item.id)).toEqual([]);
  });

  it('gives every national or EU criterion a public https address', () => {
    const national = items.filter(({ item }) => item.source.kind === 'mvi' || item.source.kind === 'eu-gpp');
    expect(national.length).toBeGreaterThan(0);
    for (const { item } of national) expect(item.source.url).toMatch(/^https:\/\//);
  });

  it('keeps every criterion id released before issue 15, since stored choices refer to them', () => {
    const released = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/released-item-ids.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(released.length).toBeGreaterThan(100);
    const present = new Set(items.map(({ item }) => item.id));
    expect(released.filter((id) => !present.has(id))).toEqual([]);
  });

  it('gives every product group at least ten criteria', () => {
    const count = new Map<string, number>();
    for (const { checklist } of items) if (checklist.productGroup) count.set(checklist.productGroup, (count.get(checklist.productGroup) ?? 0) + 1);
    expect(pack.productGroups.filter((g) => (count.get(g.id) ?? 0) < 10).map((g) => `${g.id}: ${count.get(g.id) ?? 0}`)).toEqual([]);
  });

  it('says nothing twice within a product group', () => {
    const twice: string[] = [];
    const inGroup = items.filter(({ checklist }) => checklist.productGroup);
    for (let a = 0; a < inGroup.length; a++)
      for (let b = a + 1; b < inGroup.length; b++) {
        const [x, y] = [inGroup[a]!, inGroup[b]!];
        if (x.checklist.productGroup !== y.checklist.productGroup) continue;
        if (overlap(words(x.item.text.nl), words(y.item.text.nl)) >= 0.5) twice.push(`${x.item.id} ~ ${y.item.id}`);
      }
    expect(twice).toEqual([]);
  });
});
