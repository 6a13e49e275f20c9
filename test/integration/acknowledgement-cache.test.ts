// The cache against the real Graph-lists emulator over HTTP, through the real Graph adapter, with
// fake-indexeddb as the browser's IndexedDB. The emulator's list view threshold is set to 50 so the
// 300-row list is "far beyond" it, as 100,000 rows are beyond SharePoint's 5,000.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import { startEmulatorServer, type EmulatorServer } from '../../src/server/graph-emulator';
import { createGraphClient, GraphAcknowledgementStore, provision, resolveSiteId, type GraphHttp } from '../../src/storage/graph';
import { AcknowledgementCache, cacheName, type SyncProgress } from '../../src/storage/acknowledgement-cache';

let dir: string;
let server: EmulatorServer;
let http: GraphHttp;
let siteId: string;
let store: GraphAcknowledgementStore;
/** Graph requests the cache's source sent since the last reset */
let requests: string[] = [];
let dbCounter = 0;

function ack(n: number, overrides: Partial<Acknowledgement> = {}): Acknowledgement {
  return {
    ackKey: `cache-${String(n).padStart(6, '0')}`,
    checklistItemId: 'roads-limit-paved-area',
    checklistId: 'roads',
    productGroup: 'roads',
    decision: 'applied',
    contextType: 'procurement',
    contextRef: `doc-${n % 40}`,
    source: 'tab',
    team: n % 2 ? 'inkoop' : 'openbare-ruimte',
    staffAadId: 'staff-1',
    contentVersion: '2026.11.0',
    appVersion: '0.1.0',
    ackAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString().replace('.000Z', 'Z'),
    ...overrides,
  };
}

/** the adapter, counting every page it asks for */
function countedSource(): GraphAcknowledgementStore {
  const counting: GraphHttp = {
    ...http,
    get: (link, options) => {
      requests.push(link);
      return http.get(link, options);
    },
  };
  // small delta pages, so the first sync takes several requests and reports progress between them
  return new GraphAcknowledgementStore({ http: counting, siteId, deltaPageSize: 100 });
}

/** the list's item ids by AckKey, read with delta directly */
async function itemIds(): Promise<Map<string, string>> {
  const delta = await store.sync();
  return new Map(delta.upserted.map((a, i) => [a.ackKey, delta.upsertedItemIds[i]!]));
}

async function listPath(): Promise<string> {
  const lists = await http.get<{ value: { id: string; displayName: string }[] }>(`/sites/${siteId}/lists?$select=id,displayName`);
  return `/sites/${siteId}/lists/${lists.value.find((l) => l.displayName === 'Acknowledgements')!.id}`;
}

