// The server's matching pool with real worker threads, started from the TypeScript sources through
// the tsx shim as under jest: same results as matching in-process, a time-out that ends the text's
// thread and leaves the pool working, and busy answers past the queue.
import { bundledPack } from '../support/bundled-pack';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { MatchUnavailable } from '../../src/bot';
import { matchWorkerEntry, startMatchPool, type MatchPool } from '../../src/server/match-pool';
import { hostileText } from '../support/hostile-text';

const pack = bundledPack();
const MESSAGE = 'Aanbesteding: levering van 200 laptops en het vervangen van de elementenverharding op de Dalweg.';

describe('the matching pool', () => {
  const pools: MatchPool[] = [];
  const pool = (options: Parameters<typeof startMatchPool>[0]) => {
    const started = startMatchPool(options);
    pools.push(started);
    return started;
  };
  /** one pool for the tests that need nothing of their own, so its thread starts once for them */
  let shared: MatchPool | undefined;
  const sharedPool = () => (shared ??= pool({ pack, threads: 1, timeoutMs: 60_000 }));
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('starts the worker from the TypeScript source here and from the compiled sibling in the built server', () => {
    expect(matchWorkerEntry('/app/src/server/match-pool.ts')).toBe('/app/src/server/match-worker-tsx.cjs');
    expect(matchWorkerEntry('/app/dist/node/main.js')).toBe('/app/dist/node/match-worker.js');
  });

  it('gives what matching in-process gives', async () => {
    const { match } = sharedPool();
    const expected = matchDocument(buildMatcherIndex(pack), MESSAGE, { defaultDocumentType: 'message' });
    expect(expected.productGroups.length).toBeGreaterThan(0);
    expect(await match(MESSAGE, { defaultDocumentType: 'message' })).toEqual(expected);
  });

  it('gives up on a text past its time limit, ends its thread, and matches the next text on a fresh one', async () => {
    const { matchWithin } = sharedPool();
    await matchWithin('warm', {}, 60_000); // the thread is up
    await expect(matchWithin(hostileText(200_000), {}, 1)).rejects.toEqual(new MatchUnavailable('timeout'));
    await expect(matchWithin(MESSAGE, {}, 60_000)).resolves.toMatchObject({ productGroups: expect.arrayContaining([expect.objectContaining({ id: 'ict-hardware' })]) });
  });

  /** a pool with a queue of one, first warmed by the test below (run alone, the next one starts it) */
  let queueOfOne: MatchPool | undefined;
  const queueOfOnePool = () => (queueOfOne ??= pool({ pack, threads: 1, timeoutMs: 60_000, maxQueue: 1 }));

  it('once warmed, matches its first text without waiting for a thread to start', async () => {
    const cold = pool({ pack, threads: 1 });
    // starting a thread (here also compiling the worker) and building the index take far longer than this
    await expect(cold.matchWithin(MESSAGE, {}, 50)).rejects.toEqual(new MatchUnavailable('timeout'));
    // ends the thread still starting, which nothing needs any more
    await cold.close();
    const warmed = queueOfOnePool();
    await warmed.warm();
    await expect(warmed.matchWithin(MESSAGE, {}, 2_000)).resolves.toMatchObject({ productGroups: expect.arrayContaining([expect.objectContaining({ id: 'ict-hardware' })]) });
  });

  it('refuses texts past its queue as busy instead of letting them wait', async () => {
    const { match } = queueOfOnePool();
    await match('warm', {});
    const answers = await Promise.allSettled(Array.from({ length: 6 }, () => match(hostileText(50_000), {})));
    const refused = answers.filter((a) => a.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toEqual(new MatchUnavailable('busy'));
    expect(answers.filter((a) => a.status === 'fulfilled').length).toBeGreaterThan(0);
  });

  it('refuses texts once closed', async () => {
    const closing = startMatchPool({ pack, threads: 1 });
    await closing.close();
    await expect(closing.match(MESSAGE, {})).rejects.toEqual(new MatchUnavailable('busy'));
  });
});
