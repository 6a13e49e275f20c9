// The delta reader of the server's metrics copy (GraphAcknowledgementStore.syncCountedPages) over
// HTTP against the emulator: it asks Graph for the counted fields only, reads them as the whole
// reader would, and keeps the delta rules (deletions, a refused link starting again from empty);
// and a local server answers 503 notReady until a first sync has completed.
import { join } from 'node:path';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import type { CountedAcknowledgement } from '../../src/domain/acknowledgement';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { EMULATOR_CONTROL_PATH } from '../../src/server/local-emulator';
import { serverGraph } from '../../src/server/server-graph';
import { GraphAcknowledgementStore, provision, SiteLists, type BadRow, type DeltaPage } from '../../src/storage/graph';
import { ACKNOWLEDGEMENTS_LIST } from '../../src/storage/list-definitions';
import { acknowledgementToFields } from '../../src/storage/record-fields';
import { startHarness, type Harness } from '../support/storage-emulator-harness';
import { fixtureAck } from '../support/storage-fixtures';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-metrics-sync-');

const COUNTED_KEYS = ['ackKey', 'checklistItemId', 'checklistId', 'actionId', 'productGroup', 'decision', 'reason', 'contextType', 'contextRef', 'team', 'staffAadId', 'ackAt'] as const;

const counted = (ack: CountedAcknowledgement): Record<string, unknown> =>
  Object.fromEntries(COUNTED_KEYS.filter((k) => ack[k] !== undefined).map((k) => [k, ack[k]]));

async function collect<T extends CountedAcknowledgement>(
  run: (onPage: (page: DeltaPage<T>) => void) => Promise<{ deltaLink: string; restarted: boolean }>,
): Promise<{ pages: DeltaPage<T>[]; deltaLink: string; restarted: boolean }> {
  const pages: DeltaPage<T>[] = [];
  const end = await run((page) => void pages.push(page));
  return { pages, ...end };
}

describe('the metrics copy\'s delta reader', () => {
  let h: Harness;
  let itemsPath: string;
  const badRows: BadRow[] = [];
  const store = () => new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId, deltaPageSize: 4, onBadRow: (row) => badRows.push(row) });

  beforeAll(async () => {
    h = await startHarness();
    await provision(h.http, h.siteId);
    const lists = new SiteLists(h.http, h.siteId);
    itemsPath = `${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}/items`;
    await store().append(Array.from({ length: 9 }, (_, i) => fixtureAck(i + 1, { contextTitle: `Bestek Nieuwe Weg ${i}`, team: i % 2 ? 'inkoop' : undefined, ...(i === 3 ? { actionId: 'a-1' } : {}) })));
    // a row edited by hand into something that is not an acknowledgement
    await h.http.post(itemsPath, { fields: { ...acknowledgementToFields(fixtureAck(10)), AckKey: 'bad' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('asks for the counted fields only, and reads each row as the whole reader does', async () => {
    h.requests.length = 0;
    badRows.length = 0;
    const countedSync = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(undefined, onPage));
    const deltaRequests = h.requests.map((r) => decodeURIComponent(r.url)).filter((url) => url.includes('/items/delta'));
    expect(deltaRequests).toHaveLength(3);
    const first = deltaRequests[0] ?? '';
    expect(first).toContain('$select=id,deleted');
    expect(first).toContain('fields($select=AckKey,');
    expect(first).not.toContain('ContextTitle');
    expect(countedSync.pages).toHaveLength(3);

    const whole = await store().sync();
    const rows = countedSync.pages.flatMap((p) => p.upserted);
    const ids = countedSync.pages.flatMap((p) => p.upsertedItemIds);
    expect(ids).toEqual(whole.upsertedItemIds);
    expect(rows).toEqual(whole.upserted.map(counted));
    expect(rows).toHaveLength(9);
    // no document title reaches the copy
    expect(JSON.stringify(rows)).not.toContain('Bestek');
    // the broken row: left out and reported by both readers
    expect(countedSync.pages.flatMap((p) => p.unreadableItemIds)).toEqual(['10']);
    expect(badRows.map((r) => r.itemId)).toEqual(['10', '10']);
    expect(badRows[0]?.message).toContain('ackKey');
  });

  it('then reports only deletions and changes, and after a 410 starts again from empty and says so', async () => {
    const full = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(undefined, onPage));
    await h.http.delete(`${itemsPath}/2`);
    await store().append([fixtureAck(20)]);
    const changes = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(full.deltaLink, onPage));
    expect(changes.restarted).toBe(false);
    expect(changes.pages.flatMap((p) => p.deletedItemIds)).toEqual(['2']);
    expect(changes.pages.flatMap((p) => p.upserted.map((a) => a.ackKey))).toEqual([fixtureAck(20).ackKey]);

    await store().append([fixtureAck(21)]);
    h.server.expireDeltaTokens();
    const restarted = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(changes.deltaLink, onPage));
    expect(restarted.restarted).toBe(true);
    expect(restarted.pages.map((p) => p.restarted)).toEqual([true, false, false]);
    expect(restarted.pages.flatMap((p) => p.upserted)).toHaveLength(10);
    expect(restarted.pages.flatMap((p) => p.deletedItemIds)).toEqual([]);
  });

  it('follows a delta link the whole reader left (the options are in the link): fields beyond the counted ones are ignored', async () => {
    const whole = await store().sync();
    await store().append([fixtureAck(22, { contextTitle: 'Nog een bestek' })]);
    const changes = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(whole.deltaLink, onPage));
    const rows = changes.pages.flatMap((p) => p.upserted);
    expect(rows.map((a) => a.ackKey)).toEqual([fixtureAck(22).ackKey]);
    expect(rows[0]).toEqual(counted(fixtureAck(22)));
  });
});

