// The pack that ships with the app, held to what the municipality can put its name under: nothing
// cites a Soest programme that has no public criteria, no municipal facility is assumed to exist,
// and every national or EU criterion can be checked at a public address.
import { readContentPack } from './read-pack';

const result = readContentPack();
if (!result.ok) throw new Error(`the bundled pack does not load: ${result.errors.length} problems`);
const { pack } = result;
const items = pack.checklists.flatMap((c) => c.items.map((item) => ({ item, checklist: c })));
const allText = (i: (typeof items)[number]['item']) =>
  [i.text.nl, i.text.en, i.guidance.nl, i.guidance.en, i.verification.nl, i.verification.en, i.source.reference].join('\n');

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
});
