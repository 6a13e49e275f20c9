// The four civil-works groups of issue 15 (winter road maintenance, earthworks and cables and pipes,
// traffic control installations, coating of steel structures): a tender of each kind finds its own
// group first, their CPV codes go to them by the longest prefix, and the groups they were carved out
// of keep what is theirs.
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const index = buildMatcherIndex(loaded.pack);
const groups = (text: string) => matchDocument(index, text).productGroups.map((g) => g.id);

describe('civil-works groups of issue 15', () => {
  it.each([
    ['winter-maintenance', 'Aanbesteding gladheidsbestrijding 2027-2031: preventief strooien van hoofdroutes en fietspaden met natzout en opslag van strooizout.'],
    ['winter-maintenance', 'Sneeuw ruimen en strooien op de fietspaden bij ijzel.'],
    ['winter-maintenance', 'Tender for winter road maintenance: gritting of main roads and snow clearing.'],
    ['earthworks', 'Aanbesteding grondwerken: ontgraven, grondverzet en afvoer van vrijkomende grond volgens het Besluit bodemkwaliteit.'],
    ['earthworks', 'Aanleg van kabels en leidingen in de nieuwe wijk, deels sleufloos met een gestuurde boring.'],
    ['traffic-control', "Onderhoud en vervanging van verkeersregelinstallaties (VRI's) op vier kruispunten."],
    ['traffic-control', 'Het stoplicht op de kruising bij de school blijft steeds op rood staan.'],
    ['steel-coating', 'Conservering van stalen bruggen en lichtmasten: stralen en een nieuw verfsysteem volgens ISO 12944.'],
    ['steel-coating', 'Conserveringswerken aan de stalen leuningen van de fietsbrug.'],
  ])('puts %s first for: %s', (group, text) => {
    expect(groups(text)[0]).toBe(group);
  });

  it.each([
    ['winter-maintenance', 'CPV 90620000-9'], // snow clearing
    ['winter-maintenance', 'CPV 90630000-2'], // ice clearing
    ['earthworks', 'CPV 45112000-5'], // excavating and earthmoving
    ['earthworks', 'CPV 45231600-1'], // communication lines
    ['traffic-control', 'CPV 45316212-5'], // installation of traffic lights, not electrical installation work
    ['traffic-control', 'CPV 50232200-2'], // traffic-signal maintenance
    ['steel-coating', 'CPV 45442120-4'], // painting and protective coating of structures, not painting buildings
    ['sewerage', 'CPV 45232410-9'], // sewerage work stays with sewerage under the earthworks prefix 45232
    ['green-space', 'CPV 45112710-5'], // landscaping stays with green space under 45112
    ['public-lighting', 'CPV 50232100-1'], // street-lighting maintenance stays with public lighting
    ['buildings-maintenance', 'CPV 45442110-1'], // painting buildings stays with building maintenance
  ])('reads a tender with nothing but %s to its group: %s', (group, cpv) => {
    expect(groups(`Aanbesteding. ${cpv}.`)).toEqual([group]);
  });

  it('leaves street lighting, street sweeping and an energy contract where they were', () => {
    expect(groups('Vervanging van de straatverlichting door ledarmaturen in de wijk.')).toEqual(['public-lighting']);
    const sweeping = groups('Aanbesteding straatreiniging: machinaal en handmatig vegen van straten en goten, legen van afvalbakken, CPV 90612000-0.');
    expect(sweeping[0]).toBe('street-cleaning');
    expect(groups('Levering van elektriciteit aan de gemeentelijke gebouwen, CPV 09310000-5.')[0]).toBe('energy');
  });

  it('does not read idioms and look-alikes as the new groups', () => {
    expect(groups('Het team zit in de pekel met de planning.')).toEqual([]);
    expect(groups('Wij strooien niet met geld, zegt de wethouder.')).toEqual([]);
  });
});
