import { loadContentPack } from '../content/validate-pack';
import type { ContentPack, DocumentTypeCues, TriggersPerLanguage } from '../content/model';
import type { DocumentType, ProductGroupId } from '../taxonomy';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { buildMatcherIndex, matchDocument, type MatchOptions } from '.';

/** the minimal pack with the triggers a test needs */
function packWith(
  groups: Partial<Record<ProductGroupId, TriggersPerLanguage & { cpv?: string[] }>>,
  cues: Partial<Record<DocumentType, TriggersPerLanguage>> = {},
): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  const pack = loaded.pack;
  return {
    ...pack,
    productGroups: pack.productGroups.map((g) => {
      const own = groups[g.id];
      return own ? { ...g, triggers: { nl: own.nl, en: own.en }, cpv: own.cpv ?? [] } : { ...g, triggers: { nl: [], en: [] } };
    }),
    documentTypes: pack.documentTypes.map((d) => ({ ...d, cues: cues[d.id] ?? { nl: [], en: [] } })),
  };
}

const roadsAndGreen = packWith(
  {
    roads: { nl: ['asfalt', 'verharding', 'klinker', { term: 'herinrichting', weight: 0.5 }], en: ['asphalt', 'paving'], cpv: ['45233'] },
    'green-space': { nl: ['groen', 'snoeien', 'bermen', { term: 'groen licht', weight: 0 }], en: ['mowing'], cpv: ['77310'] },
    'printing-paper': { nl: ['papier', { term: 'printen', weight: 0.8 }, { term: 'waardepapier', weight: 0 }], en: ['print'] },
    'street-furniture': { nl: ['speeltoestel', 'zitbank'], en: [], cpv: ['34928'] },
    'public-lighting': { nl: ['lichtmast'], en: [], cpv: ['34928500'] },
  },
  { tender: { nl: ['aanbesteding', 'bestek'], en: ['tender'] }, meeting: { nl: ['agenda', 'kick-off'], en: [] } },
);

