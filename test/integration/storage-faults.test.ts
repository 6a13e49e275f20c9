// Exactly once under faults: 10,000 acknowledgements written through the Graph adapter while the
// emulator throttles a fifth of the requests (429/503, Retry-After 0), cuts 2 % of connections
// (before or after doing the work) and restarts in the middle.
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import { AppendFailedError, GraphAcknowledgementStore, provision } from '../../src/storage/graph';
import { startHarness, type Harness } from '../support/storage-emulator-harness';
import { fixtureAck } from '../support/storage-fixtures';

const TOTAL = 10_000;
const PER_CALL = 500;

jest.setTimeout(120_000);

describe('acknowledgements under throttling, dropped connections and a restart', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await provision(h.http, h.siteId);
  });
  afterAll(async () => {
    await h.stop();
  });

  it('stores each of 10,000 acknowledgements exactly once and loses none that was reported written', async () => {
    // real but short waits, so that requests during the restart find the server back
    const http = h.newClient({
      maxRetries: 25,
      backoffBaseMs: 10,
      backoffMaxMs: 400,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    const store = new GraphAcknowledgementStore({ http, siteId: h.siteId, batchConcurrency: 4 });
    const acks = Array.from({ length: TOTAL }, (_, i) => fixtureAck(i + 1));
    const reported = new Set<string>();
    let calls = 0;
    let restarted = false;

    h.server.setFaults({ throttleRate: 0.2, retryAfterSeconds: 0, dropRate: 0.02, dropPhase: 'either' });
    for (let start = 0; start < TOTAL; start += PER_CALL) {
      let pending: Acknowledgement[] = acks.slice(start, start + PER_CALL);
      const restart = start === TOTAL / 2 ? h.server.restart().then(() => (restarted = true)) : undefined;
      // what the offline queue does: send again what was not confirmed, until all is
      while (pending.length > 0) {
        calls++;
        try {
          const outcome = await store.append(pending);
          for (const key of [...outcome.written, ...outcome.alreadyPresent]) reported.add(key);
          pending = [];
        } catch (error) {
          if (!(error instanceof AppendFailedError) || !error.isTransient) throw error;
          for (const key of [...error.outcome.written, ...error.outcome.alreadyPresent]) reported.add(key);
          const failed = new Set(error.failures.map((f) => f.ackKey));
          pending = pending.filter((a) => failed.has(a.ackKey));
        }
      }
      await restart;
    }
    h.server.setFaults({});

    expect(restarted).toBe(true);
    expect(reported.size).toBe(TOTAL);
    const stored = await new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId, deltaPageSize: 5000 }).sync();
    const keys = stored.upserted.map((a) => a.ackKey);
    expect(keys).toHaveLength(TOTAL);
    const unique = new Set(keys);
    expect(unique.size).toBe(TOTAL);
    expect([...reported].filter((k) => !unique.has(k))).toEqual([]);
    // the faults really happened: more HTTP requests than the 500 batches a calm run needs
    expect(h.requests.length).toBeGreaterThan(TOTAL / 20);
    expect(calls).toBeGreaterThanOrEqual(TOTAL / PER_CALL);
  });
});
