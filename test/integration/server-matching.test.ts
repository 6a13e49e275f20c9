// The server stays responsive while it matches user text: with message actions of 5,000 words
// arriving on 10 connections at once, and with a pathological 200,000-character text, /healthz is
// still answered, because matching runs in the worker pool, off the event loop.
//
// This is a responsiveness check, not a performance measurement. What it asserts does not depend on
// how busy the machine is: the share of the time the event loop (server and test client both run on
// it) was busy rather than waiting, which matching on the loop would push to nearly all of it.
// The /healthz times are printed for the record; `npm run bench health` measures them against ≤ 100 ms.
import { join } from 'node:path';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { hostileText } from '../support/hostile-text';
import { checkMessageActivity, messageOfWords } from '../support/long-message';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-matching-');
/**
 * the largest share of the time the event loop may be busy while texts are matched: matched on the
 * loop, texts back to back keep it busy all the time; off it, parsing the requests, building the
 * cards and the test's own client kept it busy about two thirds of the time here
 */
const LOOP_BUSY_BOUND = 0.9;
/** how busy the event loop was since `start` (a mark from performance.eventLoopUtilization()) */
const busySince = (start: EventLoopUtilization) => performance.eventLoopUtilization(start).utilization;
const TIMED_OUT = 'Het controleren van deze tekst duurde te lang en is gestopt. Probeer een kortere tekst, of plak de tekst in de app.';

async function invoke(server: RunningServer, activity: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** asks /healthz one after another until `done` settles; the time of each answer */
async function healthLatencies(server: RunningServer, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const start = performance.now();
    const response = await fetch(`${server.url}/healthz`);
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

const isCard = (body: Record<string, unknown>) => (body as { composeExtension?: { attachments?: unknown[] } }).composeExtension?.attachments?.length === 1;
const messageOf = (body: Record<string, unknown>) => (body as { task?: { value?: unknown } }).task?.value;

describe('the server while it matches user text', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir(), CC_WEB_ROOT: join(tempDir(), 'web') });
    server = await startTestServer({
      config,
      port: 0,
      logSink: () => undefined,
      messageExtension: { limits: { rateLimit: { requests: 1000, windowMs: 1000 } } },
      // time enough for this busy test machine; the default is 3 s
      matching: { timeoutMs: 20_000, threads: 2 },
    });
    // the pool's threads start with the first text (from TypeScript here, which takes seconds)
    expect(isCard((await invoke(server, checkMessageActivity('Nieuwe laptops en asfalt voor de Dalweg.', 0))).body)).toBe(true);
  }, 120_000);
  afterAll(() => server.close());

  it('answers /healthz at once while 10 connections send 5,000-word message actions', async () => {
    const texts = Array.from({ length: 10 }, (_, n) => messageOfWords(n));
    expect(texts[0]!.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    const start = performance.eventLoopUtilization();
    const load = Promise.all(
      texts.map(async (text, connection) => {
        const answers = [];
        for (let round = 0; round < 3; round++) answers.push(await invoke(server, checkMessageActivity(text, 100 + connection * 10 + round)));
        return answers;
      }),
    );
    const latencies = await healthLatencies(server, load);
    const answers = (await load).flat();
    expect(answers).toHaveLength(30);
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(isCard(body)).toBe(true);
    }
    const busy = busySince(start);
    console.log(`/healthz during load: ${latencies.length} answers, max ${Math.max(...latencies).toFixed(1)} ms; event loop busy ${(busy * 100).toFixed(0)} % of the time`);
    expect(latencies.length).toBeGreaterThan(5);
    expect(busy).toBeLessThan(LOOP_BUSY_BOUND);
  }, 120_000);

  it('answers a pathological 200,000-character text (a card or the time-out message) without holding other requests', async () => {
    const text = hostileText(200_000);
    const start = performance.eventLoopUtilization();
    const answer = invoke(server, checkMessageActivity(text, 900));
    const latencies = await healthLatencies(server, answer);
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(isCard(body) || messageOf(body) === TIMED_OUT || messageOf(body) === 'Geen circulaire criteria gevonden').toBe(true);
    const busy = busySince(start);
    console.log(`/healthz during a 200,000-character text: ${latencies.length} answers, max ${Math.max(...latencies).toFixed(1)} ms; event loop busy ${(busy * 100).toFixed(0)} % of the time`);
    expect(latencies.length).toBeGreaterThan(1);
    expect(busy).toBeLessThan(LOOP_BUSY_BOUND);
  }, 60_000);
});
