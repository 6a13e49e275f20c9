import { bundledPack } from '../../test/support/bundled-pack';
import { fixturePack } from '../../test/support/storage-fixtures';
import { actionsFromRows, checklistsFromRows, contentPackToRows, policyFromRows, policyToRows, productGroupsFromRows, type ContentRow } from './content-rows';
import { CHECKLISTS_LIST, fieldProblems, POLICY_LIST, PRODUCT_GROUPS_LIST, PROGRAMME_ACTIONS_LIST } from './list-definitions';

const asRows = (fields: (Record<string, unknown> | undefined)[]): ContentRow[] => fields.map((f, i) => ({ itemId: String(i + 1), fields: f ?? {} }));

describe('content rows', () => {
  const pack = fixturePack();
  const rows = contentPackToRows(pack);
  const teams = new Set(pack.programme.teams.map((t) => t.id));

  it('writes one row per action and per checklist item, each valid for its list', () => {
    expect(rows.actions).toHaveLength(2);
    expect(rows.checklists).toHaveLength(3);
    for (const r of rows.actions) expect(fieldProblems(PROGRAMME_ACTIONS_LIST, r, 'create')).toEqual([]);
    for (const r of rows.checklists) expect(fieldProblems(CHECKLISTS_LIST, r, 'create')).toEqual([]);
    expect(rows.checklists[0]).toMatchObject({ Title: 'roads-recycled-asphalt', ChecklistId: 'roads', ProductGroup: 'roads' });
  });

  it('reads back exactly the actions and checklists it wrote', () => {
    expect(actionsFromRows(asRows(rows.actions), teams)).toEqual({ values: pack.actions, problems: [] });
    expect(checklistsFromRows(asRows(rows.checklists))).toEqual({ values: pack.checklists, problems: [] });
  });

  it('follows SortOrder, so a coordinator can reorder rows', () => {
    const reordered = rows.actions.map((r, i) => ({ ...r, SortOrder: 10 - i }));
    expect(actionsFromRows(asRows(reordered)).values.map((a) => a.id)).toEqual(['circular-tenders', 'reuse-paving']);
  });

  it('reports and skips a broken action row, keeping the good ones', () => {
    const broken = [
      { ...rows.actions[0], Phase: 'someday' },
      rows.actions[1],
      { ...rows.actions[1], SortOrder: 5 },
      { ...rows.actions[0], Title: 'orphan-action', OwnerTeam: 'finance', SortOrder: 6 },
    ];
    const result = actionsFromRows(asRows(broken), teams);
    expect(result.values.map((a) => a.id)).toEqual(['circular-tenders']);
    expect(result.problems).toEqual([
      { list: 'Programme actions', itemId: '1', message: expect.stringMatching(/^action 'reuse-paving': phase: /) },
      { list: 'Programme actions', itemId: '3', message: "action 'circular-tenders' appears more than once; the first row is used" },
      { list: 'Programme actions', itemId: '4', message: "action 'orphan-action': unknown owner team 'finance'" },
    ]);
  });

  it('reports and skips a checklist item without its English text, and a checklist that names neither group nor document type', () => {
    const broken = [
      { ...rows.checklists[0], TextEn: '' },
      rows.checklists[1],
      { ...rows.checklists[2], DocumentTypes: '' },
    ];
    const result = checklistsFromRows(asRows(broken));
    expect(result.values).toHaveLength(1);
    expect(result.values[0]?.items.map((i) => i.id)).toEqual(['roads-mki']);
    expect(result.problems.map((p) => [p.itemId, p.message.split(':')[0]])).toEqual([
      ['1', "item 'roads-recycled-asphalt'"],
      ['3', "checklist 'practice-meeting' (its first row)"],
    ]);
  });

  it('names the row and column of a checklist or an action that names a product group the site does not have', () => {
    const known = new Set(['roads']);
    const checklists = checklistsFromRows(asRows(rows.checklists.map((r) => (r.ChecklistId === 'roads' ? { ...r, ProductGroup: 'bridges' } : r))), known);
    expect(checklists.values.map((c) => c.id)).toContain('roads');
    expect(checklists.problems.map((p) => p.message)).toEqual(["row 1, column ProductGroup: 'bridges' is not a product group of Productgroepen; no document will match checklist 'roads'"]);
    const actions = actionsFromRows(asRows(rows.actions), teams, known);
    expect(actions.problems.map((p) => p.message)).toEqual(["row 1, column ProductGroups: 'street-furniture' is not a product group of Productgroepen; it is left out"]);
    expect(actions.values[0]!.productGroups).toEqual(['roads']);
  });

  describe('the Productgroepen (product groups) list', () => {
    const bundled = bundledPack();
    const groupRows = contentPackToRows(bundled).productGroups;

    it('writes every product group of the bundled pack as a valid row, and reads back exactly the same groups', () => {
      expect(groupRows).toHaveLength(bundled.productGroups.length);
      for (const r of groupRows) expect(fieldProblems(PRODUCT_GROUPS_LIST, r, 'create')).toEqual([]);
      // weights, places, idiom blockers and CPV prefixes survive the round trip, so the matcher sees the same table
      expect(productGroupsFromRows(asRows(groupRows))).toEqual({ values: bundled.productGroups, problems: [] });
    });

    it('takes a group a coordinator adds, with a weighted word written with a decimal comma', () => {
      const read = productGroupsFromRows(
        asRows([{ Title: 'winter-road-maintenance', LabelNl: 'Gladheidbestrijding', TriggersNl: 'strooien\npekel | 0,5\n', CpvPrefixes: '90620, 9063' }]),
      );
      expect(read).toEqual({
        values: [{ id: 'winter-road-maintenance', label: { nl: 'Gladheidbestrijding', en: 'Gladheidbestrijding' }, triggers: { nl: ['strooien', { term: 'pekel', weight: 0.5 }], en: [] }, cpv: ['90620', '9063'] }],
        problems: [],
      });
    });

    it('names the row and column of a broken row, skips it, and keeps the rest', () => {
      const read = productGroupsFromRows(
        asRows([
          { Title: 'roads', LabelNl: 'Wegen', TriggersNl: 'asfalt\nstoep | veel' },
          { Title: 'Green Space', LabelNl: 'Groen', TriggersNl: 'maaien' },
          { Title: 'sewerage', LabelNl: 'Riolering', CpvPrefixes: '4523, 45-23' },
          { Title: 'energy', TriggersNl: 'zonnepanelen' },
          { Title: 'events', LabelNl: 'Evenementen' },
          { Title: 'lighting', LabelNl: 'Verlichting', TriggersNl: 'lichtmast' },
          { Title: 'lighting', LabelNl: 'Verlichting', TriggersNl: 'armatuur' },
        ]),
      );
      expect(read.problems.map((p) => p.message)).toEqual([
        "row 1, column TriggersNl: line 2: 'veel' is not a weight from 0 to 3 (write \"stoep | 0.5\"); the row is skipped",
        'row 2, column Title: must be lower-case words joined by hyphens; the row is skipped',
        "row 3, column CpvPrefixes: '45-23' must be 2 to 8 digits of a CPV code; the row is skipped",
        expect.stringMatching(/^row 4, column LabelNl: .*; the row is skipped$/),
        'row 5, column TriggersNl: a group needs at least one word or CPV code, or no document can ever fit it; the row is skipped',
        "row 7, column Title: 'lighting' appears more than once; the first row is used; the row is skipped",
      ]);
      expect(read.values.map((g) => g.id)).toEqual(['lighting']);
    });
  });

  describe('the Beleid (policy) list', () => {
    const groups = new Set(['roads', 'sewerage']);
    const none = { ambitionPerProductGroup: {}, parameters: [] };

    it('writes the policy as valid rows and reads the same policy back', () => {
      for (const r of rows.policy) expect(fieldProblems(POLICY_LIST, r, 'create')).toEqual([]);
      expect(policyFromRows(asRows(rows.policy), none, groups)).toEqual({ policy: pack.policy, problems: [] });
    });

    it('lets a row set a value or an adopted level over the bundled policy', () => {
      const read = policyFromRows(
        asRows([
          { Title: 'asphalt-share', PolicyKind: 'parameter', ValueNl: '70 %' },
          { Title: 'sewerage', PolicyKind: 'ambition', Ambition: 'ambitious' },
        ]),
        pack.policy,
        groups,
      );
      expect(read.problems).toEqual([]);
      expect(read.policy.parameters[0]).toMatchObject({ id: 'asphalt-share', value: { nl: '70 %', en: '70 %' }, label: pack.policy.parameters[0]!.label });
      expect(read.policy.ambitionPerProductGroup).toEqual({ sewerage: 'ambitious' });
    });

    it('reads a proposed level apart from an adopted one, and an adopted level makes a proposal for its group moot', () => {
      const read = policyFromRows(
        asRows([
          { Title: 'sewerage', PolicyKind: 'proposed-ambition', Ambition: 'significant' },
          { Title: 'roads', PolicyKind: 'proposed-ambition', Ambition: 'ambitious' },
          { Title: 'roads', PolicyKind: 'ambition', Ambition: 'basis' },
        ]),
        none,
        groups,
      );
      expect(read.problems).toEqual([]);
      expect(read.policy.ambitionPerProductGroup).toEqual({ roads: 'basis' });
      expect(read.policy.proposedAmbitionPerProductGroup).toEqual({ sewerage: 'significant' });
      const written = policyToRows(read.policy);
      for (const r of written) expect(fieldProblems(POLICY_LIST, r, 'create')).toEqual([]);
      expect(policyFromRows(asRows(written), none, groups).policy).toEqual(read.policy);
    });

    it('names the row and column of a broken row and skips it', () => {
      const read = policyFromRows(
        asRows([
          { Title: 'roads', PolicyKind: 'ambition', Ambition: 'hoog' },
          { Title: 'asphalt-share', PolicyKind: 'parameter' },
          { Title: 'x', PolicyKind: 'wens' },
        ]),
        none,
        groups,
      );
      expect(read.problems.map((p) => p.message)).toEqual([
        "row 1, column Ambition: 'hoog' is not an ambition level (basis, significant, ambitious); the row is skipped",
        expect.stringMatching(/^row 2, column ValueNl: .*; the row is skipped$/),
        "row 3, column PolicyKind: 'wens' is not parameter, ambition or proposed-ambition; the row is skipped",
      ]);
      expect(read.policy).toEqual(none);
    });
  });
});