const freshName = () => cacheName(server.baseUrl, `${siteId}-${process.pid}-${++dbCounter}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ack-cache-'));
  server = await startEmulatorServer({ dbFile: join(dir, 'g.db'), defaultUser: DEFAULT_DEMO_USER, acceptAnyBearer: true, listViewThreshold: 50 });
  const token = makeDevToken(DEFAULT_DEMO_USER);
  http = createGraphClient({ baseUrl: server.baseUrl, getToken: async () => token, retry: { sleep: async () => undefined } });
  siteId = await resolveSiteId(http);
  await provision(http, siteId);
  store = new GraphAcknowledgementStore({ http, siteId });
  await store.append(Array.from({ length: 300 }, (_, n) => ack(n)));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  requests = [];
});

describe('AcknowledgementCache', () => {
  it('syncs a list beyond the view threshold, reporting progress, and keeps it across a reopen', async () => {
    const name = freshName();
    const cache = await AcknowledgementCache.open({ name, pageSize: 64, now: () => new Date('2026-06-30T12:00:00Z') });
    expect(cache.count).toBe(0);
    const progress: SyncProgress[] = [];
    const report = await cache.refresh(countedSource(), (p) => progress.push(p));

    expect(report).toEqual({ kind: 'full', upserted: 300, deleted: 0, total: 300, syncedAt: '2026-06-30T12:00:00.000Z' });
    // 300 rows in pages of 100: three requests, the last page carries the delta link
    expect(requests.filter((r) => r.includes('/items/delta'))).toHaveLength(3);
    const fetched = progress.filter((p) => p.phase === 'fetching').map((p) => p.items);
    expect(fetched).toEqual([100, 200, 300]);
    expect(progress[progress.length - 1]).toEqual({ phase: 'saving', items: 300 });
    expect(new Set(cache.acknowledgements().map((a) => a.ackKey))).toEqual(new Set(Array.from({ length: 300 }, (_, n) => ack(n).ackKey)));
    cache.close();

    const reopened = await AcknowledgementCache.open({ name, pageSize: 64 });
    expect(reopened.count).toBe(300);
    expect(reopened.syncedAt).toBe('2026-06-30T12:00:00.000Z');
    expect(reopened.acknowledgements().find((a) => a.ackKey === ack(7).ackKey)).toEqual(ack(7));
    reopened.close();
  });

  it('refreshes with only the changes: 3 changed, 1 deleted, 2 added', async () => {
    const cache = await AcknowledgementCache.open({ name: freshName(), pageSize: 64 });
    await cache.refresh(countedSource());
    const ids = await itemIds();
    const path = await listPath();
    for (const n of [10, 20, 30]) await http.patch(`${path}/items/${ids.get(ack(n).ackKey)}/fields`, { Reason: `edited ${n}`, Decision: 'considered' });
    await http.delete(`${path}/items/${ids.get(ack(40).ackKey)}`);
    await store.append([ack(300), ack(301)]);

    requests = [];
    const report = await cache.refresh(countedSource());
    expect(report).toMatchObject({ kind: 'incremental', upserted: 5, deleted: 1, total: 301 });
    // one page of changes, not the 300 rows again
    expect(requests).toHaveLength(1);
    const byKey = new Map(cache.acknowledgements().map((a) => [a.ackKey, a]));
    expect(byKey.get(ack(20).ackKey)).toMatchObject({ decision: 'considered', reason: 'edited 20' });
    expect(byKey.has(ack(40).ackKey)).toBe(false);
    expect(byKey.has(ack(301).ackKey)).toBe(true);

    requests = [];
    expect(await cache.refresh(countedSource())).toMatchObject({ kind: 'incremental', upserted: 0, deleted: 0, total: 301 });
    expect(requests).toHaveLength(1);
    cache.close();
  });

  it('replaces the copy when the delta link has expired (410)', async () => {
    const name = freshName();
    const cache = await AcknowledgementCache.open({ name, pageSize: 64 });
    await cache.refresh(countedSource());
    const before = cache.count;
    const ids = await itemIds();
    // a row deleted while the link expires: the restarted sync must not keep it
    await http.delete(`${await listPath()}/items/${ids.get(ack(50).ackKey)}`);
    server.expireDeltaTokens();

    const report = await cache.refresh(countedSource());
    expect(report).toMatchObject({ kind: 'restarted', total: before - 1 });
    expect(cache.acknowledgements().some((a) => a.ackKey === ack(50).ackKey)).toBe(false);
    cache.close();
    const reopened = await AcknowledgementCache.open({ name });
    expect(reopened.count).toBe(before - 1);
    // the new link works: the next refresh is incremental again
    expect(await reopened.refresh(countedSource())).toMatchObject({ kind: 'incremental', upserted: 0 });
    reopened.close();
  });

  it('shares one refresh between callers and keeps the copy when a sync fails', async () => {
    const cache = await AcknowledgementCache.open({ name: freshName() });
    const source = countedSource();
    const [a, b] = await Promise.all([cache.refresh(source), cache.refresh(source)]);
    expect(a).toBe(b);
    const count = cache.count;
    await expect(cache.refresh({ sync: async () => Promise.reject(new Error('offline')) })).rejects.toThrow('offline');
    expect(cache.count).toBe(count);
    await cache.clear();
    expect(cache.count).toBe(0);
    expect((await cache.refresh(source)).kind).toBe('full');
    cache.close();
  });
});
