// `circular-choices match --lists`: the command line matches against the product groups of the
// site's Productgroepen list (here the local Graph emulator), as the server and the tab do; a
// broken row is named with its row and column and the other groups still match.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledPack } from '../../support/bundled-pack';
import { contentPackToRows } from '../../../src/storage/content-rows';
import { createGraphClient, resolveSiteId, SiteLists } from '../../../src/storage/graph';
import { PRODUCT_GROUPS_LIST } from '../../../src/storage/list-definitions';
import { startTestEmulator, type TestEmulator } from '../../support/emulator-harness';
import { runCli } from '../../support/run-cli';

const TEXT = 'Offerteaanvraag: wij zoeken een organisator voor de zeepkistrace in de wijk, en nieuw asfalt voor de Dalweg.';
const groupsOf = (out: string) => (JSON.parse(out) as { productGroups: { id: string }[] }).productGroups.map((g) => g.id);

describe('circular-choices match --lists', () => {
  let emulator: TestEmulator;
  let env: Record<string, string>;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    env = { CC_GRAPH_BASE_URL: emulator.baseUrl };
    dir = mkdtempSync(join(tmpdir(), 'cc-match-lists-'));
    file = join(dir, 'tender.txt');
    writeFileSync(file, TEXT);
  });
  afterAll(async () => {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('matches a group a coordinator added to the list, and names a broken row by row and column', async () => {
    expect((await runCli(['lists', 'provision'], env)).code).toBe(0);
    const bundled = { pack: bundledPack() };
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 't' });
    const lists = new SiteLists(http, await resolveSiteId(http));
    const itemsPath = `${lists.listPath(await lists.require(PRODUCT_GROUPS_LIST))}/items`;
    const rows = contentPackToRows(bundled.pack).productGroups;
    rows.push(
      { Title: 'soapbox-races', LabelNl: 'Zeepkistraces', LabelEn: 'Soapbox races', TriggersNl: 'zeepkistrace', TriggersEn: 'soapbox race', CpvPrefixes: '', SortOrder: rows.length },
      { Title: 'kites', LabelNl: 'Vliegers', LabelEn: 'Kites', TriggersNl: 'vlieger | zwaar', TriggersEn: 'kite', CpvPrefixes: '', SortOrder: rows.length + 1 },
    );
    let last = '';
    for (const fields of rows) last = (await http.post<{ id: string }>(itemsPath, { fields })).id;

    const packOnly = await runCli(['match', file, '--json'], env);
    expect(packOnly.code).toBe(0);
    expect(groupsOf(packOnly.out)).toEqual(['roads']);

    const fromLists = await runCli(['match', file, '--json', '--lists'], env);
    expect(fromLists.code).toBe(0);
    expect(groupsOf(fromLists.out).sort()).toEqual(['roads', 'soapbox-races']);
    expect(fromLists.err).toMatch(new RegExp(`^Productgroepen: row ${last}, column TriggersNl: line 1: 'zwaar' is not a weight`));

    const summary = await runCli(['match', file, '--lists'], env);
    expect(summary.out).toContain('Zeepkistraces');
  });

  it('asks for --lists when told where the lists are without it', async () => {
    const result = await runCli(['match', file, '--server', 'http://localhost:4000'], env);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/add --lists/);
  });
});
