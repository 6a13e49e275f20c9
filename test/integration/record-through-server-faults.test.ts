// Exactly once, on the path the tab takes: 10,000 decisions go into the browser's offline queue,
// which sends them to POST /api/acknowledgements; the server writes them to the local emulator
// while the emulator throttles a fifth of its requests and cuts 2 % of its connections, and 2 % of
// the browser's own requests to the server are cut too (before the server sees them, or after it
// wrote but before the answer arrives). At the end the list holds exactly 10,000 rows.
import 'fake-indexeddb/auto';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { ServerAcknowledgementStore } from '../../src/app/lib/server-acknowledgement-store';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { serverGraph } from '../../src/server/server-graph';
import { QueuedAcknowledgementStore } from '../../src/storage/offline-queue';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';
import { fixtureAck } from '../support/storage-fixtures';

const TOTAL = 10_000;
const PER_APPEND = 500;
const SANNE = DEMO_STAFF[0]!;
const tempDir = tempDirsRemovedAfterAll('cc-faults-');

jest.setTimeout(300_000);

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined });
});
afterAll(() => server.close());

/** the browser's fetch, cutting 2 % of requests: half before the server gets them, half after it answered */
function unreliableFetch(counts: { cutBefore: number; cutAfter: number }): typeof fetch {
  let n = 0;
  return async (input, init) => {
    n++;
    // deterministic: every 50th request is cut, alternating before and after
    if (n % 50 === 0) {
      if ((n / 50) % 2 === 0) {
        counts.cutBefore++;
        throw new TypeError('Failed to fetch');
      }
      const answer = await fetch(input, init);
      await answer.arrayBuffer();
      counts.cutAfter++;
      throw new TypeError('network error after the request was sent');
    }
    return fetch(input, init);
  };
}

it('stores each of 10,000 decisions sent through the server exactly once under throttling and dropped connections', async () => {
  const counts = { cutBefore: 0, cutAfter: 0 };
  const token = makeDevToken(SANNE);
  const remote = new ServerAcknowledgementStore({ baseUrl: server.url, getToken: async () => token, fetch: unreliableFetch(counts) }, SANNE.oid);
  const queue = await QueuedAcknowledgementStore.open({
    store: remote,
    personId: SANNE.oid,
    dbName: 'faults-through-server',
    backoff: { initialMs: 5, maxMs: 50 },
    connectivity: { isOnline: () => true, onOnline: () => () => undefined },
  });
  server.emulator!.setFaults({ throttleRate: 0.2, retryAfterSeconds: 0, dropRate: 0.02, dropPhase: 'either' });
  // the person's own decisions (the queue sends no one else's); the server records the token's person
  const acks = Array.from({ length: TOTAL }, (_, i) => ({ ...fixtureAck(i + 1), staffAadId: SANNE.oid }));
  try {
    for (let start = 0; start < TOTAL; start += PER_APPEND) await queue.append(acks.slice(start, start + PER_APPEND));
    const deadline = Date.now() + 240_000;
    while (queue.getSnapshot().pending > 0 && Date.now() < deadline) {
      await queue.flush();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, rejected: 0 });
  } finally {
    server.emulator!.setFaults({});
    await queue.close();
  }

  const stored = await serverGraph(loadConfig({}), () => server.url).acknowledgements.sync();
  const keys = stored.upserted.map((a) => a.ackKey);
  expect(keys).toHaveLength(TOTAL);
  expect(new Set(keys).size).toBe(TOTAL);
  expect(new Set(stored.upserted.map((a) => a.staffAadId))).toEqual(new Set([SANNE.oid]));
  // the faults really happened on both legs
  expect(counts.cutBefore + counts.cutAfter).toBeGreaterThan(0);
  expect(counts.cutAfter).toBeGreaterThan(0);
});
