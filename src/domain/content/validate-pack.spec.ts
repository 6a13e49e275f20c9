import { formatContentError, loadContentPack, type ContentError } from './validate-pack';
import { MINIMAL_PACK_GROUPS, minimalPackFiles, withFile } from '../../../test/support/minimal-pack';

const errorsOf = (result: ReturnType<typeof loadContentPack>): ContentError[] => (result.ok ? [] : result.errors);

describe('loading a content pack', () => {
  it('loads a valid pack whole', () => {
    const result = loadContentPack(minimalPackFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.checklists[0]?.items[0]?.id).toBe('roads-reuse');
    expect(result.pack.productGroups).toHaveLength(MINIMAL_PACK_GROUPS.length);
  });

  it('takes the learned document type when the pack has one, and names what is wrong in a broken one', () => {
    const model = { classes: ['tender', 'none'], openingChars: 300, prior: [-1, -0.5], features: { offert: [-2, -6] } };
    const withModel = [...minimalPackFiles(), { path: 'document-type-model.json', text: JSON.stringify(model) }];
    const result = loadContentPack(withModel);
    expect(result.ok && result.pack.documentTypeModel).toEqual(model);
    const without = loadContentPack(minimalPackFiles());
    expect(without.ok && without.pack.documentTypeModel).toBeUndefined();
    const broken = { ...model, openingChars: 100_000, features: { offert: [-2] } };
    const messages = errorsOf(loadContentPack([...minimalPackFiles(), { path: 'document-type-model.json', text: JSON.stringify(broken) }])).map(formatContentError);
    expect(messages).toEqual([
      expect.stringMatching(/^document-type-model\.json: openingChars: /),
      'document-type-model.json: features: the prior and every feature need one number per class',
    ]);
    expect(errorsOf(loadContentPack([...minimalPackFiles(), { path: 'document-type-model.json', text: '{' }])).map(formatContentError)[0]).toMatch(/^document-type-model\.json: malformed JSON/);
  });

  it('names file, path and line of an unknown taxonomy id, and loads nothing', () => {
    const files = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('rStrategy: R3-reuse', 'rStrategy: R3-reus'));
    const result = loadContentPack(files);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ file: 'checklists/roads.yaml', path: 'items[0].rStrategy', line: 12 }),
    ]);
    expect(errorsOf(result)[0]?.message).toMatch(/"R3-reus" is not allowed; expected one of: R0-refuse/);
  });

  it('names the line of a reference to a product group the pack does not define', () => {
    const files = withFile(minimalPackFiles(), 'actions.yaml', (t) => t.replace('productGroups: [roads]', 'productGroups: [roads, road]'));
    expect(errorsOf(loadContentPack(files)).map(formatContentError)).toEqual([
      "actions.yaml:9: actions[0].productGroups[1]: unknown product group 'road': product groups are defined in product-groups.yaml",
    ]);
    const checklist = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('productGroup: roads', 'productGroup: bridges'));
    expect(errorsOf(loadContentPack(checklist)).map(formatContentError)).toEqual([
      "checklists/roads.yaml:2: productGroup: unknown product group 'bridges': product groups are defined in product-groups.yaml",
    ]);
  });

  it('takes a product group the municipality adds, with its delimitation, and one it leaves out, without a code change', () => {
    const files = withFile(minimalPackFiles(), 'product-groups.yaml', (t) =>
      t.replace(/ {2}- id: events[\s\S]*$/, '') +
        '  - id: winter-road-maintenance\n    label: { nl: Gladheidbestrijding, en: Winter road maintenance }\n' +
        '    delimitation: { nl: Strooien en sneeuwruimen, en: Gritting and snow clearing }\n' +
        '    triggers: { nl: [strooien, { term: pekel, weight: 0.5 }], en: [gritting] }\n    cpv: ["90620"]\n',
    );
    const result = loadContentPack(files);
    if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
    expect(result.pack.productGroups.map((g) => g.id)).not.toContain('events');
    expect(result.pack.productGroups.find((g) => g.id === 'winter-road-maintenance')).toMatchObject({ delimitation: { nl: 'Strooien en sneeuwruimen' }, cpv: ['90620'] });
  });

  it('reports a missing translation at the text it belongs to', () => {
    const files = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('guidance: { nl: "Uitleg", en: "Guidance" }', 'guidance: { nl: "Uitleg" }'));
    expect(errorsOf(loadContentPack(files))).toEqual([
      expect.objectContaining({ file: 'checklists/roads.yaml', path: 'items[0].guidance.en', line: 8, message: 'is missing (expected string)' }),
    ]);
  });

  it('reports an unknown key where it stands', () => {
    const files = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('    kind: requirement', '    kind: requirement\n    colour: green'));
    expect(errorsOf(loadContentPack(files))).toEqual([
      expect.objectContaining({ path: 'items[0].colour', line: 11, message: "unknown key 'colour'" }),
    ]);
  });

  it('names a general cue of a document type that is none of its cues (twenty-third pass)', () => {
    const files = withFile(minimalPackFiles(), 'document-types.yaml', (t) =>
      t.replace('  - { id: tender, label: { nl: "tender", en: "tender" }, cues: { nl: [], en: [] } }', '  - { id: tender, label: { nl: "tender", en: "tender" }, cues: { nl: [aanbesteding], en: [] }, generalCues: [aanbesteding, inkoop] }'),
    );
    expect(errorsOf(loadContentPack(files))).toEqual([
      expect.objectContaining({ file: 'document-types.yaml', path: 'documentTypes[0].generalCues[1]', message: '"inkoop" is none of this type\'s cues' }),
    ]);
  });

  it('reports duplicate item ids across files with both places', () => {
    const base = minimalPackFiles();
    const roads = base.find((f) => f.path === 'checklists/roads.yaml')!;
    const files = [...base, { path: 'checklists/roads-extra.yaml', text: roads.text.replace('id: roads\n', 'id: roads-extra\n') }];
    const errors = errorsOf(loadContentPack(files));
    expect(errors).toHaveLength(1);
    expect(formatContentError(errors[0]!)).toBe(
      "checklists/roads.yaml:6: items[0].id: duplicate checklist item id 'roads-reuse' (first at checklists/roads-extra.yaml:6)",
    );
  });

  it('reports a dangling team reference', () => {
    const files = withFile(minimalPackFiles(), 'actions.yaml', (t) => t.replace('ownerTeam: inkoop', 'ownerTeam: ict'));
    expect(errorsOf(loadContentPack(files))).toEqual([
      expect.objectContaining({ file: 'actions.yaml', path: 'actions[0].ownerTeam', line: 5, message: expect.stringMatching(/unknown team 'ict'/) }),
    ]);
  });

  it('reports malformed YAML with its line', () => {
    const files = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('    ambition: basis', '    ambition: basis: extra'));
    const [error] = errorsOf(loadContentPack(files));
    expect(error).toMatchObject({ file: 'checklists/roads.yaml', line: 9 });
    expect(error?.message).toMatch(/^malformed YAML/);
  });

  it('names the file, path and line of a malformed title cue, sought party or self-name', () => {
    const files = withFile(minimalPackFiles(), 'document-types.yaml', (t) =>
      t
        .replace('{ id: tender, ', '{ id: tender, titleCues: { nl: [{ term: onderhoud, weight: zwaar }], en: [] }, ')
        .replace('{ id: project-plan, ', '{ id: project-plan, selfNames: { nl: [projectplan], en: [{ weight: 1 }] }, ')
        .replace('{ id: other, ', '{ id: other,\n      soughtParties: { nl: [{ term: aannemer }], en: [] }, '),
    );
    expect(errorsOf(loadContentPack(files)).map(formatContentError)).toEqual([
      'document-types.yaml:2: documentTypes[0].titleCues.nl[0]: expected a word or phrase, or { term, weight }',
      'document-types.yaml:3: documentTypes[1].selfNames.en[0]: expected a word or phrase, or { term, weight }',
      'document-types.yaml:8: documentTypes[5].soughtParties.nl[0]: expected a word or phrase, or { term, weight }',
    ]);
  });

  it('refuses duplicate keys in one mapping', () => {
    const files = withFile(minimalPackFiles(), 'pack.yaml', (t) => `${t}version: 2.0.0\n`);
    expect(errorsOf(loadContentPack(files))[0]).toMatchObject({ file: 'pack.yaml', message: expect.stringMatching(/malformed YAML.*unique/i) });
  });

  it('reports missing files, missing taxonomy coverage and stray files', () => {
    const files = minimalPackFiles()
      .filter((f) => f.path !== 'document-types.yaml')
      .concat({ path: 'notes.yaml', text: 'a: 1\n' });
    const messages = errorsOf(loadContentPack(files)).map(formatContentError);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^document-types.yaml: the file is missing/), expect.stringMatching(/^notes.yaml: not a content file/)]),
    );
    const badId = withFile(minimalPackFiles(), 'product-groups.yaml', (t) => t.replace('- id: events', '- id: Events'));
    expect(errorsOf(loadContentPack(badId)).map(formatContentError)).toEqual([
      expect.stringMatching(/^product-groups.yaml:\d+: productGroups\[20\]\.id: must be lower-case words joined by hyphens$/),
    ]);
  });

  describe('triggers that can never count', () => {
    const roadsTriggers = 'triggers: { nl: ["roads-woord"], en: ["roads-word"] }';
    const groups = (triggers: string) => withFile(minimalPackFiles(), 'product-groups.yaml', (t) => t.replace(roadsTriggers, triggers));
    const messages = (files: ReturnType<typeof minimalPackFiles>) => errorsOf(loadContentPack(files)).map(formatContentError);

    it('refuses a trigger that stems like an earlier one of its group and list, naming both, where each stands and which comes first', () => {
      const files = groups(
        ['triggers:', '      nl:', '        - printer', '        - { term: toner, weight: 0.5 }', '        - printers', '      en: [truck, feed-in, trucks, feed-in tariff]'].join('\n'),
      );
      expect(messages(files)).toEqual([
        "product-groups.yaml:8: productGroups[0].triggers.nl[2]: trigger 'printers' never counts: it stems like 'printer' (line 6), which comes first",
        "product-groups.yaml:9: productGroups[0].triggers.en[2]: trigger 'trucks' never counts: it stems like 'truck' (line 9), which comes first",
        "product-groups.yaml:9: productGroups[0].triggers.en[3]: trigger 'feed-in tariff' never counts: it opens with the stems of 'feed-in' (line 9), which comes first",
      ]);
    });

    it('refuses a cue that stems like an earlier cue of its type, and a verb listed for its forms with a weight they do not get', () => {
      const files = withFile(minimalPackFiles(), 'document-types.yaml', (t) =>
        t.replace(
          '{ id: tender, label: { nl: "tender", en: "tender" }, cues: { nl: [], en: [] } }',
          '{ id: tender, label: { nl: "tender", en: "tender" },\n      cues: { nl: [inschrijver, { term: aanbesteding, weight: 0.6 }, inschrijvers, aanbesteden], en: [] } }',
        ),
      );
      expect(messages(files)).toEqual([
        "document-types.yaml:3: documentTypes[0].cues.nl[2]: trigger 'inschrijvers' never counts: it stems like 'inschrijver' (line 3), which comes first",
        "document-types.yaml:3: documentTypes[0].cues.nl[3]: trigger 'aanbesteden' (weight 1) counts as 'aanbesteding' (line 3), which stems like it and comes first, with weight 0.6: it is listed for its verb forms only, so give it that weight",
      ]);
      const honest = withFile(files, 'document-types.yaml', (t) => t.replace(', inschrijvers, aanbesteden]', ', { term: aanbesteden, weight: 0.6 }]'));
      expect(messages(honest)).toEqual([]);
    });

    it('takes the same word in two groups, in two lists of a type and in two types, and a heavier word a compound counts', () => {
      const files = withFile(groups('triggers: { nl: [printer, { term: grondwerk, weight: 0.8 }, grondwerken], en: [printer] }\n    places: { nl: [printer], en: [] }'), 'product-groups.yaml', (t) =>
        t.replace('triggers: { nl: ["green-space-woord"]', 'triggers: { nl: [printer, "green-space-woord"]'),
      );
      const types = withFile(files, 'document-types.yaml', (t) =>
        t
          .replace('{ id: tender, label: { nl: "tender", en: "tender" }, cues: { nl: [], en: [] } }', '{ id: tender, label: { nl: "tender", en: "tender" }, cues: { nl: [bestek], en: [] }, openingCues: { nl: [bestek], en: [] } }')
          .replace('{ id: project-plan, label: { nl: "project-plan", en: "project-plan" }, cues: { nl: [], en: [] } }', '{ id: project-plan, label: { nl: "project-plan", en: "project-plan" }, cues: { nl: [bestek], en: [] } }'),
      );
      expect(types.map((f) => f.text).join('\n').match(/printer|bestek/g)).toHaveLength(7);
      expect(messages(types)).toEqual([]);
    });
  });

  describe('consistency rules for criteria', () => {
    const roads = (change: (text: string) => string) => errorsOf(loadContentPack(withFile(minimalPackFiles(), 'checklists/roads.yaml', change)));

    it('refuses an award criterion at basis level, which means minimum requirements', () => {
      expect(roads((t) => t.replace('kind: requirement', 'kind: award')).map(formatContentError)).toEqual([
        "checklists/roads.yaml:9: items[0].ambition: roads-reuse: an award criterion cannot be 'basis': basis means minimum requirements (use significant or ambitious)",
      ]);
      expect(roads((t) => t.replace('kind: requirement', 'kind: award').replace('ambition: basis', 'ambition: significant'))).toEqual([]);
    });

    it('allows an R-strategy only on a circularity criterion', () => {
      expect(roads((t) => t.replace('theme: circularity', 'theme: climate'))).toEqual([
        expect.objectContaining({ path: 'items[0].rStrategy', line: 12, message: expect.stringMatching(/only to a circularity criterion, not to theme 'climate'/) }),
      ]);
      expect(roads((t) => t.replace('theme: circularity', 'theme: climate').replace('    rStrategy: R3-reuse\n', ''))).toEqual([]);
    });

    it('asks a national or EU criterion for the public address to check it', () => {
      const mvi = (t: string) => t.replace('{ kind: municipal-proposal, reference: "Testgemeente" }', '{ kind: mvi, reference: "MVI-criteriatool, productgroep Wegen" }');
      expect(roads(mvi)).toEqual([expect.objectContaining({ path: 'items[0].source.url', message: expect.stringMatching(/needs the public address/) })]);
      expect(roads((t) => mvi(t).replace('productgroep Wegen" }', 'productgroep Wegen", url: "http://example.org" }'))[0]?.message).toMatch(/https/);
      expect(roads((t) => mvi(t).replace('productgroep Wegen" }', 'productgroep Wegen", url: "https://www.mvicriteria.nl" }'))).toEqual([]);
    });

    it('refuses a text that leaves its number to the municipality, and unknown parameters', () => {
      expect(roads((t) => t.replace('"Hergebruik"', '"Hergebruik van een door de gemeente vast te stellen aandeel"'))).toEqual([
        expect.objectContaining({ path: 'items[0].text.nl', line: 7, message: expect.stringMatching(/leaves a number open: name a parameter/) }),
      ]);
      expect(roads((t) => t.replace('"Reuse"', '"Reuse {{share}}"'))).toEqual([
        expect.objectContaining({ path: 'items[0].text.en', message: expect.stringMatching(/unknown parameter '\{\{share\}\}'/) }),
      ]);
    });

    it('fills in a policy parameter wherever the criterion text names it', () => {
      const policy = [
        'ambitionPerProductGroup: { roads: significant }',
        'parameters:',
        '  - id: share',
        '    label: { nl: "Aandeel", en: "Share" }',
        '    value: { nl: "50 %", en: "50%" }',
        '    source: { kind: municipal-proposal, reference: "Voorstel" }',
        '',
      ].join('\n');
      const files = withFile([...minimalPackFiles(), { path: 'policy.yaml', text: policy }], 'checklists/roads.yaml', (t) =>
        t.replace('"Hergebruik"', '"Hergebruik ten minste {{share}}"').replace('"Reuse"', '"Reuse at least {{ share }}"'),
      );
      const result = loadContentPack(files);
      if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
      expect(result.pack.checklists[0]?.items[0]?.text).toEqual({ nl: 'Hergebruik ten minste 50 %', en: 'Reuse at least 50%' });
      expect(result.pack.policy.ambitionPerProductGroup).toEqual({ roads: 'significant' });
    });

    it('refuses a source reference longer than the list’s one line holds', () => {
      const long = 'x'.repeat(256);
      expect(roads((t) => t.replace('reference: "Testgemeente"', `reference: "${long}"`))).toEqual([
        expect.objectContaining({ path: 'items[0].source.reference', message: expect.stringMatching(/256 characters; the Checklists list keeps at most 255/) }),
      ]);
      expect(roads((t) => t.replace('reference: "Testgemeente"', `reference: "${'x'.repeat(255)}"`))).toEqual([]);
    });

    it('names the policy line of a parameter that no criterion uses', () => {
      const policy = ['parameters:', '  - id: share', '    label: { nl: "Aandeel", en: "Share" }', '    value: { nl: "50 %", en: "50%" }', '    source: { kind: municipal-proposal, reference: "Voorstel" }', ''].join('\n');
      expect(errorsOf(loadContentPack([...minimalPackFiles(), { path: 'policy.yaml', text: policy }])).map(formatContentError)).toEqual([
        "policy.yaml:2: parameters[0].id: 'share' is named by no criterion: remove it, or name it as {{share}} in a criterion",
      ]);
    });

    it('names the policy line of an ambition for a product group the pack does not have', () => {
      const files = [...minimalPackFiles(), { path: 'policy.yaml', text: 'ambitionPerProductGroup:\n  roads: basis\n  bridges: significant\n' }];
      expect(errorsOf(loadContentPack(files)).map(formatContentError)).toEqual([
        "policy.yaml:3: ambitionPerProductGroup.bridges: 'bridges' is not a product group of this pack (see product-groups.yaml)",
      ]);
    });

    it('refuses a proposed level for a group whose level is adopted, naming its line', () => {
      const text = 'ambitionPerProductGroup:\n  roads: basis\nproposedAmbitionPerProductGroup:\n  roads: significant\n';
      expect(errorsOf(loadContentPack([...minimalPackFiles(), { path: 'policy.yaml', text }])).map(formatContentError)).toEqual([
        "policy.yaml:4: proposedAmbitionPerProductGroup.roads: 'roads' has an adopted level in ambitionPerProductGroup: remove the proposal",
      ]);
    });
  });
});
