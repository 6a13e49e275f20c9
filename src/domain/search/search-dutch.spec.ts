// How search reads Dutch: plurals, compounds both ways, short words, ranking by where a word
// stands. A small pack written for each rule, so that a failure names the rule that broke.
import { loadContentPack } from '../content/validate-pack';
import { minimalPackFiles, withFile } from '../../../test/support/minimal-pack';
import { buildContentSearchIndex, searchContent } from './search-content';

interface Item {
  id: string;
  text: string;
  guidance?: string;
}

const checklistFile = (id: string, group: string, title: string, items: Item[]) => ({
  path: `checklists/${id}.yaml`,
  text: [
    `id: ${id}`,
    `productGroup: ${group}`,
    `title: { nl: "${title}", en: "${title} (en)" }`,
    'description: { nl: "x", en: "x" }',
    'items:',
    ...items.flatMap((item) => [
      `  - id: ${item.id}`,
      `    text: { nl: "${item.text}", en: "English text" }`,
      `    guidance: { nl: "${item.guidance ?? 'Uitleg'}", en: "Guidance" }`,
      '    ambition: basis',
      '    kind: requirement',
      '    theme: circularity',
      '    verification: { nl: "Opgave", en: "Statement" }',
      '    source: { kind: municipal-proposal, reference: "Testgemeente" }',
    ]),
    '',
  ].join('\n'),
});

/** a pack with office furniture (trigger bureaustoel), lighting (trigger ledverlichting) and play equipment */
function pack() {
  let files = withFile(minimalPackFiles(), 'product-groups.yaml', (t) =>
    t
      .replace('["office-furniture-woord"]', '["bureaustoel", "kantoormeubilair", { term: tafel, weight: 0.4 }]')
      .replace('["public-lighting-woord"]', '["openbare verlichting", "ledverlichting"]'),
  );
  files = [
    ...files,
    checklistFile('office-furniture', 'office-furniture', 'Kantoormeubilair', [
      { id: 'furniture-chairs-repair', text: 'Bureaustoelen worden hersteld voordat nieuwe worden gekocht.' },
      { id: 'furniture-inventory', text: 'Inventariseer wat er al staat.' },
    ]),
    checklistFile('public-lighting', 'public-lighting', 'Openbare verlichting', [
      { id: 'lighting-led', text: 'Nieuwe armaturen zijn LED-armaturen en dimbaar.' },
      { id: 'lighting-masts', text: 'Bestaande masten blijven staan.', guidance: 'Leg de verlichting vast in het beleidsplan.' },
    ]),
    checklistFile('street-furniture', 'street-furniture', 'Spelen', [
      { id: 'play-equipment', text: 'Een speeltoestel wordt eerst gerepareerd.' },
      { id: 'members', text: 'De leden van de speeltuinvereniging denken mee.' },
    ]),
  ];
  const loaded = loadContentPack(files);
  if (!loaded.ok) throw new Error(`pack must load: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.pack;
}

const index = buildContentSearchIndex(pack());
const ids = (query: string) => searchContent(index, query, 50).map((h) => h.id);

describe('search in Dutch', () => {
  it('meets a plural and its singular both ways', () => {
    expect(ids('speeltoestellen')).toEqual(['play-equipment']);
    expect(ids('speeltoestel')).toEqual(['play-equipment']);
    // the criterion says "Bureaustoelen", the trigger "bureaustoel": either finds both chair criteria
    expect(ids('bureaustoel')).toEqual(ids('bureaustoelen'));
    expect(ids('bureaustoel')[0]).toBe('furniture-chairs-repair');
  });

  it('finds a compound by its head, and a criterion that names a compound typed whole by its parts', () => {
    // "stoelen" is the head of "bureaustoelen"
    expect(ids('stoelen')).toContain('furniture-chairs-repair');
    // "ledverlichting" is typed whole; the criterion says "LED-armaturen", its group "verlichting"
    expect(ids('ledverlichting')[0]).toBe('lighting-led');
    expect(ids('ledverlichting')).toContain('lighting-masts');
  });

  it('finds the criteria of a product group by its trigger words, above a word in the guidance', () => {
    // kantoormeubilair is no word of either furniture criterion, only of their group
    expect(ids('kantoormeubilair').sort()).toEqual(['furniture-chairs-repair', 'furniture-inventory']);
    // "verlichting": the masts criterion has it in its guidance and in its group, the LED one in its group
    const hits = searchContent(index, 'verlichting', 50);
    expect(hits.map((h) => h.id).sort()).toEqual(['lighting-led', 'lighting-masts']);
    // a weak trigger (tafel, 0.4) makes no criterion a hit
    expect(ids('tafel')).toEqual([]);
  });

  it('ranks a word in the criterion above the same word in its group, and that above its guidance', () => {
    const led = searchContent(index, 'led', 50);
    expect(led.map((h) => h.id)).toEqual(['lighting-led', 'lighting-masts']);
    expect(led[0]!.score).toBeGreaterThan(led[1]!.score);
    const beleidsplan = searchContent(index, 'beleidsplan', 50);
    expect(beleidsplan.map((h) => h.id)).toEqual(['lighting-masts']);
    expect(beleidsplan[0]!.score).toBeLessThan(led[1]!.score);
  });

  it('keeps a short word to itself: LED is no form of "leden" (members), nor the other way round', () => {
    expect(ids('LED')).not.toContain('members');
    expect(ids('leden')).toEqual(['members']);
  });

  it('completes the word being typed only when it is no word of the pack yet', () => {
    // the criterion that says "Bureaustoelen" first, then the one whose group has the trigger "bureaustoel"
    expect(ids('bureausto')).toEqual(['furniture-chairs-repair', 'furniture-inventory']);
    expect(ids('speeltoe')).toEqual(['play-equipment']);
    // "led" is a word of the pack: it is not read as the start of "leden"
    expect(ids('led')).not.toContain('members');
  });

  it('leaves out words too common to search by, but keeps the rest of the query', () => {
    expect(ids('de')).toEqual([]);
    expect(ids('de leden van')).toEqual(['members']);
  });

  it('reads a concept people search by name as what the criteria say instead', () => {
    const withPassport = pack();
    withPassport.checklists.find((c) => c.id === 'roads')!.items[0]!.text.nl = 'Voor elk gebouw is er een materialenpaspoort.';
    const passportIndex = buildContentSearchIndex(withPassport);
    expect(searchContent(passportIndex, 'cradle to cradle').map((h) => h.id)).toEqual(['roads-reuse']);
    expect(searchContent(passportIndex, 'C2C').map((h) => h.id)).toEqual(['roads-reuse']);
    expect(searchContent(index, 'cradle to cradle')).toEqual([]);
  });
});
