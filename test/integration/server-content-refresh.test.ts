// Product groups as content on the server: a coordinator adds a group with its trigger words to the
// Productgroepen list (here in the local Graph emulator), the server reads the list again, and the
// message extension's check of a message finds the new group, while a broken row is reported with
// its row and column and the other groups still match. Only a coordinator may ask for the lists to
// be read again. The routes that name programme actions (the
// indicators) follow the pack read from the lists as well.
import { join } from 'node:path';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import type { ContentRefresh } from '../../src/server/server-content';
import { serverGraph } from '../../src/server/server-graph';
import { contentPackToRows } from '../../src/storage/content-rows';
import { SiteLists } from '../../src/storage/graph/site';
import { PROGRAMME_ACTIONS_LIST, PRODUCT_GROUPS_LIST } from '../../src/storage/list-definitions';
import { checkMessageActivity } from '../support/long-message';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-content-refresh-');
/** Noor, of the programme team: a coordinator in local mode */
const COORDINATOR = DEMO_STAFF[4]!;
const TEXT = 'Offerteaanvraag: wij zoeken een organisator voor de zeepkistrace in de wijk, en nieuw asfalt voor de Dalweg.';

async function checkMessage(server: RunningServer, n: number): Promise<string> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(checkMessageActivity(TEXT, n)) });
  expect(response.status).toBe(200);
  return JSON.stringify(await response.json());
}

async function refresh(server: RunningServer, token?: string): Promise<Response> {
  return fetch(`${server.url}/api/content/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: '{}',
  });
}

describe('the server reading product groups from the Productgroepen list', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir(), CC_WEB_ROOT: join(tempDir(), 'web') });
    server = await startTestServer({ config, port: 0, logSink: () => undefined, matching: { timeoutMs: 30_000, threads: 1 } });
  }, 60_000);
  afterAll(() => server.close());

  it('matches a group added to the list after a refresh, and reports a bad row by row and column without losing the rest', async () => {
    const before = await checkMessage(server, 1);
    expect(before).toContain('Wegen en verhardingen');
    expect(before).not.toContain('Zeepkistraces');

    // the pack's groups as `lists import` writes them, one new group and one row with a broken weight
    const graph = serverGraph(loadConfig({ CC_DATA_DIR: tempDir() }), () => server.url);
    const lists = new SiteLists(graph.http(), graph.siteId);
    const itemsPath = `${lists.listPath(await lists.require(PRODUCT_GROUPS_LIST))}/items`;
    const rows = contentPackToRows(server.content.current()).productGroups;
    rows.push(
      { Title: 'soapbox-races', LabelNl: 'Zeepkistraces', LabelEn: 'Soapbox races', TriggersNl: 'zeepkistrace\nzeepkist | 0.5', TriggersEn: 'soapbox race', CpvPrefixes: '', SortOrder: rows.length },
      { Title: 'kites', LabelNl: 'Vliegers', LabelEn: 'Kites', TriggersNl: 'vlieger | zwaar', TriggersEn: 'kite', CpvPrefixes: '', SortOrder: rows.length + 1 },
    );
    const created: { id: string }[] = [];
    for (const fields of rows) created.push(await graph.http().post<{ id: string }>(itemsPath, { fields }));

    // only a programme coordinator may ask for it: the answer names the rows the lists refused
    expect((await refresh(server)).status).toBe(401);
    const refused = await refresh(server, makeDevToken(DEMO_STAFF[0]!));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(server.content.current().productGroups.map((g) => g.id)).not.toContain('soapbox-races');
    const response = await refresh(server, makeDevToken(COORDINATOR));
    expect(response.status).toBe(200);
    const result = (await response.json()) as ContentRefresh;
    expect(result).toMatchObject({ changed: true, origin: 'lists' });
    const kitesRow = created.at(-1)!.id;
    expect(result.problems).toEqual([
      expect.objectContaining({ list: 'Productgroepen', itemId: kitesRow, message: expect.stringMatching(new RegExp(`^row ${kitesRow}, column TriggersNl: line 1: 'zwaar' is not a weight`)) }),
    ]);
    expect(server.content.current().productGroups.map((g) => g.id)).toContain('soapbox-races');

    const after = await checkMessage(server, 2);
    expect(after).toContain('Zeepkistraces');
    expect(after).toContain('Wegen en verhardingen');

    // the same lists read again change nothing
    expect(((await (await refresh(server, makeDevToken(COORDINATOR))).json()) as ContentRefresh).changed).toBe(false);
  }, 120_000);

  it('accepts a measurement for a programme action that only the list has, once the lists are read again', async () => {
    const coordinator = makeDevToken(COORDINATOR);
    const measure = () =>
      fetch(`${server.url}/api/indicators/zeepkist-hergebruik/measurements`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
        body: JSON.stringify({ value: 12, date: new Date().toISOString().slice(0, 10) }),
      });
    expect((await measure()).status).toBe(404);

    const graph = serverGraph(loadConfig({ CC_DATA_DIR: tempDir() }), () => server.url);
    const lists = new SiteLists(graph.http(), graph.siteId);
    const itemsPath = `${lists.listPath(await lists.require(PROGRAMME_ACTIONS_LIST))}/items`;
    const [first] = server.content.current().actions;
    const rows = contentPackToRows(server.content.current()).actions;
    rows.push({ ...rows[0]!, Title: 'zeepkist-hergebruik', TitleNl: 'Zeepkisten hergebruiken', TitleEn: 'Reuse soapboxes', ProductGroups: 'soapbox-races', SortOrder: rows.length });
    for (const fields of rows) await graph.http().post(itemsPath, { fields });
    expect((await refresh(server, coordinator)).status).toBe(200);
    expect(server.content.current().actions.map((a) => a.id)).toEqual(expect.arrayContaining([first!.id, 'zeepkist-hergebruik']));

    expect((await measure()).status).toBe(201);
    const indicators = await fetch(`${server.url}/api/indicators`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(JSON.stringify(await indicators.json())).toContain('zeepkist-hergebruik');
  }, 60_000);
});
