import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { minimalPackFiles, withFile } from '../../support/minimal-pack';
import { startTestEmulator, type TestEmulator } from '../../support/emulator-harness';
import { runCli, UNREACHABLE_GRAPH as UNREACHABLE } from '../../support/run-cli';
import { DEFAULT_LIST_VIEW_THRESHOLD } from '../../../src/server/graph-emulator';
import { bundledPack } from '../../support/bundled-pack';
import { createGraphClient, ListsContentStore, provision, readAllPages, resolveSiteId, SiteLists } from '../../../src/storage/graph';
import { LIST_DEFINITIONS, PRODUCT_GROUPS_LIST, PROGRAMME_ACTIONS_LIST } from '../../../src/storage/list-definitions';

describe('circular-choices lists: bad input', () => {
  it('says to start the local server when the emulator cannot be reached', async () => {
    const result = await runCli(['lists', 'provision'], { CC_GRAPH_BASE_URL: UNREACHABLE });
    expect(result.code).toBe(1);
    expect(result.err).toBe(`error: cannot reach the local Graph emulator at ${UNREACHABLE}: is the local server running? start it with npm start`);
  });

  it('names the missing variables for a tenant site', async () => {
    const result = await runCli(['lists', 'provision', '--site', 'https://contoso.sharepoint.com/sites/circulair'], { AZURE_TENANT_ID: 'contoso.onmicrosoft.com' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: app-only sign-in \(client credentials\) needs AZURE_CLIENT_ID, AZURE_CLIENT_SECRET in the environment/);
    const deviceCode = await runCli(['lists', 'provision', '--site', 'https://contoso.sharepoint.com/sites/circulair', '--device-code'], {});
    expect(deviceCode.code).toBe(1);
    expect(deviceCode.err).toMatch(/device-code sign-in needs AZURE_TENANT_ID, AZURE_CLIENT_ID/);
  });

  it('refuses a site that is not an https URL or a site id, and a device code without a site', async () => {
    const http = await runCli(['lists', 'provision', '--site', 'http://contoso.sharepoint.com/sites/x'], {});
    expect([http.code, http.err]).toEqual([1, 'error: a SharePoint site URL starts with https:// (got http://contoso.sharepoint.com/sites/x)']);
    const path = await runCli(['lists', 'provision', '--site', 'sites/circulair'], {});
    expect([path.code, path.err]).toEqual([1, 'error: not a site id or URL: sites/circulair']);
    const lonely = await runCli(['lists', 'provision', '--device-code'], {});
    expect([lonely.code, lonely.err]).toEqual([1, 'error: --device-code signs in to a tenant: use it with --site']);
  });

  it('imports nothing from a pack with an error, before connecting anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-pack-'));
    try {
      for (const file of withFile(minimalPackFiles(), 'actions.yaml', (text) => text.replace('phase: learn', 'phase: someday'))) {
        mkdirSync(dirname(join(dir, file.path)), { recursive: true });
        writeFileSync(join(dir, file.path), file.text);
      }
      const result = await runCli(['lists', 'import-content', '--pack', dir], { CC_GRAPH_BASE_URL: UNREACHABLE });
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/actions\.yaml:\d+: actions\[0\]\.phase: "someday" is not a known phase id/);
      expect(result.err).toMatch(/nothing was imported$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('circular-choices lists on the local emulator', () => {
  let emulator: TestEmulator;
  let env: Record<string, string>;
  beforeAll(async () => {
    emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
    env = { CC_GRAPH_BASE_URL: emulator.baseUrl };
  });
  afterAll(() => emulator.stop());

  it('provisions the lists, and reports them up to date the second time', async () => {
    const first = await runCli(['lists', 'provision'], env);
    expect(first).toEqual({
      code: 0,
      out: 'Acknowledgements: created\nMeeting criteria: created\nProgramme actions: created\nChecklists: created\nAdoption: created\nBeleid: created\nIndicators: created\nProductgroepen: created',
      err: '',
    });
    const second = await runCli(['lists', 'provision'], env);
    expect(second.out).toBe('Acknowledgements: up to date\nMeeting criteria: up to date\nProgramme actions: up to date\nChecklists: up to date\nAdoption: up to date\nBeleid: up to date\nIndicators: up to date\nProductgroepen: up to date');
  });

  it('imports the bundled content pack once; a second import changes nothing', async () => {
    const first = await runCli(['lists', 'import-content'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Programme actions: (\d+) created, 0 updated, 0 unchanged\nChecklists: (\d+) created, 0 updated, 0 unchanged\nBeleid: (\d+) created, 0 updated, 0 unchanged\nProductgroepen: (\d+) created, 0 updated, 0 unchanged$/);
    const created = Number(/Programme actions: (\d+) created/.exec(first.out)![1]);

    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const lists = new SiteLists(http, await resolveSiteId(http));
    const rows = await readAllPages(http, `${lists.listPath(await lists.require(PROGRAMME_ACTIONS_LIST))}/items?$top=999`);
    expect(rows).toHaveLength(created);

    const second = await runCli(['lists', 'import-content'], env);
    expect(second.out).toMatch(new RegExp(`^Programme actions: 0 created, 0 updated, ${created} unchanged\\nChecklists: 0 created, 0 updated, \\d+ unchanged\\nBeleid: 0 created, 0 updated, \\d+ unchanged\\nProductgroepen: 0 created, 0 updated, \\d+ unchanged$`));

    // what the app then reads from the lists is the bundled pack, row for row
    const bundled = { pack: bundledPack() };
    const loaded = await new ListsContentStore({ http, siteId: lists.siteId, bundled: async () => bundled.pack }).load();
    expect(loaded.problems).toEqual([]);
    expect(loaded.origin).toBe('lists');
    expect(loaded.pack.actions).toEqual(bundled.pack.actions);
    expect(loaded.pack.checklists).toEqual(bundled.pack.checklists);
  });
});

describe('circular-choices lists after an upgrade that brings a column', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
  });
  afterAll(() => emulator.stop());

  it('import-content adds the column to the lists an earlier version made, then fills it', async () => {
    // the lists as an earlier version made them: the product groups without the towns column
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const lists = new SiteLists(http, await resolveSiteId(http));
    const earlier = LIST_DEFINITIONS.map((list) => (list === PRODUCT_GROUPS_LIST ? { ...list, columns: list.columns.filter((c) => c.name !== 'Towns') } : list));
    await provision(http, lists.siteId, earlier);

    const imported = await runCli(['lists', 'import-content'], { CC_GRAPH_BASE_URL: emulator.baseUrl });
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^Productgroepen: columns added: Towns$/m);
    const rows = await readAllPages<{ fields: Record<string, unknown> }>(http, `${lists.listPath(await lists.require(PRODUCT_GROUPS_LIST))}/items?$expand=fields&$top=999`);
    const towns = bundledPack().productGroups.filter((g) => g.towns?.length);
    expect(towns.length).toBeGreaterThan(0);
    expect(rows.filter((r) => typeof r.fields.Towns === 'string' && r.fields.Towns !== '')).toHaveLength(towns.length);
  });
});
