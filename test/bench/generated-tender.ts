// A generated 50-page Dutch tender (about 25,000 words) for the matcher benchmark: procurement
// prose with the variety of a real document (numbers, names, many distinct compound words), seeded
// so that every run measures the same text.

const SECTIONS = [
  'Inleiding', 'Aanleiding en doel van de opdracht', 'Scope', 'Planning', 'Eisen aan de uitvoering',
  'Gunningscriteria', 'Contractbepalingen', 'Kwaliteitsborging', 'Veiligheid en verkeersmaatregelen', 'Bijlagen',
];

const SENTENCES = [
  'De opdrachtnemer voert de werkzaamheden uit conform de bepalingen van de UAV 2012 en dit bestek.',
  'Het vervangen van de deklaag van de {street} wordt uitgevoerd in fase {n}.',
  'De bestaande elementenverharding wordt opgenomen, gereinigd en waar mogelijk hergebruikt.',
  'Vrijkomend asfalt wordt gescheiden afgevoerd en hoogwaardig verwerkt in nieuw asfaltmengsel.',
  'De inschrijver beschrijft in het plan van aanpak hoe hinder voor omwonenden wordt beperkt.',
  'Bij de {street} worden de trottoirs heringericht en de fietspaden verbreed tot {n} meter.',
  'De Milieukostenindicator (MKI) van het ontwerp mag niet hoger zijn dan de in bijlage {n} genoemde waarde.',
  'De opdrachtgever behoudt zich het recht voor om onderdelen van de opdracht niet te gunnen.',
  'Alle kosten voor keuringen, metingen en rapportages zijn inbegrepen in de inschrijvingssom.',
  'De gemeente hanteert de CO2-Prestatieladder als gunningsvoordeel bij de beoordeling van de inschrijvingen.',
  'Het werkterrein wordt na afloop van de werkzaamheden schoon en vrij van obstakels opgeleverd.',
  'Verkeersmaatregelen worden uiterlijk {n} werkdagen vooraf afgestemd met de wegbeheerder.',
  'De funderingslaag wordt aangebracht met gecertificeerd menggranulaat uit secundaire grondstoffen.',
  'Klinkers die niet opnieuw kunnen worden gebruikt, worden aangeboden aan het materialendepot van de gemeente.',
  'De inschrijving dient uiterlijk {date} om 12.00 uur via het aanbestedingsplatform te worden ingediend.',
  'Vragen over de aanbestedingsstukken kunnen tot {date} worden gesteld in de nota van inlichtingen.',
  'De opdrachtnemer stelt een V&G-plan op voor de uitvoeringsfase en actualiseert dit bij wijzigingen.',
  'De gemeente Soest streeft ernaar in 2050 volledig circulair te zijn.',
  'Ten behoeve van de {street} worden {n} kolken vervangen en aangesloten op het bestaande stelsel.',
  'Gevonden kabels en leidingen worden direct gemeld aan de directie.',
  'De betaling vindt plaats in termijnen op basis van de voortgang van het werk.',
  'Er wordt een boete van {n} euro per kalenderdag opgelegd bij overschrijding van de opleverdatum.',
  'De inschrijver toont aan dat hij in de afgelopen vijf jaar ten minste twee vergelijkbare werken heeft uitgevoerd.',
  'Het ontwerp van de kruising met de {street} wordt in overleg met de projectleider uitgewerkt.',
];

const STREETS = ['Van Weedestraat', 'Birkstraat', 'Steenhoffstraat', 'Koningsweg', 'Insteek', 'Dalweg', 'Beukenlaan', 'Nieuweweg'];
const PREFIXES = ['fundering', 'weg', 'kolk', 'band', 'goot', 'berm', 'uitvoerings', 'verkeers', 'opleverings', 'keurings', 'inschrijvings', 'termijn', 'materiaal', 'meet', 'werk', 'project', 'planning', 'veiligheids'];
const SUFFIXES = ['plan', 'overleg', 'rapport', 'schema', 'onderdeel', 'fase', 'besluit', 'protocol', 'gegevens', 'tekening', 'maatregel', 'termijn', 'eis', 'register', 'opgave', 'verslag'];

/** a small seeded generator (mulberry32), so the text is the same on every run */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedTender(targetWords = 25_000, seed = 2050): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts = ['Bestek wegreconstructie en groot onderhoud asfaltverhardingen gemeente Soest 2027, CPV 45233252-0.'];
  let count = parts[0]!.split(/\s+/).length;
  let section = 0;
  while (count < targetWords) {
    if (count > ((section + 1) * targetWords) / SECTIONS.length && section < SECTIONS.length - 1) section++;
    const heading = `${section + 1}.${Math.floor(next() * 20) + 1} ${SECTIONS[section]} ${pick(PREFIXES)}${pick(SUFFIXES)}`;
    const paragraph = [heading];
    for (let i = 0; i < 6; i++) {
      paragraph.push(
        pick(SENTENCES)
          .replace('{street}', pick(STREETS))
          .replace('{n}', String(Math.floor(next() * 900) + 2))
          .replace('{date}', `${Math.floor(next() * 28) + 1}-${Math.floor(next() * 12) + 1}-2027`),
      );
    }
    const text = paragraph.join(' ');
    count += text.split(/\s+/).length;
    parts.push(text);
  }
  return parts.join('\n\n');
}
