import { loadContentPack } from '../content/validate-pack';
import type { ContentPack } from '../content/model';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { buildMatcherIndex, matchDocument } from '.';

/** the minimal pack with the nouns a plan and a tender name themselves by, and a few cues of each */
function pack(): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  const cues: Partial<Record<string, Partial<ContentPack['documentTypes'][number]>>> = {
    'project-plan': {
      cues: { nl: [{ term: 'projectplan', weight: 2 }, { term: 'plan van aanpak', weight: 1.5 }], en: ['project plan'] },
      selfNames: { nl: ['projectplan', 'plan van aanpak', 'plan'], en: ['project plan'] },
    },
    tender: { cues: { nl: [{ term: 'aanbesteding', weight: 0.6 }], en: [] }, selfNames: { nl: ['vooraankondiging', 'aanbesteding'], en: [] } },
    meeting: { cues: { nl: [{ term: 'bijeenkomst', weight: 1 }], en: [] } },
    other: { cues: { nl: [{ term: 'onlangs', weight: 0.6 }], en: [] } },
  };
  return { ...loaded.pack, documentTypes: loaded.pack.documentTypes.map((d) => ({ ...d, ...cues[d.id] })) };
}

describe('a text that names its own genre', () => {
  const index = buildMatcherIndex(pack());
  const type = (text: string) => matchDocument(index, text).documentType;

  it('types a plan that presents itself by its genre noun, with the self-reference and the noun as the evidence', () => {
    const result = matchDocument(index, 'Voor u ligt het projectplan voor het project duurzaamheid in de gemeente Drimmelen.');
    expect(result.documentType).toBe('project-plan');
    expect(result.documentTypeEvidence.map((e) => e.text)).toContain('Voor u ligt het projectplan');
    expect(type('Samenvatting. In dit plan van aanpak beschrijven we hoe de wijk Noord tot 2030 van het aardgas af gaat.')).toBe('project-plan');
    expect(type('In dit Gemeentelijk Water- en Rioleringsplan beschrijven we de zorgplichten voor afvalwater.')).toBe('project-plan');
    expect(type('This project plan describes how the school will be rebuilt in two phases.')).toBe('project-plan');
  });

  it('reads "dit" or "deze" as a self-reference only before a verb of describing', () => {
    expect(type('Deze vooraankondiging heeft betrekking op een bijeenkomst voor cateraars.')).toBe('tender');
    expect(type('Onlangs werd de aanbesteding gegund. Deze aanbesteding was de eerste met circulaire eisen.')).toBe('other');
  });

  it('leaves a plan that news or an explainer speaks of as a mention', () => {
    expect(type('De gemeenteraad besprak onlangs in een lange vergadering het projectplan voor het nieuwe zwembad aan de rand van het dorp.')).toBe('other');
    // a self-reference after the opening is a text speaking of another document, not of itself
    expect(type(`${'De werkzaamheden aan de kade duren tot de zomer en worden door de aannemer in fases uitgevoerd. '.repeat(4)}Voor u ligt het projectplan.`)).toBe('other');
  });

  it('keeps splitting a word it lists for the other cues: a self-name is no word of the compound splitter', () => {
    const base = pack();
    const withName = buildMatcherIndex({
      ...base,
      documentTypes: base.documentTypes.map((d) => (d.id === 'tender' ? { ...d, cues: { nl: ['aanbesteding', { term: 'procedure', weight: 0.3 }], en: [] }, selfNames: { nl: ['aanbestedingsprocedure'], en: [] } } : d)),
    });
    const result = matchDocument(withName, 'De aanbestedingsprocedure voor het groenonderhoud in de wijk Noord loopt tot de zomer.');
    expect(result.documentType).toBe('tender');
    expect(result.documentTypeEvidence.map((e) => e.text)).toEqual(['aanbestedings']);
  });
});