describe('a local server before and after its first complete sync', () => {
  const coordinator = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
  const headers = { authorization: `Bearer ${makeDevToken(coordinator)}` };
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  const metrics = async () => {
    const res = await fetch(`${server!.url}/api/metrics`, { headers });
    return { status: res.status, body: (await res.json()) as { error?: { code: string }; source?: { rows: number } } };
  };
  const faults = (body: Record<string, unknown>) =>
    fetch(`${server!.url}${EMULATOR_CONTROL_PATH}/faults`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers 503 notReady while Graph refuses the sync, counts every row once a sync completes, and again after a refused link', async () => {
    const dir = tempDir();
    const metricsConfig = { refreshSeconds: 3600, minContributors: 5, adoptionList: false };
    const seeding = loadConfig({ CC_DATA_DIR: dir });
    server = await startTestServer({ config: seeding, port: 0, logSink: () => undefined, metrics: { ...metricsConfig, cacheFile: join(dir, 'seed.sqlite') } });
    await serverGraph(seeding, () => server!.url).acknowledgements.append(Array.from({ length: 30 }, (_, i) => fixtureAck(i + 1)));
    await server.close();

    // every Graph request throttled for an hour: the sync gives up at once, and no figures are shown
    const throttled = loadConfig({ CC_DATA_DIR: dir, CC_FAULTS: 'throttle=1,retryAfter=3600' });
    server = await startTestServer({ config: throttled, port: 0, logSink: () => undefined, metrics: { ...metricsConfig, cacheFile: join(dir, 'copy.sqlite') } });
    for (let i = 0; i < 100 && !server.metricsCache()?.cache; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await server.metricsCache()!.refresh()).toBeUndefined();
    expect(server.metricsCache()!.ready).toBe(false);
    const refused = await metrics();
    expect(refused.status).toBe(503);
    expect(refused.body.error?.code).toBe('notReady');

    expect((await faults({})).status).toBe(200);
    expect(await server.metricsCache()!.refresh()).toMatchObject({ kind: 'full', upserted: 30 });
    const answered = await metrics();
    expect(answered.status).toBe(200);
    expect(answered.body.source?.rows).toBe(30);

    // a row after the link was given, then the link expires: the copy is read again from empty
    await serverGraph(throttled, () => server!.url).acknowledgements.append([fixtureAck(31)]);
    const control = await fetch(`${server.url}${EMULATOR_CONTROL_PATH}/delta/expire`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
    expect(control.status).toBe(204);
    expect(await server.metricsCache()!.refresh()).toMatchObject({ kind: 'restarted', total: 31 });
    expect((await metrics()).status).toBe(200);
  });
});
