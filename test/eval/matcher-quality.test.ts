// The matcher's targets on labelled texts, as a regression guard. The dev and probe sets keep hit@3
// 100 % with no negative nudged; the sets used for tuning keep the precision and document-type
// floors reached on them (docs/matcher.md). The sets nobody tuned on are only reported by
// `npm run eval`, never asserted, so that nobody tunes on them to make a test pass.
import { join } from 'node:path';
import { readContentPack } from '../../src/content/read-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { evaluate, precisionOf } from './evaluate';
import { FIXTURES, readLabelledTexts } from './labelled-texts';

const loaded = readContentPack();
if (!loaded.ok) throw new Error('the bundled content pack must validate');
const { pack } = loaded;

describe('matcher quality on labelled texts', () => {
  it.each(['dev-set.jsonl', 'match-probe.jsonl'])('%s: every positive has an expected group in the top three and no negative is nudged', (file) => {
    const outcome = evaluate(pack, readLabelledTexts(join(FIXTURES, file)));
    expect(outcome.failures).toEqual([]);
    expect(outcome.hitAt3).toBe(outcome.positives);
    expect(outcome.negativesNudged).toBe(0);
  });

  // floors a little under what the sets reach, so that a change that costs more shows
  it.each([
    // file, hit@3 at least, precision at least, document type right at least
    ['dev-set.jsonl', 1, 0.95, 0.95],
    ['match-probe.jsonl', 1, 0.95, 0.64],
    ['holdout-set.jsonl', 0.98, 0.89, 0.83],
    // the real and short tuning sets grew in issue 17's third pass with texts the vocabulary had not seen,
    // and in its sixth with 15 procurement pages, a plan and a council regulation (their type floors follow)
    ['real-tuning.jsonl', 0.92, 0.87, 0.86],
    // (type floors of short-tuning and notice-tuning lowered in the fifteenth pass: the model of 1,000 features
    // fits its own training texts less closely than the one of 3,000 did)
    ['short-tuning.jsonl', 0.75, 0.94, 0.89],
    // real TED notices of Dutch authorities (seventh pass): their tuning half (floors raised in the eighth)
    ['notice-tuning.jsonl', 0.9, 0.95, 0.74],
    // real TED notices in Dutch of Belgian authorities (eighth pass), all tuned on (type floor raised in the
    // sixteenth pass, which reads one-line titles and an authority that seeks a party)
    ['notice-be-tuning.jsonl', 0.65, 0.85, 0.9],
    // real short texts of the ninth pass, first sentences and titles of pages in search order: mostly
    // pages that explain procurement or the council, which the cues read as the genre they explain
    // (type floors of the real and short sets raised in the eleventh pass, which reads explainers as such)
    // (hit@3 floor raised in the thirteenth pass, which read its group misses)
    ['short-tuning-2.jsonl', 0.75, 0.94, 0.74],
    // lot titles and first sentences of the tuning notices' lots (thirteenth pass): one-line tender texts
    // (hit@3 floors of the lots, titles and calendar lines raised in the eighteenth pass, which read their group misses)
    ['notice-lots-tuning.jsonl', 0.55, 0.95, 0.65],
    // one-line titles of reports, notes, news and pages, mostly `other` (fifteenth pass), beside the lots
    // (type floor raised in the sixteenth pass: report titles by their form, and a vision titled as no plan)
    ['title-tuning.jsonl', 0.7, 0.95, 0.86],
    // titles of calendars' tenders and of project overviews, project pages (sixteenth pass): not learned by
    // the type model (its pass's test did not keep it), so its type floor is what the matcher does unseen
    // (type floor raised in the eighteenth pass: a text that names its genre, and the marks of a plan)
    ['calendar-tuning.jsonl', 0.45, 0.85, 0.6],
    // first sentences of seventy further searches (twentieth pass): not learned by the type model either
    ['short-tuning-3.jsonl', 0.6, 0.92, 0.8],
    // and of 210 more in three batches (twenty-fifth pass), typed about 80 % right on arrival
    ['short-tuning-4.jsonl', 0.66, 0.92, 0.8],
    // and of 280 more in four batches (twenty-sixth pass), typed 78–85 % right on arrival
    ['short-tuning-5.jsonl', 0.7, 0.84, 0.8],
    // short lines of tenders, plans, proposals, invitations and news written blind by twenty-four helpers (twenty-first
    // pass): the cues were tuned on them, the type model does not learn them
    ['written-tuning.jsonl', 0.9, 0.9, 0.95],
    ['written-tuning-2.jsonl', 0.85, 0.88, 0.86],
    ['written-tuning-3.jsonl', 0.88, 0.9, 0.86],
    ['written-tuning-4.jsonl', 0.92, 0.9, 0.92],
    ['written-tuning-5.jsonl', 0.88, 0.9, 0.85],
    ['written-tuning-6.jsonl', 0.9, 0.9, 0.82],
    ['written-tuning-7.jsonl', 0.9, 0.88, 0.88],
    // eight helpers more (twenty-second pass): typed first as they arrived, then tuned on
    ['written-tuning-8.jsonl', 0.9, 0.9, 0.92],
    ['written-tuning-9.jsonl', 0.88, 0.88, 0.9],
    ['written-tuning-10.jsonl', 0.85, 0.86, 0.9],
    ['written-tuning-11.jsonl', 0.8, 0.86, 0.88],
    ['written-tuning-12.jsonl', 0.85, 0.86, 0.9],
    ['written-tuning-13.jsonl', 0.85, 0.88, 0.9],
    // eight more (twenty-third pass), typed as they arrived; no cue was kept that only they taught
    ['written-tuning-14.jsonl', 0.88, 0.9, 0.9],
    ['written-tuning-15.jsonl', 0.88, 0.87, 0.9],
    // eight more (twenty-fourth pass), typed as they arrived; one heading (Selectiecriterium:) taken from both
    ['written-tuning-16.jsonl', 0.84, 0.9, 0.92],
    ['written-tuning-17.jsonl', 0.9, 0.9, 0.92],
    // (the notices' type floors since the eighth pass: the learned type is trained on these very texts,
    // so they guard against a lost model or a broken feature, not what it does on unseen texts)
  ])('%s keeps hit@3 ≥ %p, precision ≥ %p and document type ≥ %p', (file, hits, precision, types) => {
    const outcome = evaluate(pack, readLabelledTexts(join(FIXTURES, file)));
    expect(outcome.hitAt3 / outcome.positives).toBeGreaterThanOrEqual(hits);
    expect(precisionOf(outcome)).toBeGreaterThanOrEqual(precision);
    expect(outcome.documentTypeRight / (outcome.positives + outcome.negatives)).toBeGreaterThanOrEqual(types);
  });
});

