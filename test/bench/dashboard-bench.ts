// `npm run bench dashboard`: the coordinator dashboard's three targets, each with what it is measured
// against. (1) Aggregating 100,000 acknowledgements (< 200 ms, median), beside a plain loop that
// counts one field over the same array. (2) The first full sync of 100,000 rows from the local
// emulator into the browser cache (< 30 s). (3) A refresh after 100 changes (< 1 s), with the
// number of requests it took. The cache runs on fake-indexeddb here, in Node; a browser's IndexedDB
// is a different engine, so (2) and (3) measure the protocol and the bookkeeping, not Chromium.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { realPack } from '../support/app/fakes';
import { DEFAULT_DEMO_USER, DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import type { CliIO } from '../../src/cli/cli-io';
import { demoAcknowledgements } from '../../src/cli/commands/demo-acknowledgements';
import { main } from '../../src/cli/main';
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import { computeMetrics, metricsContent } from '../../src/domain/metrics';
import { startEmulatorServer } from '../../src/server/graph-emulator';
import { AcknowledgementCache } from '../../src/storage/acknowledgement-cache';
import { createGraphClient, GraphAcknowledgementStore, resolveSiteId, type GraphHttp } from '../../src/storage/graph';
import { median, medianMs, ms, runOnItsOwn } from './measure';

const ROWS = 100_000;
/** one refresh's changes: new decisions, rows edited in SharePoint, rows deleted (100 in all) */
const ADDED = 90;
const EDITED = 8;
const DELETED = 2;
const CHANGES = ADDED + EDITED + DELETED;
const ROUNDS = 5;
const TODAY = '2026-06-30';

function aggregation(acks: readonly Acknowledgement[]): Record<string, unknown> {
  const content = metricsContent(realPack());
  let sink = 0;
  // the floor: one pass that reads one field of every row and counts
  const baseline = medianMs(() => {
    let applied = 0;
    for (const ack of acks) if (ack.decision === 'applied') applied++;
    sink += applied;
  }, 21);
  const all = medianMs(() => (sink += computeMetrics(acks, content, { today: TODAY }).total), 15);
  const filtered = medianMs(
    () => (sink += computeMetrics(acks, content, { today: TODAY, filters: { from: '2026-01-01', to: TODAY, teams: ['inkoop'], productGroups: ['roads'] } }).total),
    15,
  );
  if (sink === 0) throw new Error('nothing was counted');
  return {
    'aggregate 100k: plain loop (baseline)': ms(baseline),
    'aggregate 100k: computeMetrics, no filter': `${ms(all)} (target < 200 ms; ${(all / baseline).toFixed(0)}x the baseline)`,
    'aggregate 100k: computeMetrics, filtered': ms(filtered),
  };
}

/** a Graph client that counts the requests it sends */
function countingClient(baseUrl: string): { http: GraphHttp; requests: string[] } {
  const token = makeDevToken(DEFAULT_DEMO_USER);
  const inner = createGraphClient({ baseUrl, getToken: async () => token });
  const requests: string[] = [];
  const http: GraphHttp = {
    ...inner,
    get: (link, options) => {
      requests.push(link);
      return inner.get(link, options);
    },
  };
  return { http, requests };
}

async function syncing(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
  const server = await startEmulatorServer({ dbFile: join(dir, 'g.db'), defaultUser: DEFAULT_DEMO_USER, acceptAnyBearer: true });
  try {
    const io: CliIO = { out: () => undefined, err: () => undefined, readStdin: async () => '', stdinIsTerminal: false, env: { CC_GRAPH_BASE_URL: server.baseUrl }, cwd: process.cwd() };
    let started = performance.now();
    const code = await main(['node', 'circular-choices', 'demo', 'seed', '--acks', String(ROWS), '--seed', '1', '--until', TODAY], io);
    if (code !== 0) throw new Error(`demo seed failed with exit code ${code}`);
    const seedMs = performance.now() - started;

    const { http, requests } = countingClient(server.baseUrl);
    const siteId = await resolveSiteId(http);
    const source = new GraphAcknowledgementStore({ http, siteId });
    const cache = await AcknowledgementCache.open({ name: `dashboard-bench-${process.pid}` });
    requests.length = 0;
    let progressCalls = 0;
    started = performance.now();
    const full = await cache.refresh(source, () => progressCalls++);
    const fullMs = performance.now() - started;
    const fullRequests = requests.length;
    if (full.total !== ROWS) throw new Error(`the full sync holds ${full.total} rows, not ${ROWS}`);

    const writer = new GraphAcknowledgementStore({ http, siteId });
    const ids = await writer.sync();
    const itemIds = ids.upsertedItemIds;
    const listPath = `/sites/${siteId}/lists/${(await http.get<{ value: { id: string; displayName: string }[] }>(`/sites/${siteId}/lists?$select=id,displayName`)).value.find((l) => l.displayName === 'Acknowledgements')!.id}`;
    const extra = demoAcknowledgements(realPack(), { count: ROUNDS * ADDED, seed: 99, until: TODAY, appVersion: 'bench', knownStaff: DEMO_STAFF });
    const refreshMs: number[] = [];
    const refreshRequests: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await writer.append(extra.slice(round * ADDED, (round + 1) * ADDED));
      const touched = itemIds.slice(round * (EDITED + DELETED), (round + 1) * (EDITED + DELETED));
      for (const id of touched.slice(0, EDITED)) await http.patch(`${listPath}/items/${id}/fields`, { Reason: `bench edit ${round}` });
      for (const id of touched.slice(EDITED)) await http.delete(`${listPath}/items/${id}`);
      requests.length = 0;
      started = performance.now();
      const report = await cache.refresh(source);
      refreshMs.push(performance.now() - started);
      refreshRequests.push(requests.length);
      if (report.upserted + report.deleted !== CHANGES || report.deleted !== DELETED) {
        throw new Error(`a refresh saw ${report.upserted} upserts and ${report.deleted} deletions, not ${ADDED + EDITED} and ${DELETED}`);
      }
    }
    cache.close();
    return {
      'seed 100k over HTTP (demo seed)': `${(seedMs / 1000).toFixed(1)} s`,
      'first full sync 100k (delta + cache)': `${(fullMs / 1000).toFixed(1)} s (target < 30 s), ${fullRequests} requests, ${progressCalls} progress updates`,
      [`refresh after ${CHANGES} changes (median of ${ROUNDS})`]: `${ms(median(refreshMs))} (target < 1 s), ${median(refreshRequests)} request(s)`,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runDashboardBench(): Promise<Record<string, unknown>> {
  const acks = demoAcknowledgements(realPack(), { count: ROWS, seed: 1, until: TODAY, appVersion: 'bench' });
  return { ...aggregation(acks), ...(await syncing()) };
}

// run on its own: `npx tsx test/bench/dashboard-bench.ts`
if (require.main === module) {
  runOnItsOwn(runDashboardBench);
}
