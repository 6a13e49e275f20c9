// Storage benchmark: the Graph adapter over real HTTP against the embedded emulator (both in this
// one Node process, on 127.0.0.1). Writes per second one by one and batched ($batch of 20), a full
// delta sync of 100,000 acknowledgements from empty, and an incremental sync after 100 changes.
// Run: `npx tsx test/bench/storage-bench.ts` (STORAGE_BENCH_ITEMS=20000 for a quicker look).
import { performance } from 'node:perf_hooks';
import { GraphAcknowledgementStore, provision, SiteLists } from '../../src/storage/graph';
import { ACKNOWLEDGEMENTS_LIST } from '../../src/storage/list-definitions';
import { startHarness, type Harness } from '../support/storage-emulator-harness';
import { fixtureAck } from '../support/storage-fixtures';
import { median, runOnItsOwn } from './measure';

const TARGETS = { batchedOverSingle: 10, fullSyncSeconds: 30, incrementalRequests: 2 };

interface Options {
  /** items in the list for the full sync */
  items: number;
  singleWrites: number;
  batchedWrites: number;
  repeats: number;
  /** the round trip added by the emulator in the second write measurement, as a network would */
  latencyMs: number;
}

interface WriteRates {
  single: number;
  batched: number;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export async function runStorageBench(options: Partial<Options> = {}): Promise<Record<string, unknown>> {
  const o: Options = {
    items: Number(process.env.STORAGE_BENCH_ITEMS ?? 100_000),
    singleWrites: 300,
    batchedWrites: 3_000,
    repeats: 3,
    latencyMs: 25,
    ...options,
  };
  const h: Harness = await startHarness();
  try {
    await provision(h.http, h.siteId);
    const store = new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId, batchConcurrency: 4, deltaPageSize: 5000 });
    let next = 1;
    const take = (n: number) => Array.from({ length: n }, () => fixtureAck(next++));
    await store.append(take(40)); // warm-up: list lookup, prepared statements, connections

    // writes: the baseline is one acknowledgement per request, in sequence; measured on the bare
    // loopback (where the emulator's own work per item is all there is to save) and with a network
    // round trip added by the emulator (where the number of requests is what costs)
    const measureWrites = async (singles: number, batch: number, repeats: number): Promise<WriteRates> => {
      const singleRates: number[] = [];
      const batchedRates: number[] = [];
      for (let r = 0; r < repeats; r++) {
        const one = take(singles);
        const single = await timed(async () => {
          for (const ack of one) await store.append([ack]);
        });
        singleRates.push(singles / (single.ms / 1000));
        const batched = await timed(() => store.append(take(batch)));
        batchedRates.push(batch / (batched.ms / 1000));
      }
      return { single: median(singleRates), batched: median(batchedRates) };
    };
    const loopback = await measureWrites(o.singleWrites, o.batchedWrites, o.repeats);
    h.server.setFaults({ latencyMs: o.latencyMs });
    const network = await measureWrites(Math.round(o.singleWrites / 5), o.batchedWrites, o.repeats);
    h.server.setFaults({});

    // fill the list up to the size of the full sync
    const have = next - 1;
    const fill = await timed(async () => {
      for (let left = o.items - have; left > 0; left -= 5_000) await store.append(take(Math.min(5_000, left)));
    });

    // full sync from empty: everything, page after page
    const fullTimes: number[] = [];
    const fullRequests: number[] = [];
    let deltaLink = '';
    let fullCount = 0;
    for (let r = 0; r < Math.max(1, Math.min(o.repeats, 3)); r++) {
      h.requests.length = 0;
      const full = await timed(() => store.sync());
      fullTimes.push(full.ms);
      fullRequests.push(h.requests.length);
      fullCount = full.value.upserted.length;
      deltaLink = full.value.deltaLink;
    }

    // incremental: 100 changes (90 new acknowledgements, 10 removed rows), then one sync
    const incTimes: number[] = [];
    const incRequests: number[] = [];
    let incChanges = 0;
    const lists = new SiteLists(h.http, h.siteId);
    const itemsPath = `${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}/items`;
    for (let r = 0; r < 5; r++) {
      await store.append(take(90));
      const victims = await h.http.get<{ value: { id: string }[] }>(`${itemsPath}?$select=id&$top=10`);
      for (const victim of victims.value) await h.http.delete(`${itemsPath}/${victim.id}`);
      h.requests.length = 0;
      const inc = await timed(() => store.sync(deltaLink));
      incTimes.push(inc.ms);
      incRequests.push(h.requests.length);
      incChanges = inc.value.upserted.length + inc.value.deletedItemIds.length;
      deltaLink = inc.value.deltaLink;
    }

    const fullMs = median(fullTimes);
    const incMs = median(incTimes);
    const verdict = (rates: WriteRates) => {
      const ratio = rates.batched / rates.single;
      return `${ratio.toFixed(1)}x (target >= ${TARGETS.batchedOverSingle}x: ${ratio >= TARGETS.batchedOverSingle ? 'met' : 'NOT met'})`;
    };
    return {
      'loopback: writes/s single (baseline)': loopback.single.toFixed(0),
      'loopback: writes/s batched (20 per $batch, 4 in flight)': loopback.batched.toFixed(0),
      'loopback: batched / single': verdict(loopback),
      [`+${o.latencyMs} ms round trip: writes/s single (baseline)`]: network.single.toFixed(0),
      [`+${o.latencyMs} ms round trip: writes/s batched`]: network.batched.toFixed(0),
      [`+${o.latencyMs} ms round trip: batched / single`]: verdict(network),
      'fill to full size (batched writes)': `${fill.ms.toFixed(0)} ms for ${o.items - have} items`,
      'full delta sync: items': fullCount,
      'full delta sync: time (median)': `${fullMs.toFixed(0)} ms (target < ${TARGETS.fullSyncSeconds} s: ${fullMs < TARGETS.fullSyncSeconds * 1000 ? 'met' : 'NOT met'})`,
      'full delta sync: requests': median(fullRequests),
      'incremental sync: changes': incChanges,
      'incremental sync: time (median of 5)': `${incMs.toFixed(1)} ms`,
      'incremental sync: requests (max of 5)': `${Math.max(...incRequests)} (target <= ${TARGETS.incrementalRequests}: ${Math.max(...incRequests) <= TARGETS.incrementalRequests ? 'met' : 'NOT met'})`,
      'incremental / full sync time': `${((incMs / fullMs) * 100).toFixed(2)} %`,
    };
  } finally {
    await h.stop();
  }
}

if (require.main === module) {
  runOnItsOwn(runStorageBench);
}