describe('matching a document', () => {
  const index = buildMatcherIndex(roadsAndGreen);

  it('finds the product group with its evidence pointing into the original text', () => {
    const text = 'Aanbesteding: vervangen van ASFALT en klinkers op de Dalweg.';
    const result = matchDocument(index, text);
    expect(result.documentType).toBe('tender');
    expect(result.productGroups.map((g) => g.id)).toEqual(['roads']);
    const evidence = result.productGroups[0]!.evidence;
    expect(evidence.map((e) => e.text)).toEqual(['ASFALT', 'klinkers']);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('matches the head of a Dutch compound', () => {
    const result = matchDocument(index, 'Groot onderhoud elementenverharding in de wijk.');
    expect(result.productGroups.map((g) => g.id)).toEqual(['roads']);
    expect(result.productGroups[0]!.evidence[0]!.text).toBe('verharding');
  });

  it('matches the first part of a compound only when the whole word splits into known parts', () => {
    expect(matchDocument(index, 'Het groenonderhoud in Soest-Zuid.').productGroups.map((g) => g.id)).toEqual(['green-space']);
    // "groenlinks" does not split into known words, so "groen" is no evidence there
    expect(matchDocument(index, 'Een motie van groenlinks over de begroting.').productGroups).toEqual([]);
  });

  it('counts a long first part of an otherwise unknown compound, but weaker than the word itself', () => {
    expect(matchDocument(index, 'Aanleg van asfaltplateaus bij de school.').productGroups).toEqual([]);
    expect(matchDocument(index, 'Aanleg van asfalt bij de school.').productGroups.map((g) => g.id)).toEqual(['roads']);
    const supported = matchDocument(index, 'Herinrichting met asfaltplateaus bij de school.');
    expect(supported.productGroups.map((g) => g.id)).toEqual(['roads']);
    expect(supported.productGroups[0]!.evidence.map((e) => e.text)).toEqual(['Herinrichting', 'asfalt']);
  });

  it('lets an idiom block the word it starts with', () => {
    expect(matchDocument(index, 'Het college gaf groen licht voor de nieuwe regeling.').productGroups).toEqual([]);
    expect(matchDocument(index, 'Het groen langs de Dalweg wordt gesnoeid.').productGroups.map((g) => g.id)).toEqual(['green-space']);
  });

  it('lets a look-alike word of weight 0 keep a compound from being read as its head', () => {
    expect(matchDocument(index, 'Beleggen in waardepapieren is niet toegestaan.').productGroups).toEqual([]);
    expect(matchDocument(index, 'Bestelling kopieerpapier.').productGroups.map((g) => g.id)).toEqual(['printing-paper']);
  });

  it('does not split English words as Dutch compounds', () => {
    expect(matchDocument(index, 'We will report the carbon footprint of the programme.').productGroups).toEqual([]);
    expect(matchDocument(index, 'Kopieerpapier en enveloppen voor de afdelingen.').productGroups.map((g) => g.id)).toEqual(['printing-paper']);
  });

  it('matches plurals and inflections through Dutch stemming', () => {
    const result = matchDocument(index, 'Levering van speeltoestellen en zitbanken; snoeien van heesters.');
    expect(result.productGroups.map((g) => g.id).sort()).toEqual(['green-space', 'street-furniture']);
  });

  it('reads CPV codes with and without check digit, the most specific prefix winning', () => {
    const withCheck = matchDocument(index, 'Opdracht 34928510-6 betreft de vervanging.');
    expect(withCheck.productGroups.map((g) => g.id)).toEqual(['public-lighting']);
    expect(withCheck.productGroups[0]!.evidence[0]).toMatchObject({ text: '34928510-6', kind: 'cpv' });
    expect(matchDocument(index, 'CPV-code: 45233140').productGroups.map((g) => g.id)).toEqual(['roads']);
    // an 8-digit number that is not introduced as a CPV code is not one
    expect(matchDocument(index, 'Factuurnummer 45233140 is betaald.').productGroups).toEqual([]);
  });

  it('stays silent on weak evidence alone', () => {
    expect(matchDocument(index, 'Herinrichting van de afdeling Personeelszaken.').productGroups).toEqual([]);
    expect(matchDocument(index, 'Herinrichting van de straat met nieuwe klinkers.').productGroups.map((g) => g.id)).toEqual(['roads']);
  });

  it('lets a long text report a group on somewhat weaker evidence than a short one', () => {
    const weak = buildMatcherIndex(packWith({ roads: { nl: [{ term: 'herinrichting', weight: 0.55 }], en: [] } }));
    const opening = 'Herinrichting van de Dorpsstraat.';
    const context = ' De bewoners zijn uitgenodigd voor een avond in het dorpshuis, waar het ontwerp wordt toegelicht en waar zij vragen kunnen stellen.'.repeat(2);
    expect(matchDocument(weak, opening).productGroups).toEqual([]);
    expect(matchDocument(weak, opening + context).productGroups.map((g) => g.id)).toEqual(['roads']);
  });

  it('keeps a passing mention in a long text below the main subject', () => {
    const text = `Aanbesteding asfalt. ${'Het asfalt en de verharding en de klinkers worden vervangen. '.repeat(30)} Langs de weg staat een zitbank.`;
    expect(matchDocument(index, text).productGroups.map((g) => g.id)).toEqual(['roads']);
  });

  it('returns empty lists, not a guess, when nothing fits', () => {
    const result = matchDocument(index, 'Overeenkomst accountantscontrole jaarrekening 2027-2030.');
    expect(result).toMatchObject({ productGroups: [], checklistItems: [], actions: [] });
  });

  it('suggests the checklist items and actions of the groups found', () => {
    const result = matchDocument(index, 'Bestek: hergebruik van klinkers en asfalt.');
    expect(result.checklistItems).toEqual([expect.objectContaining({ id: 'roads-reuse', checklistId: 'roads', productGroup: 'roads' })]);
    expect(result.actions.map((a) => a.id)).toEqual(['reuse-paving']);
  });

  it('reports the default type when no cue says otherwise', () => {
    expect(matchDocument(index, 'hoi, heb je het asfalt besteld?', { defaultDocumentType: 'message' }).documentType).toBe('message');
    expect(matchDocument(index, 'Agenda kick-off: klinkers').documentType).toBe('meeting');
  });

  it('takes the kind the person chose over the cues, and shows the practice checklist of that kind', () => {
    const roads = roadsAndGreen.checklists.find((c) => c.id === 'roads')!;
    const practice = { ...roads, id: 'practice-plan', productGroup: undefined, documentTypes: ['project-plan' as const], items: roads.items.map((i) => ({ ...i, id: 'plan-reuse' })) };
    const withPractice = buildMatcherIndex({ ...roadsAndGreen, checklists: [...roadsAndGreen.checklists, practice] });
    const text = 'Aanbesteding: hergebruik van klinkers en asfalt.';
    const detected = matchDocument(withPractice, text);
    expect(detected.documentType).toBe('tender');
    expect(detected.checklistItems.map((i) => i.id)).toEqual(['roads-reuse']);
    const chosen = matchDocument(withPractice, text, { documentType: 'project-plan' });
    expect(chosen.documentType).toBe('project-plan');
    expect(chosen.documentTypeEvidence).toEqual([]);
    expect(chosen.checklistItems.map((i) => i.id)).toEqual(['roads-reuse', 'plan-reuse']);
    expect(chosen.productGroups).toEqual(detected.productGroups);
  });

  it('matches English triggers in an English text', () => {
    expect(matchDocument(index, 'Tender for asphalt paving works').productGroups.map((g) => g.id)).toEqual(['roads']);
  });
});

describe('towns named like a product word', () => {
  const base = packWith({ 'civil-structures': { nl: ['brug', 'sluis'], en: [] } });
  const pack: ContentPack = {
    ...base,
    productGroups: base.productGroups.map((g) => (g.id === 'civil-structures' ? { ...g, towns: ['Brugge', 'Sluis'] } : g)),
  };
  const index = buildMatcherIndex(pack);
  const groups = (text: string) => matchDocument(index, text).productGroups.map((g) => g.id);

  it('reads a listed town written with a capital inside a sentence as the town', () => {
    expect(groups('Het college van Brugge zoekt een partner voor de evenementen.')).toEqual([]);
    expect(groups('De Haven Antwerpen-Brugge organiseert een beurs.')).toEqual([]);
    expect(groups('Het forum vindt plaats in Brugge (België).')).toEqual([]);
    expect(groups('De gemeente Sluis zoekt een cateraar.')).toEqual([]);
    // after "gemeente" or "stad" the name is the town however it is written
    expect(groups('JAARVERSLAG REKENKAMERCOMMISSIE GEMEENTE SLUIS')).toEqual([]);
    expect(groups('Stad Brugge zoekt een partner.')).toEqual([]);
    // the product word itself still counts beside the town
    expect(groups('In Brugge wordt de brug vervangen.')).toEqual(['civil-structures']);
  });

  it('keeps the word where it opens a sentence, is written otherwise or is part of a longer name', () => {
    expect(groups('Sluis 3 wordt gerenoveerd.')).toEqual(['civil-structures']);
    expect(groups('Renovatie van Sluis Eefde.')).toEqual(['civil-structures']);
    expect(groups('Renovatie van Sluis 3.')).toEqual(['civil-structures']);
    expect(groups('Renovatie van de sluis.')).toEqual(['civil-structures']);
    expect(groups('RENOVATIE VAN DE SLUIS')).toEqual(['civil-structures']);
  });
});

describe('a section heading the text opens with', () => {
  const base = packWith({}, { tender: { nl: ['aanbesteding'], en: [] } });
  const headings: Partial<Record<DocumentType, TriggersPerLanguage>> = {
    'project-plan': { nl: ['doel', 'risico'], en: ['risks'] },
    'council-proposal': { nl: ['beslispunt', 'financiele consequenties'], en: [] },
  };
  const index = buildMatcherIndex({ ...base, documentTypes: base.documentTypes.map((d) => ({ ...d, headingCues: headings[d.id] })) });
  const type = (text: string) => matchDocument(index, text).documentType;

  it('is of the genre whose section it names, before a colon', () => {
    expect(type('Doel: in 2028 rijden alle dienstauto\'s van de gemeente elektrisch.')).toBe('project-plan');
    expect(type("Risico's: de levertijd van de lichtmasten kan oplopen.")).toBe('project-plan');
    expect(type('Financiële consequenties: de kosten worden gedekt uit de reserve.')).toBe('council-proposal');
    expect(matchDocument(index, 'Doel: minder afval.').documentTypeEvidence.map((e) => e.text)).toEqual(['Doel']);
  });

  it('decides over the cues of what the section tells, and a number may follow it', () => {
    expect(type('Beslispunt 2: het college opdracht geven een aanbesteding voor te bereiden.')).toBe('council-proposal');
  });

  it('names no section in a chat or an invite, whose kind the caller knows', () => {
    expect(matchDocument(index, 'Doel: morgen alles klaar hebben.', { defaultDocumentType: 'message' }).documentType).toBe('message');
  });

  it('names no section without the colon, or further on in the text', () => {
    expect(type('Doel van de aanbesteding is een schonere stad.')).toBe('tender');
    expect(type('Het doel: een schonere stad.')).toBe('other');
    expect(type('We bespreken het risico: de levertijd.')).toBe('other');
  });
});

describe('verb forms, places and opening cues', () => {
  const base = packWith(
    {
      demolition: { nl: ['sloop', 'slopen', { term: 'ingeslopen', weight: 0 }], en: [] },
      'buildings-maintenance': { nl: [{ term: 'renoveren', weight: 0.8 }, 'dakbedekking'], en: [] },
      cleaning: { nl: ['schoonmaak', { term: 'straatreiniging', weight: 0 }], en: [], cpv: ['909'] },
    },
    { tender: { nl: ['aanbesteding', 'zoekt een aannemer'], en: [] } },
  );
  const pack: ContentPack = {
    ...base,
    productGroups: base.productGroups.map((g) =>
      g.id === 'buildings-maintenance' ? { ...g, places: { nl: ['gemeentehuis', { term: 'sporthal', weight: 0.4 }], en: [] } } : g,
    ),
    documentTypes: base.documentTypes.map((d) =>
      d.id === 'tender' ? { ...d, openingCues: { nl: [{ term: 'levering', weight: 0.7 }], en: [] } } : d,
    ),
  };
  const index = buildMatcherIndex(pack);
  const groups = (text: string) => matchDocument(index, text).productGroups.map((g) => g.id);
  const score = (text: string, id: ProductGroupId) => matchDocument(index, text).productGroups.find((g) => g.id === id)?.score;
  /** a matcher over this pack with some document types' cues replaced: just the cues a spec needs */
  const withTypes = (cues: Partial<Record<DocumentType, Partial<DocumentTypeCues>>>) => {
    const typed = buildMatcherIndex({ ...pack, documentTypes: pack.documentTypes.map((d) => ({ ...d, ...cues[d.id] })) });
    return (text: string, options?: MatchOptions) => matchDocument(typed, text, options);
  };

  it('counts a participle or finite form of a listed verb as the verb, with its full weight', () => {
    expect(score('De oude school wordt gesloopt.', 'demolition')).toBe(score('De oude school wordt slopen.', 'demolition'));
    expect(groups('Het college besluit dat de oude school aan de Kerkstraat gesloopt wordt.')).toEqual(['demolition']);
    expect(groups('De aannemer sloopte vorige week de gymzaal.')).toEqual(['demolition']);
    expect(groups('Het gemeentehuis is vorig jaar gerenoveerd.')).toEqual(['buildings-maintenance']);
  });

  it('keeps a listed look-alike of a verb form silent', () => {
    expect(groups('Er is een fout ingeslopen in de tabel.')).toEqual([]);
  });

  it('counts a place for a group only when the text also names work of that group', () => {
    expect(groups('Aanbesteding schoonmaak van het gemeentehuis en de sporthal.')).toEqual(['cleaning']);
    const renovation = matchDocument(index, 'Renoveren van het gemeentehuis en de sporthal.').productGroups;
    expect(renovation.map((g) => g.id)).toEqual(['buildings-maintenance']);
    expect(renovation[0]!.evidence.map((e) => e.text)).toEqual(['Renoveren', 'gemeentehuis', 'sporthal']);
  });

  it('types a text by an opening cue only when it opens with it', () => {
    expect(matchDocument(index, 'Levering en plaatsing van 40 zitbanken.').documentType).toBe('tender');
    expect(matchDocument(index, 'Morgen bespreken we de levering van de zitbanken.').documentType).toBe('other');
    expect(matchDocument(index, 'De gemeente zoekt een aannemer voor het slopen van de gymzaal.').documentType).toBe('tender');
  });

  describe('a text that reports on a tender', () => {
    const reporting = withTypes({ other: { cues: { nl: [{ term: 'gestart met', weight: 1 }, { term: 'persbericht', weight: 1.5 }], en: [] } } });
    const type = (text: string, defaultDocumentType?: 'message') => reporting(text, defaultDocumentType ? { defaultDocumentType } : {}).documentType;

    it('is no tender for naming one in passing', () => {
      expect(type('Vorig jaar is de gemeente gestart met een aanbesteding voor de sloop.')).toBe('other');
      expect(type('Persbericht: de gemeente zoekt een aannemer voor de sloop van de gymzaal.')).toBe('other');
    });

    it('is a tender when the tender cues clearly outweigh the report', () => {
      const details = ' Het gebouw staat aan de Kerkstraat en heeft twee verdiepingen.'.repeat(5);
      expect(type(`Aanbesteding: de gemeente zoekt een aannemer voor de sloop.${details} Wie is gestart met de voorbereiding?`)).toBe('tender');
    });

    it('is no tender when it tells in the perfect what happened, and a notice stays one', () => {
      expect(type('Aanbesteding voor de sloop van de gymzaal.')).toBe('tender');
      expect(type('De gemeente heeft de aanbesteding voor de sloop van de gymzaal gegund.')).toBe('other');
      expect(type('De sloop van de gymzaal is vorig jaar Europees aanbesteed.')).toBe('other');
      // a participle that ends no clause, an infinitive after "te" and a ge- noun tell nothing
      expect(type('Aanbesteding voor de sloop: de gemeente is van plan het gebied te gebruiken.')).toBe('tender');
      expect(type('Aanbesteding voor de sloop: het bestek is beschikbaar voor het gebied.')).toBe('tender');
    });

    it('reads the name of a procurement in the plural as speaking of tendering in general', () => {
      expect(type('Aanbestedingen voor sloopwerk duren vaak lang.')).toBe('other');
      expect(type('Aanbesteding voor de sloop van de gymzaal.')).toBe('tender');
    });

    it('reads meetings in the plural as speaking of meetings in general, and an agenda of one meeting as a meeting', () => {
      const meetings = withTypes({ meeting: { cues: { nl: [{ term: 'vergadering', weight: 0.8 }, { term: 'agenda', weight: 0.7 }], en: [] } } });
      const typeOf = (text: string) => meetings(text).documentType;
      expect(typeOf('De agenda van de vergaderingen wordt door het presidium bepaald.')).toBe('other');
      expect(typeOf('De commissievergaderingen zijn openbaar voor iedereen.')).toBe('other');
      expect(typeOf('Agenda van de vergadering van het presidium.')).toBe('meeting');
    });

    it('reads the verb of tendering as a noun as speaking of tendering in general, and a notice\'s "te aanbesteden" as its own (twenty-sixth pass)', () => {
      const tendering = withTypes({ tender: { cues: { nl: [{ term: 'aanbesteden', weight: 0.6 }, { term: 'emvi', weight: 1 }], en: [] } } });
      const typeOf = (text: string) => tendering(text).documentType;
      expect(typeOf('Bij het aanbesteden van een werk kan de gemeente kiezen voor EMVI.')).toBe('other');
      expect(typeOf('De te aanbesteden opdracht wordt gegund op EMVI.')).toBe('tender');
    });

    it('reads proposals and plans in the plural, and a proposal after "een", as spoken of in general (twenty-sixth pass)', () => {
      const genres = withTypes({
        'council-proposal': { cues: { nl: [{ term: 'raadsvoorstel', weight: 2 }], en: [] } },
        'project-plan': { cues: { nl: [{ term: 'onderhoudsplan', weight: 0.7 }], en: [] } },
      });
      const typeOf = (text: string) => genres(text).documentType;
      expect(typeOf('Voor zover er geen meerjaren onderhoudsplannen beschikbaar zijn, lopen de kosten via de exploitatie.')).toBe('other');
      expect(typeOf('Onderhoudsplan voor de gemeentelijke gebouwen 2026-2035.')).toBe('project-plan');
      expect(typeOf('Meer duidelijke raadsvoorstellen bij kredietaanvragen.')).toBe('other');
      expect(typeOf('Een amendement is een voorstel tot wijziging van een raadsvoorstel.')).toBe('other');
      expect(typeOf('Raadsvoorstel over de sloop van de gymzaal.')).toBe('council-proposal');
    });

    it('reads a text that opens with a condition as a rule or advice about its genre, and "als" as "as" as no condition (twenty-sixth pass)', () => {
      const tendering = withTypes({ tender: { cues: { nl: [{ term: 'aanbesteding', weight: 0.5 }, { term: 'inschrijven', weight: 0.5 }], en: [] } } });
      const typeOf = (text: string) => tendering(text).documentType;
      expect(typeOf('Als u wilt meedoen aan een aanbesteding, moet u zich eerst inschrijven op een platform.')).toBe('other');
      expect(typeOf('Indien de waarde hoger is, moet de aanbesteding Europees zijn.')).toBe('other');
      expect(typeOf('Als gemeente zoeken wij voor deze aanbesteding partijen die willen inschrijven.')).toBe('tender');
      expect(typeOf('Als eerste stap kunnen partijen zich inschrijven voor de aanbesteding.')).toBe('tender');
    });

    it('reads a genre named in a definition as explained, and a document that names its own one as of the genre', () => {
      const genres = withTypes({
        meeting: { cues: { nl: [{ term: 'notulen', weight: 1.5 }, { term: 'kick-off', weight: 1.5 }, { term: 'agenda', weight: 0.7 }, { term: 'vergadering', weight: 0.8 }], en: [] } },
        tender: { cues: { nl: [{ term: 'opdracht', weight: 1 }, { term: 'bestek', weight: 1.5 }], en: [] } },
      });
      const typeOf = (text: string) => genres(text).documentType;
      expect(typeOf('Notulen zijn officiële verslagen van wat er tijdens een vergadering is besproken.')).toBe('other');
      expect(typeOf('Een bestek is een contractdocument dat het werk beschrijft.')).toBe('other');
      // an invite, an agenda, minutes and a notice name their own one, or tell what happened to it
      expect(typeOf('Kick-off is om 10.00 uur in zaal 2.')).toBe('meeting');
      expect(typeOf('Agenda van de vergadering van 12 maart. 1. Opening 2. Notulen')).toBe('meeting');
      expect(typeOf('Notulen zijn vastgesteld zonder wijzigingen.')).toBe('meeting');
      expect(typeOf('Bestek voor het onderhoud van de wegen.')).toBe('tender');
      expect(typeOf('De opdracht is een raamovereenkomst voor vier jaar.')).toBe('tender');
      // one named with "de" or "het" by its kind and what such a thing does (twenty-sixth pass)
      expect(typeOf('Het bestek is een document waarin het werk wordt beschreven.')).toBe('other');
    });

    it('keeps the genre that a short first line names as its title, whatever the text tells', () => {
      const titled = withTypes({ tender: { cues: { nl: [{ term: 'beschrijvend document', weight: 1.5 }], en: [] } } });
      const typeOf = (text: string) => titled(text).documentType;
      const background = ' De gemeenten hebben in 2020 een strategie vastgesteld. Zij hebben daarna drie partijen gekozen.';
      expect(typeOf(`Mobiele telefonie gemeenten Beschrijvend Document.${background}`)).toBe('tender');
      // in a long opening sentence the same words are no title
      expect(typeOf(`De gemeenten noemen het stuk over mobiele telefonie en vaste lijnen een beschrijvend document.${background}`)).toBe('other');
    });

    it('reads the name of a genre after the title as a mention of it', () => {
      const council = withTypes({ 'council-proposal': { cues: { nl: [{ term: 'raadsvoorstel', weight: 2 }], en: [] } } });
      const typeOf = (text: string) => council(text).documentType;
      expect(typeOf('Raadsvoorstel sloop gymzaal. De fractie heeft gezegd dat zij voor de sloop is.')).toBe('council-proposal');
      expect(typeOf('Bij de bespreking van het raadsvoorstel over de sloop van de gymzaal heeft de fractie gezegd dat zij voor is.')).toBe('other');
    });

    it('reads a participle before a noun as an adjective, and one before a preposition as told (twenty-second pass)', () => {
      expect(type('Aanbesteding voor de sloop: het werk is het breken van gerecycled puin.')).toBe('tender');
      expect(type('De gemeente heeft de aanbesteding voor de sloop gegund aan een aannemer uit Baarn.')).toBe('other');
    });

    it('is of the genre a one-line title or a proposal\'s formula opens with, whatever follows (twenty-second pass)', () => {
      const opened = withTypes({
        tender: { cues: { nl: ['gunnen', 'inschrijver', 'opdracht'], en: [] }, titleCues: { nl: [{ term: 'drukwerk', weight: 0.7 }], en: [] } },
        'council-proposal': { cues: { nl: ['het college besluit'], en: [] } },
        other: { cues: { nl: [{ term: 'nieuwsbrief', weight: 1.5 }], en: [] }, titleCues: { nl: [{ term: 'evaluatie', weight: 0.7 }], en: [] } },
      });
      const typeOf = (text: string) => opened(text).documentType;
      // the supply a tender is titled by, and the newsletter it is for
      expect(typeOf('Drukwerk en verzending van de nieuwsbrief')).toBe('tender');
      expect(typeOf('Evaluatie van de nieuwsbrief')).toBe('other');
      expect(typeOf('De nieuwsbrief gaat dit keer over drukwerk.')).toBe('other');
      expect(typeOf('Het college besluit de opdracht voor het groenonderhoud te gunnen aan de inschrijver met de beste prijs-kwaliteitverhouding.')).toBe('council-proposal');
      expect(typeOf('De opdracht gunnen we aan de inschrijver met de beste prijs; het college besluit in mei.')).toBe('tender');
    });

    it('reads a title\'s first word that opens another type\'s phrase as that phrase (twenty-third pass)', () => {
      const phrased = withTypes({
        tender: { cues: { nl: ['nota van inlichtingen'], en: [] } },
        other: { cues: { nl: [], en: [] }, titleCues: { nl: [{ term: 'nota', weight: 0.7 }], en: [] } },
      });
      const typeOf = (text: string) => phrased(text).documentType;
      expect(typeOf('Nota van inlichtingen 1: vragen over de planning')).toBe('tender');
      expect(typeOf('Nota grondbeleid en inlichtingen')).toBe('other');
    });

    it('reads a tender verdict that rests on words of tendering in general as a text about tendering (twenty-third pass)', () => {
      const general = withTypes({
        tender: {
          cues: { nl: ['aanbesteding', 'ondernemers', 'gunningscriteria'], en: [] },
          openingCues: { nl: [{ term: 'aanbesteding', weight: 0.7 }], en: [] },
          soughtParties: { nl: ['ondernemers'], en: [] },
          generalCues: ['aanbesteding', 'ondernemers'],
        },
      });
      const typeOf = (text: string) => general(text).documentType;
      // of tendering in general: no product group, nothing of its own case; its words are shown as meant in general
      expect(typeOf('Lokale ondernemers krijgen meer kans bij de aanbesteding.')).toBe('other');
      expect(general('Lokale ondernemers krijgen meer kans bij de aanbesteding.').documentTypeEvidence.map((e) => [e.text, e.kind])).toEqual([
        ['ondernemers', 'general'],
        ['aanbesteding', 'general'],
      ]);
      // a tender: one that opens with it, names what it buys, seeks a party or names a cue of its own
      expect(typeOf('Aanbesteding accountantsdiensten 2027-2030')).toBe('tender');
      expect(typeOf('Lokale ondernemers krijgen meer kans bij de aanbesteding van de dakbedekking.')).toBe('tender');
      expect(typeOf('De gemeente zoekt ondernemers voor de aanbesteding.')).toBe('tender');
      expect(typeOf('Lokale ondernemers krijgen meer kans bij de aanbesteding; de gunningscriteria volgen.')).toBe('tender');
    });

    it('reads a verb in the simple past as a told event, not its adjective (twenty-fourth pass)', () => {
      const meetings = withTypes({ meeting: { cues: { nl: ['bewonersavond'], en: [] } } });
      expect(meetings('Veertig inwoners bezochten de bewonersavond over het park.').documentType).toBe('other');
      expect(meetings('Veertig inwoners bezochten de bewonersavond over het park.').documentTypeEvidence.map((e) => e.text)).toEqual(['bezochten']);
      expect(meetings('Bezoek de bewonersavond over het park.').documentType).toBe('meeting');
      expect(meetings('De beoogde bewonersavond gaat over het park.').documentType).toBe('meeting');
    });

    it('reads a perfect that describes the present state as no told event (twenty-fifth pass)', () => {
      const tenders = withTypes({ tender: { cues: { nl: ['opdrachtnemer'], en: [] } } });
      expect(tenders('De gemeente heeft op dit moment één opdrachtnemer gecontracteerd voor het groenonderhoud.').documentType).toBe('tender');
      expect(tenders('De gemeente heeft momenteel één opdrachtnemer gecontracteerd voor het groenonderhoud.').documentType).toBe('tender');
      expect(tenders('De gemeente heeft vorige week één opdrachtnemer gecontracteerd voor het groenonderhoud.').documentType).toBe('other');
    });

    it('reads a tender that asks one question of nobody in particular as a question about tendering (twenty-fourth pass)', () => {
      const asking = withTypes({
        tender: { cues: { nl: ['aanbesteding', { term: 'uw visie', weight: 0.7 }, { term: 'levering', weight: 0.5 }], en: [] } },
        meeting: { cues: { nl: ['bewonersavond'], en: [] } },
      });
      const typeOf = (text: string) => asking(text).documentType;
      expect(typeOf('Is de aanbesteding van een verkeersregelinstallatie een werk of een levering?')).toBe('other');
      expect(asking('Is de aanbesteding van een verkeersregelinstallatie een werk of een levering?').documentTypeEvidence.every((e) => e.kind === 'general')).toBe(true);
      // a tender that asks its reader, opens with its genre's word or states its case besides
      expect(typeOf('Wat is uw visie op de levering van gerecyclede verkeersborden?')).toBe('tender');
      expect(typeOf('Aanbesteding verkeersregelinstallaties: werk of levering?')).toBe('tender');
      expect(typeOf('De aanbesteding betreft vier verkeersregelinstallaties. Is dit een werk of een levering?')).toBe('tender');
      // an invitation may ask
      expect(typeOf('Bewonersavond over het groen: wat gaan we maaien?')).toBe('meeting');
    });

    it('reads a proposal or a plan that tells its reader as je what to do as a guide, not a tender (twenty-fifth pass)', () => {
      const guided = withTypes({
        tender: { cues: { nl: ['aanbesteding'], en: [] } },
        'council-proposal': { cues: { nl: ['college van burgemeester en wethouders'], en: [] } },
        'project-plan': { cues: { nl: ['projectplan'], en: [] } },
      });
      const typeOf = (text: string) => guided(text).documentType;
      expect(typeOf('Wil je een uitrit aanleggen, dan vraag je toestemming aan het college van burgemeester en wethouders.')).toBe('other');
      expect(typeOf('Wij vragen toestemming aan het college van burgemeester en wethouders.')).toBe('council-proposal');
      expect(typeOf('Een goed projectplan schrijf je samen met de opdrachtgever.')).toBe('other');
      // a municipality that writes plainly addresses its bidders so
      expect(typeOf('Wil je meedoen aan de aanbesteding? Schrijf je in voor 1 maart.')).toBe('tender');
    });

    it('reads a time of day as a meeting\'s, not a deadline, a window or a closing time (twenty-fifth pass)', () => {
      const timed = withTypes({ tender: { cues: { nl: ['inschrijvingen'], en: [] } } });
      const session = 'Zitting van de gemeenteraad op maandag 25 oktober om 20 uur in de raadzaal.';
      expect(timed(session).documentType).toBe('meeting');
      expect(timed(session).documentTypeEvidence.map((e) => e.text)).toEqual(['om 20 uur']);
      expect(timed('Afstemming met het waterschap over het gemaal, Teams, 14.30 uur').documentType).toBe('meeting');
      expect(timed('Inschrijvingen kunnen tot 12 maart om 12.00 uur.').documentType).toBe('tender');
      expect(timed('De telefooncentrale is woensdag tussen 7.00 en 9.00 uur niet bereikbaar.').documentType).toBe('other');
      expect(timed('Op 24 december is het gemeentehuis om 14.00 uur gesloten.').documentType).toBe('other');
      expect(timed('De storing duurt 24 uur.').documentType).toBe('other');
      // the caller knows a chat's kind
      expect(timed('Ik ben er morgen pas om 10.00 uur.', { defaultDocumentType: 'message' }).documentType).toBe('message');
    });

    it('reads a dateline as news (twenty-fifth pass)', () => {
      const notices = withTypes({ tender: { cues: { nl: ['bestek', 'aankoop'], en: [] } } });
      const typeOf = (text: string) => notices(text).documentType;
      const news = 'SINT-PIETERS-LEEUW – Op de gemeenteraad staat het bestek voor de aankoop van een veegmachine.';
      expect(typeOf(news)).toBe('other');
      expect(notices(news).documentTypeEvidence.map((e) => e.text)).toEqual(['SINT-PIETERS-LEEUW']);
      expect(typeOf('Op de gemeenteraad staat het bestek voor de aankoop van een veegmachine.')).toBe('tender');
      // a notice's code in capitals, or a place in ordinary case, is no dateline
      expect(typeOf('MBER — AESQ VPE/2017. Bestek voor de aankoop van een veegmachine.')).toBe('tender');
      expect(typeOf('Gemeente Zoersel – Bestek voor de aankoop van een veegmachine.')).toBe('tender');
    });

    it('takes the caller\'s default, so a chat stays a message', () => {
      expect(type('Weet je of de gemeente gestart met een aanbesteding is?', 'message')).toBe('message');
      expect(type('Het persbericht is verstuurd.', 'message')).toBe('message');
    });
  });
});
