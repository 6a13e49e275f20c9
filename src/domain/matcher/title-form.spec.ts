import { loadContentPack } from '../content/validate-pack';
import type { ContentPack } from '../content/model';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { tokenise } from './fold';
import { asksOneQuestion, headlineVerb, isOneLineTitle } from './title-form';
import { buildMatcherIndex, matchDocument } from '.';

/** the minimal pack with a few title cues and an opening cue of a plan */
function pack(): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  const cues: Partial<Record<string, Partial<ContentPack['documentTypes'][number]>>> = {
    tender: {
      titleCues: { nl: [{ term: 'onderhoud', weight: 0.7 }, { term: 'aankoop', weight: 0.7 }], en: [{ term: 'maintenance', weight: 0.7 }] },
    },
    'project-plan': { openingCues: { nl: [{ term: 'groenbeheer', weight: 0.5 }], en: [] } },
    other: { titleCues: { nl: [{ term: 'nota', weight: 0.7 }, { term: 'evaluatie', weight: 0.7 }], en: [] } },
  };
  return { ...loaded.pack, documentTypes: loaded.pack.documentTypes.map((d) => ({ ...d, ...cues[d.id] })) };
}

describe('the form of a one-line title', () => {
  const index = buildMatcherIndex(pack());
  const type = (text: string) => matchDocument(index, text).documentType;

  it('reads a short verbless line as a title, and a sentence, a question or a paragraph not', () => {
    const title = (text: string) => isOneLineTitle(text, tokenise(text), 25);
    expect(title('Onderhoud en schadeherstel aan OV-masten in de gemeente Lansingerland.')).toBe(true);
    expect(title('Levering ca. 200 laptops t.b.v. de buitendienst')).toBe(true);
    expect(title('Vervanging van kunstgrasvelden in Nieuwleusen heeft hoge prioriteit')).toBe(false);
    expect(title('Onderhoud openbaar groen: wie doet wat?')).toBe(false);
    expect(title('Reconstructie Haagstraat. Vanaf 25 augustus gaan de werkzaamheden van start.')).toBe(false);
    expect(title(`Onderhoud ${'van de bermen '.repeat(9)}`)).toBe(false);
  });

  it('tells a text that is one question from one that asks among other sentences', () => {
    expect(asksOneQuestion('Is de aanbesteding van een verkeersregelinstallatie een werk of een levering? ')).toBe(true);
    expect(asksOneQuestion('Groenbestek en raamcontract: een veelbelovende aanpak?')).toBe(true);
    expect(asksOneQuestion('De gemeente besteedt het groenonderhoud aan. Wie doet mee?')).toBe(false);
    expect(asksOneQuestion('Wie doet mee?\nMeld je aan bij het team Inkoop')).toBe(false);
    expect(asksOneQuestion('Onderhoud openbaar groen')).toBe(false);
  });

  it('finds the verb with which a headline tells, and none in a title, a sentence, a question or a line cut off (twenty-sixth pass)', () => {
    const verbOf = (text: string) => headlineVerb(text, tokenise(text), 16)?.word;
    expect(verbOf('Het definitieve ontwerp voor het gemeentehuis is klaar')).toBe('is');
    expect(verbOf('Renovatie van de Eembrug duurt langer dan gepland')).toBe('duurt');
    expect(verbOf('Onderhoud openbare verlichting 2027-2030')).toBeUndefined();
    expect(verbOf('De gemeente zoekt een aannemer voor de brug.')).toBeUndefined();
    expect(verbOf('Zoekt de gemeente een aannemer voor de brug?')).toBeUndefined();
    expect(verbOf('Burgemeester en wethouders hebben in hun vergadering vastgesteld het')).toBeUndefined();
    expect(verbOf('De gemeente zoekt een aannemer\nvoor de brug')).toBeUndefined();
  });

  it('types a one-line tender by the action noun it opens with, with that word as the evidence', () => {
    const text = 'Onderhoud en schadeherstel aan OV-masten in de gemeente Lansingerland.';
    const result = matchDocument(index, text);
    expect(result.documentType).toBe('tender');
    expect(result.documentTypeEvidence.map((e) => e.text)).toEqual(['Onderhoud']);
    expect(type('Aankoop hersporingsmateriaal')).toBe('tender');
    expect(type('Maintenance of street lighting, 9,800 light points')).toBe('tender');
    // a chat line is no document's title: the caller knows the kind of text it has
    expect(matchDocument(index, 'Aankoop nieuwe bureaustoelen', { defaultDocumentType: 'message' }).documentType).toBe('message');
  });

  it('reads a compound by its head, and a cue as a first part or a verb form as no title cue', () => {
    expect(matchDocument(index, 'Groenonderhoud').documentTypeEvidence.map((e) => e.text)).toEqual(['Groenonderhoud']);
    expect(type('Onderhoudsplan wegen 2026')).toBe('other');
    expect(type('Aankopen van de week: tien tips')).toBe('other');
    // a word another type's cue names whole keeps that reading
    expect(type('Groenbeheer Soest-Zuid')).toBe('other');
  });

  it('types a report title as a report, and leaves a title cue after the first word or in a sentence unread', () => {
    expect(type('Nota grondbeleid gemeente De Friese Meren')).toBe('other');
    expect(matchDocument(index, 'Sportnota gemeente Achtkarspelen 2019 - 2022').documentTypeEvidence.map((e) => e.text)).toEqual(['Sportnota']);
    expect(type('Referentiefuncties onderhoud OV-masten')).toBe('other');
    expect(type('Onderhoud van de speelplekken krijgt dit jaar extra geld.')).toBe('other');
  });
});
