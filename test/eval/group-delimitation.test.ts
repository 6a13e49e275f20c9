// Groups split off from a broader one (issue 15): a text about the narrower thing tops the new
// group, and the broader group keeps what stays with it. Each case is one a buyer would notice:
// a refuse-truck tender that gets pool-car criteria, or a printer tender that gets laptop ones.
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const index = buildMatcherIndex(loaded.pack);
const groups = (text: string) => matchDocument(index, text).productGroups.map((g) => g.id);

describe('printers and audio-visual equipment apart from ICT hardware', () => {
  it('puts a multifunctional tender in printers, not in ICT hardware', () => {
    const found = groups('Aanbesteding multifunctionals en printdienstverlening 2027-2032, inclusief toner en onderhoud. CPV 30120000-6.');
    expect(found[0]).toBe('printers');
    expect(found).not.toContain('ict-hardware');
  });

  it('puts toner by its CPV code in printers and copy paper still in paper', () => {
    expect(groups('Levering van tonercartridges, CPV 30125100-2.')[0]).toBe('printers');
    expect(groups('Levering kopieerpapier A4, CPV 30197642-8.')[0]).toBe('printing-paper');
  });

  it('puts beamers and meeting-room sound in audio-visual, and laptops still in ICT hardware', () => {
    expect(groups('Vervanging van de beamers, vergaderschermen en microfoons in de raadzaal.')[0]).toBe('audio-visual');
    expect(groups('Levering van 300 laptops en dockingstations voor de medewerkers.')).toEqual(['ict-hardware']);
  });
});

describe('heavy vehicles and target-group transport apart from the fleet of cars and vans', () => {
  it('puts a refuse-truck tender in heavy vehicles and a van in vehicles', () => {
    const trucks = groups('Aanbesteding levering van drie elektrische vuilniswagens met zijlader. CPV 34144511-3.');
    expect(trucks[0]).toBe('heavy-vehicles');
    expect(trucks).not.toContain('vehicles');
    expect(groups('Lease van vijf elektrische bestelbussen voor de buitendienst.')[0]).toBe('vehicles');
  });

  it('puts Wmo and school transport in target-group transport, and Wmo aids nowhere', () => {
    expect(groups('Europese aanbesteding Wmo-vervoer en leerlingenvervoer regio Amersfoort, perceel regiotaxi.')[0]).toBe('target-group-transport');
    expect(groups('Aanbesteding Wmo-hulpmiddelen: rolstoelen en scootmobielen voor inwoners.')).toEqual([]);
  });
});

describe('office supplies apart from paper and printing', () => {
  it('puts binders and pens in office supplies and a print job in paper and printing', () => {
    expect(groups('Raamovereenkomst kantoorartikelen: ordners, balpennen en archiefdozen.')[0]).toBe('office-supplies');
    expect(groups('Drukwerk van de gemeentegids, oplage 25.000 exemplaren.')[0]).toBe('printing-paper');
  });
});