describe('the bundled pack on the cases of issue 17', () => {
  const index = buildMatcherIndex(pack);
  const match = (text: string) => matchDocument(index, text);
  const groups = (text: string) => match(text).productGroups.map((g) => g.id);

  it('does not read the buildings a service is delivered in as building work', () => {
    expect(groups('Aanbesteding schoonmaak van het gemeentehuis en de sporthallen.')).toEqual(['cleaning']);
    expect(groups('Schoonmaakonderhoud gemeentelijke gebouwen, waaronder het gemeentehuis, de gemeentewerf en drie sporthallen.')).toEqual(['cleaning']);
    expect(groups('Renovatie van het gemeentehuis: nieuwe kozijnen en dakisolatie.')).toContain('buildings-maintenance');
  });

  it('reads a participle as its verb with full weight', () => {
    const text = 'Het college stelt voor de oude school aan de Kerkstraat, die wordt gesloopt, te vervangen door woningen.';
    expect(groups(text)).toContain('demolition');
    expect(match('De oude school wordt gesloopt.').productGroups[0]).toMatchObject({ id: 'demolition', score: 1.5 });
  });

  it('does not put street sweeping in office cleaning', () => {
    expect(groups('Veegwerkzaamheden en straatreiniging in alle kernen, CPV 90610000-6.')).not.toContain('cleaning');
    expect(groups('Schoonmaak van de kantoren, CPV 90911200-8.')).toContain('cleaning');
  });

  it('puts a street-sweeping tender first in street cleaning, and office cleaning where it was', () => {
    const sweeping = groups(
      'Aanbesteding straatreiniging gemeente Soest: machinaal en handmatig vegen van straten, goten en pleinen, ' +
        'legen van afvalbakken en ruimen van zwerfafval, beeldgericht reinigen. CPV 90612000-0.',
    );
    expect(sweeping[0]).toBe('street-cleaning');
    expect(sweeping).not.toContain('cleaning');
    expect(groups('Veegwerkzaamheden in alle kernen.')[0]).toBe('street-cleaning');
    expect(groups('Schoonmaakonderhoud van het gemeentehuis en de bibliotheek, CPV 90919200-4.')).toEqual(['cleaning']);
  });

  it('types short tender, project-plan and council texts by the cues a procurement officer uses', () => {
    expect(match('De gemeente zoekt een aannemer voor het vervangen van de riolering in de Julianastraat.').documentType).toBe('tender');
    expect(match('Levering en plaatsing van speeltoestellen, zitbanken en afvalbakken voor speeltuin Klaarwater.').documentType).toBe('tender');
    expect(match('Perceel 2: gevelreiniging en graffitiverwijdering aan gemeentelijke gebouwen.').documentType).toBe('tender');
    expect(match('Projectplan herinrichting Wilhelminapark: scope, fasering en mijlpalen.').documentType).toBe('project-plan');
    expect(match('Beslispunten: 1. het afvalbeleidsplan 2027-2030 vast te stellen.').documentType).toBe('council-proposal');
  });

  it('types news and court rulings that speak of a tender as no tender, and a tender still as one', () => {
    expect(match('Vorige maand is de aanbesteding voor het groenonderhoud gegund aan een hovenier uit Baarn, zo heeft de gemeente laten weten.').documentType).toBe('other');
    expect(match('In een kort geding eiste een inschrijver dat de gemeente de gunning zou intrekken; de voorzieningenrechter wees dat af.').documentType).toBe('other');
    expect(match('Persbericht: de gemeente start een Europese aanbesteding voor de schoonmaak van haar gebouwen.').documentType).toBe('other');
    const tender = 'Aanbesteding groenonderhoud 2027-2030: inschrijvers dienen hun inschrijving in voor 1 maart; de opdracht wordt gegund aan de inschrijver met de beste prijs-kwaliteitverhouding.';
    expect(match(tender).documentType).toBe('tender');
  });

  it('types real notice wording as a tender: procurement-law names and a description that opens with the task', () => {
    expect(match('Open house procedure jeugdhulp en Wmo-begeleiding voor de gemeenten Brielle en Hellevoetsluis.').documentType).toBe('tender');
    expect(match('De gemeente verleent een uitsluitend recht aan een zorgverzekeraar voor de collectieve zorgverzekering voor minima.').documentType).toBe('tender');
    expect(match('Ex ante mededeling: de gemeente wil de overeenkomst voor het beheer van de parkeergarages verlengen.').documentType).toBe('tender');
    expect(match('Het ontwikkelen van een warmtenet voor 900 woningen in een nieuwe wijk.').documentType).toBe('tender');
    // the same opening in news that tells what happened stays a report
    expect(match('Uitvoering van het klimaatbeleid liep vorig jaar vertraging op, zei de wethouder.').documentType).toBe('other');
  });

  it('types the wording of Belgian notices as a tender (eighth pass)', () => {
    expect(match('Oproep tot aanvraag tot deelneming – raamovereenkomst voor het onderhoud van de speelpleinen.').documentType).toBe('tender');
    expect(match('Kwalificatiesysteem voor de levering van aardgas.').documentType).toBe('tender');
    expect(match('Marktverkenning laadinfrastructuur voor elektrische bussen.').documentType).toBe('tender');
    expect(match('Concessie voor de uitbating van de cafetaria in het zwembad.').documentType).toBe('tender');
    // a notice that refers to a section of its own form, and a report that refers to an annex: the
    // cues alone (the learned type, which reads "zie" and "II" in notices, would call the second a tender)
    const cuesOnly = buildMatcherIndex({ ...pack, documentTypeModel: undefined });
    expect(matchDocument(cuesOnly, 'Groenonderhoud en maaien van bermen. Zie II.2.4).').documentType).toBe('tender');
    expect(matchDocument(cuesOnly, 'Zie bijlage II voor de tabellen.').documentType).toBe('other');
  });

  it('reads the words real notices name their subject by (eighth pass)', () => {
    expect(groups('Dienstverlening walstroom voor de binnenvaart: registratie en aansturen van de walstroomkasten.')).toEqual(['energy']);
    expect(groups('Openbare laaddiensten elektrisch vervoer.')).toEqual(['energy']);
    expect(groups('Proeftuin duurzame keerwanden langs het spoor.')).toEqual(['civil-structures']);
    expect(groups('Een interactieve tentoonstelling over de haven in het informatiecentrum.')).toEqual(['events']);
    expect(groups('Dagvers en ontkoppeld koken voor de scholen.')).toEqual(['catering']);
    expect(groups('Onderzoek naar de verbindingsweg tussen de N279 en het bedrijventerrein.')[0]).toBe('roads');
    // a town and a participle that hold a product word are neither
    expect(groups('De fusie van Boskoop en Rijnwoude.')).toEqual([]);
    expect(groups('Sporten op fijngemalen rubbergranulaat is veilig, zegt het RIVM.')).toEqual([]);
  });

  it('reads a plural in -es as its singular (ninth pass)', () => {
    expect(groups('Onderhoud van de brandmeldinstallaties in de scholen.')).toEqual(['buildings-maintenance']);
    expect(groups('Levering van koffiemachines voor het stadhuis.')).toEqual(['catering']);
    expect(groups('Aanleg van drie rotondes.')).toEqual(['roads']);
  });

  it('reads the group words of the real short texts (thirteenth pass)', () => {
    expect(groups('De gemeente vervangt 3.000 verlichtingsarmaturen door led.')).toEqual(['public-lighting']);
    expect(groups('Wegenbeheerplan 2025-2029.')).toEqual(['roads']);
    expect(groups('Bestek gewoon onderhoud wegen dienstjaar 2026.')).toEqual(['roads']);
    expect(groups('Europese aanbesteding cateringdienstverlening voor het stadskantoor.')).toEqual(['catering']);
    // the rules of the fourteenth pass: a compound's heaviest part, a head of two words, dienstverlening
    expect(groups('Groenbeheerplan 2025-2029.')).toEqual(['green-space']);
    expect(match('Groenbeheerplan 2025-2029.').documentType).toBe('project-plan');
    expect(match('Wegenbeheerplan 2025-2029.').documentType).toBe('project-plan');
    expect(groups('Europese aanbesteding schoonmaakdienstverlening voor het stadhuis.')).toEqual(['cleaning']);
    expect(groups('Waterparagraaf bij het bestemmingsplan De Hoven.')).toContain('sewerage');
    expect(groups('Herinrichting: de inrichting van de openbare ruimte gebeurt samen met bewoners.')[0]).toBe('roads');
    // gullies are cleaned by the sewer contract, not the building cleaner; a rural policy and land
    // consolidation are no road work or development plan; a greener fleet is no green space
    expect(groups('Het reinigen van de kolken en de kolkenreiniging in de gemeente.')).toEqual(['sewerage']);
    expect(groups('Reconstructie landelijk gebied: nota voor het college.')).toEqual(['area-development']);
    expect(groups('Regeling herverkaveling: paragraaf 3.')).toEqual([]);
    expect(groups('De gemeente wil haar wagenpark vergroenen met elektrische auto\'s.')).toEqual(['vehicles']);
  });

  it('reads the Flemish, synonym and compound words of the eighteenth pass', () => {
    expect(groups('Heraanleg van het Marktplein en de omliggende straten.')).toEqual(['roads']);
    expect(groups('Wegenwerken in de Kerkstraat vanaf maandag.')).toEqual(['roads']);
    expect(groups('Onderhoud van de speelpleinen in de deelgemeenten.')).toEqual(['street-furniture']);
    expect(groups('Zwerfvuil ruimen langs de invalswegen.')).toEqual(['street-cleaning']);
    expect(groups('Vervanging van veertig OV-masten in de wijk Oost.')).toEqual(['public-lighting']);
    expect(groups('Standenbouw voor de vakbeurs in Utrecht.')).toEqual(['events']);
    expect(groups('Drie schoonmaakbedrijven schreven in op de aanbesteding.')).toEqual(['cleaning']);
    expect(groups('Ontwerp voor het nieuwe stadskantoor aan de Spoorlaan.')).toEqual(['buildings-new']);
    expect(groups('Het waterplan van de gemeente 2025-2030.')).toEqual(['sewerage']);
    expect(groups('Een energy service company (ESCo) verduurzaamt de sporthallen.')[0]).toBe('energy');
    // public transport is OV too, and nitrogen is offset (gesaldeerd) as well as solar power
    expect(groups('De OV-concessie voor de bussen wordt verlengd.')).toEqual([]);
    expect(groups('Beleidsregel salderen van stikstof.')).toEqual([]);
    expect(groups('Salderen van zonnestroom voor de gemeentelijke gebouwen.')).toEqual(['energy']);
  });

  it('reads the words of the twentieth pass\'s short texts', () => {
    expect(groups('Het college legt de gemeentelijke watertaken vast voor de komende vijf jaar.')).toEqual(['sewerage']);
    expect(groups('Programma stedelijk waterbeheer 2027-2031.')).toEqual(['sewerage']);
    expect(groups('Het nieuwe afvalstoffenplan komt na de zomer in de raad.')).toEqual(['waste-management']);
    expect(groups('De provincie stelt het inpassingsplan voor de nieuwe weg vast.')[0]).toBe('area-development');
    expect(groups('De inboedel van het oude gemeentehuis wordt verkocht.')).toEqual(['office-furniture']);
    expect(groups('Medewerkers van de buitendienst krijgen nieuwe kledij.')).toEqual(['workwear']);
    expect(groups('Een nieuw contract voor warme dranken in het stadskantoor.')).toEqual(['catering']);
    expect(groups('Het leerlingvervoer gaat per augustus naar een andere vervoerder.')).toEqual(['target-group-transport']);
    expect(groups('De fractie is voorstander van een warmterotonde.')).toEqual(['energy']);
    expect(groups('Elke wijk houdt genoeg speelruimte voor kinderen.')).toEqual(['street-furniture']);
  });

  it('reads a town named after a lock, a bridge or a tree as a town', () => {
    expect(groups('Open house procedure jeugdhulp en Wmo-begeleiding voor de gemeenten Brielle en Hellevoetsluis.')).toEqual([]);
    expect(groups('Onderhoud van de sluis en de brug in Maassluis.')).toContain('civil-structures');
    // ninth pass: the towns listed with their group, written as names
    expect(groups('Het college van Brugge zoekt een partner voor de schoonmaak.')).toEqual(['cleaning']);
    expect(groups('De Haven van Zeebrugge en de gemeente Sluis werken samen aan jeugdhulp.')).toEqual([]);
    expect(groups('Het gemeentebestuur van Boom kiest een nieuwe leverancier van kantoorartikelen.')).toEqual(['office-supplies']);
    expect(groups('Renovatie van Sluis Eefde.')).toContain('civil-structures');
    // eighteenth pass: after "gemeente" the name is the town, also in capitals
    expect(groups('Jaarverslag van de rekenkamer GEMEENTE SLUIS')).toEqual([]);
  });

  it('types a text that tells in the perfect what happened as a report, and a text named by its genre as that genre', () => {
    expect(match('De gemeente Soest heeft de aanbesteding voor het groenonderhoud gegund aan een hovenier uit Baarn.').documentType).toBe('other');
    expect(match('De sloop van de oude gymzaal is vorig jaar Europees aanbesteed.').documentType).toBe('other');
    expect(match('Aanbesteding groenonderhoud 2027-2030 in Soest en Soesterberg.').documentType).toBe('tender');
    expect(match('Raadsvoorstel sporthal Soest-Zuid. De oude hal is afgeschreven en renovatie is niet doelmatig gebleken.').documentType).toBe('council-proposal');
    // weak words alone (gemeenteraad, besluit, wethouder) name a subject, not a genre
    expect(match('Volgens de wethouder neemt de gemeenteraad volgende maand een besluit over het zwembad.').documentType).toBe('other');
  });

  it('types a page that explains a genre as no genre, and the genre\'s own texts still as theirs (eleventh pass)', () => {
    expect(match('De burgemeester vormt samen met de wethouders het college van burgemeester en wethouders.').documentType).toBe('other');
    expect(match('De data van de vergaderingen staan in de vergaderkalender van de raad.').documentType).toBe('other');
    expect(match('Bij het opstellen van een bestek zijn de volgende punten van belang.').documentType).toBe('other');
    // hand-written agendas, invites and one-line notices name their one meeting or tender
    expect(match('Agenda werkgroep circulair inkopen, dinsdag 12 maart, 10.00 uur.').documentType).toBe('meeting');
    expect(match('Agenda: 1. opening 2. notulen vorige vergadering 3. rondvraag').documentType).toBe('meeting');
    expect(match('Uitnodiging: bijeenkomst over circulair bouwen op 3 april in het gemeentehuis.').documentType).toBe('meeting');
    expect(match('Levering en plaatsing van 40 zitbanken in het centrum.').documentType).toBe('tender');
    expect(match('Dit is een offerteaanvraag voor het schoonmaakonderhoud van het stadskantoor.').documentType).toBe('tender');
  });

  it('types a one-line title by its form, and an authority that seeks a party as a tender (sixteenth pass)', () => {
    // the cues alone: the learned type would guess on these lines too, and the form is what is tested
    const cuesOnly = buildMatcherIndex({ ...pack, documentTypeModel: undefined });
    const type = (text: string) => matchDocument(cuesOnly, text).documentType;
    expect(type('Onderhoud en schadeherstel aan OV-masten in de gemeente Lansingerland.')).toBe('tender');
    expect(type('Aankoop hersporingsmateriaal')).toBe('tender');
    expect(type('Groenonderhoud, zwerfvuil ruimen en onderhoud speelpleinen')).toBe('tender');
    expect(type('Maaien van grasmatten op het grondgebied van Bilzen')).toBe('tender');
    expect(type('Maintenance of street lighting in the municipality of Soest')).toBe('tender');
    expect(type('Nota inzameling huishoudelijke afvalstoffen Valkenswaard')).toBe('other');
    expect(type('Sportnota gemeente Achtkarspelen 2019 - 2022')).toBe('other');
    // a sentence, a question, a line opened by a genre's own word, and a cue after the first word are no such title
    expect(type('Onderhoud van de speelplekken krijgt dit jaar extra geld van de raad.')).toBe('other');
    expect(type('Onderhoud openbaar groen: wie doet wat?')).toBe('other');
    expect(type('Nieuwbouw sporthal De Vaart')).toBe('other');
    expect(type('Referentiefuncties Bevolkingsonderzoek Darmkanker')).toBe('other');
    expect(type('De MIVB zoekt geïnteresseerde kandidaten voor de levering van aardgas voor verwarming.')).toBe('tender');
    expect(type('De gemeente is op zoek naar een partij die de kerstverlichting ophangt.')).toBe('tender');
    expect(type('We are looking for a contractor to renovate the town hall.')).toBe('tender');
    expect(type('De bibliotheek is op zoek naar vrijwilligers voor de voorleesochtend.')).toBe('other');
  });

  it('types a text that names its own genre as that genre, and the marks of a project\'s plan as a plan (eighteenth pass)', () => {
    const cuesOnly = buildMatcherIndex({ ...pack, documentTypeModel: undefined });
    const type = (text: string) => matchDocument(cuesOnly, text).documentType;
    expect(type('Voor u ligt het projectplan voor het project duurzaamheid in de gemeente Drimmelen.')).toBe('project-plan');
    expect(type('In dit plan van aanpak beschrijven we hoe de wijk Noord tot 2030 van het aardgas af gaat.')).toBe('project-plan');
    expect(type('Deze vooraankondiging heeft betrekking op een informatiebijeenkomst voor cateraars.')).toBe('tender');
    expect(type('De globale planning voor het project is als volgt:')).toBe('project-plan');
    expect(type('De afbeelding hieronder geeft de planning weer voor de deelprojecten.')).toBe('project-plan');
    expect(type('Planning Kind Expertisecentrum')).toBe('project-plan');
    expect(type('Fase 5: Opstellen bestemmingsplan')).toBe('project-plan');
    // news that names a plan, and a planning told in a sentence, are no plan
    expect(type('Vorige week heeft de gemeenteraad het projectplan voor het nieuwe zwembad aan de rand van het dorp besproken.')).toBe('other');
    expect(type('De planning is om na de zomervakantie te starten met de werkzaamheden in de winkelstraten.')).toBe('other');
  });

  it('types a series of meetings, a told event before "dat", a self-named report and a result as reports, and a proposal by its headings (twentieth pass)', () => {
    const cuesOnly = buildMatcherIndex({ ...pack, documentTypeModel: undefined });
    const type = (text: string) => matchDocument(cuesOnly, text).documentType;
    expect(type('Op de drie regionale bijeenkomsten is een workshop over circulair bouwen gegeven.')).toBe('other');
    expect(type('In 2019 had de raad via een amendement bepaald dat de inzameling in het buitengebied weer vrijwillig moest worden.')).toBe('other');
    expect(type('In deze rapportage brengen we met data van TenderNed in beeld hoe de markt voor kantoormeubilair zich ontwikkelde.')).toBe('other');
    expect(type('Aanbesteding nieuwe brandweerkazerne: bouwcombinatie uit Amersfoort als winnaar uit de bus')).toBe('other');
    expect(type('Gevraagde beslissing: het uitvoeringsprogramma afval 2027 vast te stellen.')).toBe('council-proposal');
    // one meeting and one tender keep their genre
    expect(type('Uitnodiging: bijeenkomst over circulair bouwen op 3 april in het gemeentehuis.')).toBe('meeting');
    expect(type('Aanbesteding groenonderhoud 2027-2030 in Soest en Soesterberg.')).toBe('tender');
  });

  // each fails without the twenty-first pass: its headings, its phrases and opening cues, the model kept off English
  // sentences, no told event in a noun in -heid or in a passive's participle, a proposal's opening formula,
  // and a supply or service named as a one-line title
  const twentyFirst = [
    ['project-plan', 'In dit project vervangen we de bankjes in het centrum door bankjes van gerecycled kunststof.'],
    ['project-plan', 'Het project omvat de aanleg van een fietspad langs de Eem en twee nieuwe bruggen.'],
    ['project-plan', 'Fase 3 omvat de inrichting van de openbare ruimte rond de nieuwe school.'],
    ['project-plan', "Risico's: hogere prijzen voor staal en hout."],
    ['project-plan', 'Doel: in 2030 zijn alle gemeentelijke gebouwen van het gas af.'],
    ['project-plan', 'Phase 2 covers the replacement of the lighting in the car parks.'],
    ['council-proposal', 'Wij stellen u voor de verordening reclamebelasting te wijzigen.'],
    ['council-proposal', 'De raad wordt gevraagd de grondexploitatie Kerkpad te openen.'],
    ['council-proposal', 'Aanleiding: de huidige contracten voor de inzameling lopen in 2027 af.'],
    ['council-proposal', 'Voorstel: de tarieven van de milieustraat gelijk houden.'],
    ['council-proposal', 'Voorgesteld wordt de subsidie voor het repaircafé met drie jaar te verlengen.'],
    ['council-proposal', 'The council is asked to approve the new waste plan.'],
    ['meeting', 'Overleg met de beheerder van het zwembad over de planning van het onderhoud.'],
    ['meeting', 'U bent van harte uitgenodigd voor de presentatie van het nieuwe afvalbeleid.'],
    ['meeting', 'Infomarkt over de nieuwe wijk Klaarwater in het dorpshuis.'],
    ['meeting', 'Tijd: 14.00 tot 16.00 uur, daarna is er een borrel.'],
    ['tender', 'Het werk bestaat uit het vervangen van 300 meter beschoeiing.'],
    ['tender', 'Bouwrijp maken van het bedrijventerrein De Isselt.'],
    ['tender', 'We award on the best price-quality ratio: quality counts for 60 percent.'],
    ['other', 'Residents can bring old furniture, garden waste and electrical appliances to the recycling centre free of charge.'],
    ['tender', 'Het bestek vraagt afvoer van het puin naar een vergunde breekinstallatie.'],
    ['project-plan', 'Doel van het project is het vergroten van de verkeersveiligheid en de leefbaarheid rond de scholen.'],
    ['project-plan', 'Uitgangspunt is dat vrijkomende stenen in het werk worden hergebruikt.'],
    ['project-plan', 'Met dit project halveren we het energieverbruik van de sporthallen.'],
    ['council-proposal', 'Het college stelt de raad voor de parkeerverordening te wijzigen.'],
    ['council-proposal', 'Aanleiding voor dit voorstel is de slechte staat van de brug over de Eem.'],
    ['meeting', 'Op het werkoverleg van dinsdag bespreken we de nieuwe roosters.'],
    ['council-proposal', 'Wij stellen u voor het budget voor bermonderhoud te verhogen, omdat het aantal klachten vorig jaar is verdubbeld.'],
    ['council-proposal', 'We propose that the council adopts the new parking policy.'],
    ['council-proposal', 'De gemeenteraad keurt de samenwerking met de buurgemeenten goed.'],
    ['council-proposal', 'Motivering: de huidige bestelwagens voldoen niet aan de milieuzone.'],
    ['meeting', 'Graag nodigen wij u uit voor een gesprek over de nieuwe inzamelroutes.'],
    ['meeting', 'Infoavond over de nieuwe fietsstraat in de Molenstraat.'],
    ['project-plan', 'Het grootste risico is een tekort aan vakmensen in de bouw.'],
    ['project-plan', 'Het project heeft als doel de binnenstad autoluw te maken.'],
    ['project-plan', 'The project aims to halve the energy use of the swimming pool.'],
    ['tender', 'Wij nodigen u uit een offerte uit te brengen voor het schilderen van de raadzaal.'],
    ['tender', 'De gemeente zoekt een cateraar voor de lunches in het gemeentehuis.'],
    ['tender', 'Reinigen van de goten en kolken in het centrum'],
    ['tender', 'Catering voor de raadsvergaderingen en de kantine'],
    ['tender', 'Glasbewassing van de scholen en de sporthallen 2027-2030'],
    ['council-proposal', 'Reden van het voorstel: de huidige vrachtwagen is aan vervanging toe.'],
    ['council-proposal', 'Collegebesluit: de raamovereenkomst met de aannemer van het groenonderhoud wordt verlengd.'],
    ['meeting', 'Opleveringsschouw van de nieuwe brug, dinsdag om tien uur.'],
    ['project-plan', 'Aanpak: we beginnen met de wijken waar de meeste klachten zijn.'],
    ['project-plan', 'Het resultaat is een schoolplein zonder tegels en met veel groen.'],
  ];
  // each fails without the twenty-second pass: what a text opens with decides, a participle before a noun tells
  // nothing, …avond is no "vond", English news verbs, and the cues of its written lines
  const twentySecond = [
    ['tender', 'Drukwerk en bezorging van de gemeentelijke nieuwsbrief, 2027-2029'],
    ['council-proposal', 'Het college besluit de opdracht voor het maaien van de bermen te gunnen aan de inschrijver met de laagste prijs.'],
    ['meeting', 'Je bent van harte welkom op de inloopavond over de herinrichting van het Marktplein.'],
    ['other', 'The repair café returns to the library every second Saturday.'],
    ['project-plan', 'Het beschikbare budget voor de herinrichting van het Marktplein bedraagt € 900.000.'],
    ['project-plan', 'Buiten de scope valt het onderhoud van de bermen langs de provinciale weg.'],
    ['project-plan', 'In de ontwerpfase bekijken we of de bestaande lichtmasten kunnen blijven staan.'],
    ['council-proposal', 'De kosten van de nieuwe veegwagen worden gedekt uit de reserve openbare ruimte.'],
    ['council-proposal', 'Wijziging van de Afvalstoffenverordening 2027'],
    ['tender', 'Koffieautomaten voor de bibliotheek en het zwembad, 2027-2031'],
    ['tender', 'Selectie-eis: de inschrijver heeft in de afgelopen vijf jaar twee vergelijkbare rioolvervangingen uitgevoerd.'],
    ['meeting', 'Uitnodiging marktconsultatie duurzame catering, woensdag 4 februari in het stadskantoor'],
    ['project-plan', 'Werkpakket 2 omvat de inventarisatie van het meubilair in de depots.'],
    ['tender', 'Levering van schermen en camera\'s voor hybride vergaderingen in de raadzaal'],
    ['council-proposal', 'Het college vraagt de raad een krediet van € 300.000 voor de vervanging van de speeltoestellen.'],
    ['project-plan', 'Het doel is dat alle bekers op de markt vanaf 2027 van herbruikbaar materiaal gemaakt zijn.'],
    ['council-proposal', 'Het college stelt de raad voor het inkoop- en aanbestedingsbeleid 2027 vast te stellen.'],
    ['council-proposal', 'Het college neemt kennis van de evaluatie van de feestweek en stemt in met de aanbevelingen.'],
    ['tender', 'Inhuur van een evenementenbureau voor de nieuwjaarsbijeenkomst en de vrijwilligersavond'],
    ['project-plan', 'Pilot: drie maanden proef met deelfietsen voor dienstreizen van medewerkers'],
    ['other', 'The municipality has awarded the tender for catering to a social enterprise.'],
    ['other', 'De aanbesteding voor de ledverlichting in de sporthal is gegund aan een aannemer uit Baarn; het werk begint in mei.'],
    ['project-plan', 'Maatregel 3: herplant van veertig bomen langs de Dorpsstraat na de vervanging van het riool.'],
    ['project-plan', 'Projectnaam: Vervanging speeltoestellen Overhees – projectnummer 2027-008'],
    ['meeting', 'Schouw met de aannemer op 3 juni langs de nieuwe beplanting in de Kerkstraat'],
    ['tender', 'Het bestek voorziet in het kappen van zes bomen die zijn aangetast door de essentaksterfte.'],
    ['council-proposal', 'Het extra krediet van € 200.000 is nodig door gestegen bouwkosten.'],
  ];
  // each fails without the twenty-third pass: a document's part or a set of rules as a title, a tender's phrase
  // opening a title, a specification's formula, a council decision's preamble, a headline's verb, the cues
  // of its written lines, and tendering or the council spoken of in general
  const twentyThird = [
    ['other', 'Inleiding en opbouw van deze nota'],
    ['other', 'Hoofdstuk 3 – begrippen en afkortingen'],
    ['other', 'Bijlage 2 – overzicht van de gunningen in 2026'],
    ['other', 'Samenvatting en aanbevelingen'],
    ['other', 'Tabel 4 kosten per inwoner en per huishouden'],
    ['other', 'Aanbestedingsreglement Werken 2027 – abnormaal lage inschrijvingen'],
    ['tender', 'Nota van inlichtingen 2 – vragen over de planning van de sloop'],
    ['tender', 'Inrichting van de spreekkamers in het stadskantoor: tafels, stoelen en kasten'],
    ['tender', 'Stedenbouwkundig advies voor de herontwikkeling van het oude zwembadterrein'],
    ['tender', 'Reinigingsmiddelen dragen het Nordic Swan Ecolabel of gelijkwaardig.'],
    ['council-proposal', 'De gemeenteraad van Soest; gelet op het bepaalde in de Gemeentewet;'],
    ['other', 'Gemeente Baarn gunt maaiwerk bermen aan regionale aannemer'],
    ['other', 'Herstel brug Eemweg duurt een half jaar langer dan gepland'],
    ['tender', 'Nieuwbouw zwembad De Vuurtoren, ontwerp en bouw inclusief vijftien jaar onderhoud'],
    ['project-plan', 'Binnen de scope valt ook de vervanging van de verlichting in de fietstunnel.'],
    ['council-proposal', 'De kapitaallasten van de nieuwe veegwagen bedragen vanaf 2028 € 54.000 per jaar.'],
    ['council-proposal', 'Ingestemd wordt met de verlenging van het contract voor de glasbewassing.'],
    ['council-proposal', 'Advies: akkoord gaan met de aanschaf van twee elektrische veegwagens.'],
    ['other', 'Het ontwerp-bestemmingsplan voor de Dorpsstraat ligt vanaf 3 maart ter inzage in het gemeentehuis.'],
    ['council-proposal', 'De gemeenteraad beslist de toelage voor de kermis te verhogen tot 8.000 euro.'],
    ['other', 'Regionale ondernemers krijgen meer kans bij aanbesteding van gemeentelijke opdrachten.'],
    ['other', 'Het inkoopbureau ondersteunt de teams bij elke aanbesteding en offerte.'],
    ['other', 'Een Europese aanbesteding is verplicht boven de drempelbedragen.'],
    ['other', 'Bij een meervoudig onderhandse aanbesteding vraagt de gemeente minstens drie ondernemers om een offerte.'],
    ['other', 'De aanbestedende dienst maakt elke gunning bekend via TenderNed.'],
    ['other', 'Het college van burgemeester en wethouders mag sommige beslissingen zelf nemen.'],
    ['other', 'De burgemeester is voorzitter van de gemeenteraad en van het college van burgemeester en wethouders.'],
    ['other', 'Iedere wethouder is portefeuillehouder voor een aantal beleidsterreinen.'],
    ['other', 'Beleidskader inkoop en aanbesteding 2027'],
    ['other', 'College geeft groen licht voor plan van aanpak nieuwe sporthal'],
    ['other', 'In Vlaanderen kiest de gemeenteraad volgens het decreet over het lokaal bestuur zelf zijn voorzitter.'],
    ['other', 'Na een Europese aanbesteding gunde de regio de inzameling van het huishoudelijk afval aan een nieuwe partij.'],
    ['other', 'Het decreet over het lokaal bestuur bepaalt dat elke gemeente een algemeen directeur heeft.'],
    ['tender', 'De omvang van de opdracht wordt bepaald door het aantal analyses per jaar.'],
  ];
  // each fails without the twenty-fourth pass's formulas, its rule for a question, the simple past, a supplier's voice and a plan's phases
  const twentyFourth = [
    ['tender', 'De gemeente heeft het voornemen een opdracht voor de levering van zoutstrooiers te verstrekken.'],
    ['council-proposal', 'Besluit van de raad houdende de verordening op de afvalstoffenheffing 2027'],
    ['council-proposal', 'De raad van de gemeente Soest, bijeen op 12 maart 2027;'],
    ['council-proposal', 'Het college informeert de raad over het besluit om de sporthal te verbouwen.'],
    ['meeting', 'Graag wil ik iedereen welkom heten bij deze extra raadsvergadering over de begroting.'],
    ['meeting', 'De openbare zitting van de gemeenteraad begint om 19.30 uur in de raadzaal.'],
    ['other', 'Is een raamovereenkomst voor bedrijfskleding altijd een Europese aanbesteding?'],
    ['other', 'Veertig inwoners bezochten de eerste bewonersavond over de herinrichting van het park.'],
    ['other', 'Het college koos voor een Europese aanbesteding van de gladheidsbestrijding.'],
    ['other', 'Bij onze klanten in de zorg is de raamovereenkomst voor schoonmaak vaak een gespreksonderwerp.'],
    ['other', 'De tenderbegeleiding die wij aanbieden helpt inschrijvers bij elke aanbesteding.'],
    ['council-proposal', 'Het college informeert de raad over de vertraging bij de renovatie van het zwembad.'],
    ['council-proposal', 'Waarom dit voorstel? De verlichting in het park is verouderd en verbruikt veel stroom.'],
    ['council-proposal', 'Kaderstelling: de nieuwe sporthal wordt energieneutraal en gasloos gebouwd.'],
    ['project-plan', 'In de eerste fase vervangen we de lichtmasten langs de hoofdroutes; de planning volgt.'],
    ['project-plan', 'De projectleider vervangt in de tweede fase de lichtmasten langs de hoofdroutes.'],
    ['council-proposal', 'Wij adviseren u de kaders voor de nieuwe sporthal vast te stellen.'],
    ['meeting', 'Aanmelden kan tot 1 maart via de website; de wandeling langs de nieuwe wadi begint om 10 uur.'],
    ['council-proposal', 'De raad wordt voorgesteld in te stemmen met de evaluatie van het inkoopbeleid 2023-2026.'],
    ['project-plan', 'We willen dat in 2030 de helft van de gemeentelijke daken groen of blauw is.'],
    ['meeting', 'Op 4 maart bespreken we de eerste schetsen voor het nieuwe park.'],
    ['project-plan', 'Na afronding van het ontwerp vragen we drie aannemers om een prijs.'],
    ['project-plan', 'Het nieuwe inzamelsysteem werkt vanaf het derde kwartaal van 2027; de planning volgt.'],
    ['tender', 'Selectiecriterium: de inschrijver heeft in de afgelopen vijf jaar ten minste twee vergelijkbare opdrachten uitgevoerd.'],
    ['project-plan', 'Bij de renovatie van de bibliotheek streven we naar hergebruik van het meubilair.'],
  ];
  // each fails without its change (twenty-fifth pass: the formulas of real council letters, decisions and minutes)
  const twentyFifth = [
    ['council-proposal', 'Bij deze willen wij uw raad informeren over de vervanging van de lichtmasten.'],
    ['council-proposal', 'De raad voor te stellen de notitie over het zwembad te bespreken.'],
    ['council-proposal', 'Voor de herinrichting van het plein een krediet te voteren van € 250.000.'],
    ['council-proposal', 'Het college, de burgemeester en de raad van Soest, ieder voor zover het zijn bevoegdheid betreft;'],
    ['council-proposal', 'De burgemeester informeert de leden van de gemeenteraad over de kosten van het evenement.'],
    ['meeting', 'Zitting van de raad voor maatschappelijk welzijn van 3 februari 2027'],
    ['meeting', 'De raad voor maatschappelijk welzijn keurt de notulen van 3 februari goed.'],
    ['meeting', 'De commissie houdt op 4 maart een hoorzitting over het nieuwe afvalbeleid.'],
    ['other', 'De levering van de nieuwe afvalbakken heeft vertraging opgelopen.'],
    ['council-proposal', 'Besluit van de gemeenteraad van Soest houdende regels omtrent inkopen en aanbestedingen: inkoop- en aanbestedingsbeleid gemeente Soest'],
    ['council-proposal', 'Besluit van het college van Soest houdende regels omtrent de aanbesteding en de gunning van opdrachten'],
    ['other', 'Als je een verharding op de stoep wil aanleggen, moet je vooraf toestemming vragen aan het college van burgemeester en wethouders.'],
    ['other', 'In het projectplan voor een nieuwe sporthal leg je de ambities en de randvoorwaarden vast.'],
    ['other', 'Een marktconsultatie stelt u als opdrachtgever in staat de kennis van leveranciers te gebruiken.'],
    ['other', 'Met geschiktheidseisen bepaalt u welke bedrijven uw opdracht kunnen uitvoeren.'],
    ['other', 'Een vast onderdeel van aanbestedingsprocedures is tegenwoordig social return.'],
    ['meeting', '12 mei - inspraakavond over het nieuwe afvalbeleid'],
    ['meeting', 'Opening door de voorzitter, mevrouw De Vries. Goedenavond allemaal.'],
    ['council-proposal', 'De raad kennis te laten nemen van de evaluatie van het afvalbeleid.'],
    ['meeting', 'Werkoverleg vastgoed, maandag 10.00 uur. Neem de stand van zaken van je projecten mee.'],
    ['other', 'SOEST – Op de gemeenteraad werd het bestek voor de aankoop van een veegmachine ter goedkeuring voorgelegd.'],
    ['tender', 'De gemeente Soest heeft op dit moment één opdrachtnemer gecontracteerd die onderstaande diensten verzorgt.'],
    ['tender', 'Nieuwbouw brandweerkazerne Soest met stalling en oefenterrein, ontwerp en realisatie'],
    ['tender', 'Nieuwbouw sporthal Soest-Zuid, ontwerp in bouwteam'],
    ['project-plan', 'In het projectplan kiezen we voor ontwerp en realisatie door één partij.'],
  ];
  // each fails without its change (twenty-sixth pass: a genre spoken of in general, a condition, a headline)
  const twentySixth = [
    ['other', 'Bij het aanbesteden van een werk kan de gemeente kiezen voor EMVI.'],
    ['other', 'De aanbestedingsleidraad is een document waarin de aanbestedende dienst de procedure beschrijft.'],
    ['other', 'Een amendement wijzigt een raadsvoorstel op een onderdeel.'],
    ['other', 'Meerjaren onderhoudsplannen geven inzicht in de kosten van het vastgoed.'],
    ['other', 'Gemeenten schrijven hun bestekken voor groenonderhoud steeds vaker als beeldbestek.'],
    ['other', 'Een beleidsplan voor het groen geeft richting aan het beheer van de openbare ruimte.'],
    ['other', 'Een plan van aanpak beschrijft hoe je een project van begin tot eind aanpakt.'],
    ['other', 'Een vergadering begint met de opening door de voorzitter.'],
    ['other', 'Elke vergadering van de gemeenteraad is openbaar en live te volgen.'],
    ['other', "In zo'n projectplan staan de doelen, de planning en het budget."],
    ['other', 'Met een amendement kan de raad een voorstel van het college wijzigen.'],
    ['other', 'Moties en amendementen worden aan het eind van de vergadering in stemming gebracht.'],
    ['tender', 'De gewenste situatie is één contract voor het onderhoud van alle sportvelden van de gemeente.'],
    ['other', 'Op 12 maart stond het nieuwe afvalbeleid op de agenda van de gemeenteraad.'],
    ['other', 'Iedereen mag een onderwerp op de politieke agenda van de gemeenteraad plaatsen.'],
    ['other', 'Als u wilt inschrijven op een aanbesteding, heeft u een eHerkenning nodig.'],
    ['other', 'Vervanging van de lichtmasten in Soest-Zuid heeft voorrang'],
    ['other', 'Het voorlopig ontwerp voor de nieuwe sporthal is klaar'],
    ['other', 'Wat staat er in een projectplan en wie schrijft het?'],
    ['other', 'In opdracht van de gemeente reinigt een aannemer deze zomer de riolering in de Kerkstraat.'],
    ['council-proposal', 'De gemeenteraad van Soest in zijn openbare vergadering van 12 december 2026;'],
    ['other', 'Vijf tips voor je bewonersavond over het nieuwe park'],
    ['other', 'Checklist bij het opstellen van een raadsvoorstel'],
    ['other', 'Tips voor een aanbesteding van groenonderhoud'],
  ];
  it.each([
    ...twentyFirst.map(([type, text]) => [type, text, 'twenty-first']),
    ...twentySecond.map(([type, text]) => [type, text, 'twenty-second']),
    ...twentyThird.map(([type, text]) => [type, text, 'twenty-third']),
    ...twentyFourth.map(([type, text]) => [type, text, 'twenty-fourth']),
    ...twentyFifth.map(([type, text]) => [type, text, 'twenty-fifth']),
    ...twentySixth.map(([type, text]) => [type, text, 'twenty-sixth']),
  ])(
    'types a short written line as %s: "%s" (%s pass)',
    (type, text) => {
      expect(match(text!).documentType).toBe(type);
    },
  );

  // each fails without the group words the written lines taught (twenty-first pass)
  it.each([
    ['vehicles', 'Het gemeentelijk wagenpark rijdt in 2030 op stroom.'],
    ['office-furniture', 'Uitgangspunt is dat het huidige meubilair blijft.'],
    ['office-furniture', 'Een nieuwe indeling met flexwerkplekken in het stadskantoor.'],
    ['energy', 'Wie een energiescan aanvraagt, krijgt advies over isolatie.'],
    ['events', 'Het budget voor het vrijwilligersfeest stijgt.'],
    ['buildings-new', 'De raad stelt het Integraal Huisvestingsplan Onderwijs vast.'],
    ['printing-paper', 'Digitale raadsstukken besparen elk jaar duizenden vel papier.'],
  ])('finds %s in a short written line: "%s" (twenty-first pass)', (group, text) => {
    expect(groups(text).slice(0, 3)).toContain(group);
  });
});
