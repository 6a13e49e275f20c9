import 'fake-indexeddb/auto';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { AppendFailedError, InvalidAcknowledgementError, type AppendFailure } from '../append-errors';
import type { AcknowledgementStore, AppendOutcome } from '../ports';
import { QueueDb, queueDbName } from './queue-db';
import { QueuedAcknowledgementStore, type Connectivity, type Timers } from './queued-acknowledgement-store';

let dbCounter = 0;

const waitUntil = async (condition: () => Promise<boolean>) => {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the condition never held');
};
const freshDb = () => `queue-test-${process.pid}-${++dbCounter}`;

function ack(n: number, overrides: Partial<Acknowledgement> = {}): Acknowledgement {
  return {
    ackKey: `key-${String(n).padStart(6, '0')}`,
    checklistItemId: `roads-item-${n}`,
    checklistId: 'roads',
    decision: 'applied',
    contextType: 'procurement',
    contextRef: 'draft-1',
    source: 'tab',
    staffAadId: 'staff-1',
    contentVersion: '2026.11.0',
    appVersion: '0.1.0',
    ackAt: new Date(Date.UTC(2026, 10, 1, 9, 0, n)).toISOString(),
    ...overrides,
  };
}

const failure = (status: number): AppendFailure => ({ status, code: `http${status}`, message: `status ${status}`, isTransient: status === 0 || status >= 500 || status === 429 });

/** an in-memory list, idempotent by ackKey like the real one, whose next answers can be scripted */
class FakeListStore implements AcknowledgementStore {
  rows = new Map<string, Acknowledgement>();
  calls: string[][] = [];
  script: ((acks: readonly Acknowledgement[]) => Promise<AppendOutcome> | AppendOutcome)[] = [];

  store(acks: readonly Acknowledgement[]): AppendOutcome {
    const outcome: AppendOutcome = { written: [], alreadyPresent: [] };
    for (const a of acks) {
      if (this.rows.has(a.ackKey)) outcome.alreadyPresent.push(a.ackKey);
      else {
        this.rows.set(a.ackKey, a);
        outcome.written.push(a.ackKey);
      }
    }
    return outcome;
  }

  async append(acks: readonly Acknowledgement[]): Promise<AppendOutcome> {
    this.calls.push(acks.map((a) => a.ackKey));
    const next = this.script.shift();
    return next ? next(acks) : this.store(acks);
  }
  async forContext(contextRef: string) {
    return [...this.rows.values()].filter((a) => a.contextRef === contextRef);
  }
  async forStaff(staffAadId: string) {
    return [...this.rows.values()].filter((a) => a.staffAadId === staffAadId);
  }
  async since(isoDate: string) {
    return [...this.rows.values()].filter((a) => a.ackAt >= isoDate);
  }
  async sync() {
    return { upserted: [...this.rows.values()], deletedItemIds: [], deltaLink: 'link', restarted: false };
  }
}

class FakeConnectivity implements Connectivity {
  online = true;
  private listeners = new Set<() => void>();
  isOnline = () => this.online;
  onOnline(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  goOnline() {
    this.online = true;
    for (const l of this.listeners) l();
  }
}

class FakeTimers implements Timers {
  planned: { callback: () => void; ms: number; handle: number }[] = [];
  private next = 1;
  setTimeout(callback: () => void, ms: number) {
    const handle = this.next++;
    this.planned.push({ callback, ms, handle });
    return handle;
  }
  clearTimeout(handle: unknown) {
    this.planned = this.planned.filter((p) => p.handle !== handle);
  }
  fire() {
    const due = this.planned.shift();
    if (!due) throw new Error('no timer planned');
    due.callback();
    return due.ms;
  }
}

async function setup(options: { online?: boolean; dbName?: string; store?: FakeListStore } = {}) {
  const store = options.store ?? new FakeListStore();
  const connectivity = new FakeConnectivity();
  connectivity.online = options.online ?? true;
  const timers = new FakeTimers();
  const dbName = options.dbName ?? freshDb();
  const queue = await QueuedAcknowledgementStore.open({ store, personId: 'staff-1', dbName, connectivity, timers, backoff: { initialMs: 1000, maxMs: 8000 }, batchSize: 3 });
  return { store, connectivity, timers, queue, dbName };
}

const settle = async (queue: QueuedAcknowledgementStore) => {
  await queue.flush();
};

describe('QueuedAcknowledgementStore', () => {
  it('sends at once when online and reports the keys as written', async () => {
    const { store, queue } = await setup();
    const outcome = await queue.append([ack(1), ack(2)]);
    expect(outcome).toEqual({ written: ['key-000001', 'key-000002'], alreadyPresent: [], queued: [], rejected: [] });
    expect(store.rows.size).toBe(2);
    expect(queue.getSnapshot().pending).toBe(0);
    await queue.close();
  });

  it('keeps a decision made offline, shows it in reads at once, and sends it when the browser is back online', async () => {
    const { store, connectivity, queue } = await setup({ online: false });
    const seen: number[] = [];
    // the pending counts a badge would show, one entry per change of the number
    const unsubscribe = queue.subscribe(() => {
      const pending = queue.getSnapshot().pending;
      if (seen.at(-1) !== pending) seen.push(pending);
    });
    const outcome = await queue.append([ack(1)]);
    expect(outcome.queued).toEqual(['key-000001']);
    expect(queue.getPendingCount()).toBe(1);
    expect(store.calls).toHaveLength(0);
    expect((await queue.forContext('draft-1')).map((a) => a.ackKey)).toEqual(['key-000001']);

    connectivity.goOnline();
    await settle(queue);
    expect([...store.rows.keys()]).toEqual(['key-000001']);
    expect(queue.getPendingCount()).toBe(0);
    expect(seen).toEqual([1, 0]);
    unsubscribe();
    await queue.close();
  });

  it('survives a reload: what was queued in one page load is sent by the next, exactly once', async () => {
    const failing = new FakeListStore();
    failing.script.push(() => {
      throw new TypeError('Failed to fetch');
    });
    const first = await setup({ store: failing });
    await first.queue.append([ack(1), ack(2)]);
    expect(first.queue.getPendingCount()).toBe(2);
    await first.queue.close();

    const store = new FakeListStore();
    const second = await setup({ dbName: first.dbName, store });
    await settle(second.queue);
    expect([...store.rows.keys()]).toEqual(['key-000001', 'key-000002']);
    expect(second.queue.getPendingCount()).toBe(0);
    await second.queue.close();

    const third = await setup({ dbName: first.dbName, store });
    await settle(third.queue);
    expect(store.calls).toHaveLength(1);
    await third.queue.close();
  });

  it('sends in the order the decisions were made, oldest batch first', async () => {
    const { store, connectivity, queue } = await setup({ online: false });
    for (let n = 1; n <= 7; n++) await queue.append([ack(n)]);
    connectivity.goOnline();
    await settle(queue);
    expect(store.calls).toEqual([
      ['key-000001', 'key-000002', 'key-000003'],
      ['key-000004', 'key-000005', 'key-000006'],
      ['key-000007'],
    ]);
    await queue.close();
  });

  it('does not write twice when a send landed but its answer was lost', async () => {
    const store = new FakeListStore();
    store.script.push((acks) => {
      store.store(acks);
      throw new TypeError('connection reset');
    });
    const { queue, timers } = await setup({ store });
    const outcome = await queue.append([ack(1)]);
    expect(outcome.queued).toEqual(['key-000001']);
    expect(queue.getSnapshot().lastError?.message).toMatch(/connection reset/);
    timers.fire();
    await settle(queue);
    expect(store.rows.size).toBe(1);
    expect(store.calls).toEqual([['key-000001'], ['key-000001']]);
    expect(queue.getPendingCount()).toBe(0);
    await queue.close();
  });

  it('backs off while Graph keeps failing, and keeps what was written from a partly failed batch', async () => {
    const store = new FakeListStore();
    store.script.push((acks) => {
      const outcome = store.store(acks.slice(0, 1));
      throw new AppendFailedError(outcome, acks.slice(1).map((a) => ({ ackKey: a.ackKey, error: failure(503) })));
    });
    store.script.push(() => {
      throw new AppendFailedError({ written: [], alreadyPresent: [] }, [{ ackKey: 'key-000002', error: failure(429) }]);
    });
    const { queue, timers } = await setup({ store });
    await queue.append([ack(1), ack(2), ack(3)]);
    expect(store.rows.size).toBe(1);
    expect(queue.getPendingCount()).toBe(2);
    expect(timers.fire()).toBe(1000);
    await settle(queue);
    expect(queue.getPendingCount()).toBe(2);
    expect(timers.fire()).toBe(2000);
    await settle(queue);
    expect([...store.rows.keys()].sort()).toEqual(['key-000001', 'key-000002', 'key-000003']);
    expect(queue.getPendingCount()).toBe(0);
    expect(timers.planned).toHaveLength(0);
    await queue.close();
  });

  it('sets aside a decision the list refuses for good and goes on with the next ones', async () => {
    const store = new FakeListStore();
    store.script.push((acks) => {
      const outcome = store.store(acks.filter((a) => a.ackKey !== 'key-000001'));
      throw new AppendFailedError(outcome, [{ ackKey: 'key-000001', error: failure(400) }]);
    });
    const { queue } = await setup({ store });
    const outcome = await queue.append([ack(1), ack(2)]);
    expect(outcome).toMatchObject({ written: ['key-000002'], rejected: ['key-000001'], queued: [] });
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, rejected: 1 });
    const rejected = await queue.rejected();
    expect(rejected.map((r) => [r.ackKey, r.reason])).toEqual([['key-000001', 'http400: status 400']]);
    await queue.dismissRejected('key-000001');
    expect(queue.getSnapshot().rejected).toBe(0);
    await queue.close();
  });

  it('sends refused decisions again when asked, once the list accepts them, each landing once', async () => {
    const store = new FakeListStore();
    // the list lacks a column: every write is refused until an administrator provisions it
    const missingColumn = (acks: readonly Acknowledgement[]) => {
      throw new AppendFailedError({ written: [], alreadyPresent: [] }, acks.map((a) => ({ ackKey: a.ackKey, error: failure(400) })));
    };
    store.script.push(missingColumn);
    const { queue } = await setup({ store });
    await queue.append([ack(1), ack(2)]);
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, rejected: 2, lastRefusal: 'http400: status 400' });

    store.script.push(missingColumn);
    await queue.retryRejected();
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, rejected: 2 });
    expect(store.rows.size).toBe(0);

    await queue.retryRejected();
    expect(queue.getSnapshot()).toMatchObject({ pending: 0, rejected: 0, lastRefusal: undefined });
    expect([...store.rows.keys()].sort()).toEqual(['key-000001', 'key-000002']);
    await queue.retryRejected();
    expect(store.rows.size).toBe(2);
    await queue.close();
  });

  it('queues a key once even when it is appended twice before it is sent', async () => {
    const { store, connectivity, queue } = await setup({ online: false });
    await queue.append([ack(1)]);
    await queue.append([ack(1), ack(1)]);
    expect(queue.getPendingCount()).toBe(1);
    connectivity.goOnline();
    await settle(queue);
    expect(store.calls).toEqual([['key-000001']]);
    await queue.close();
  });

  it('refuses an invalid acknowledgement before queueing anything', async () => {
    const { queue } = await setup({ online: false });
    await expect(queue.append([ack(1), ack(2, { decision: 'not-applicable', reason: '' })])).rejects.toBeInstanceOf(InvalidAcknowledgementError);
    expect(queue.getPendingCount()).toBe(0);
    await queue.close();
  });

  it('gives the same snapshot object until something changes, as useSyncExternalStore needs', async () => {
    const { queue } = await setup({ online: false });
    const before = queue.getSnapshot();
    expect(queue.getSnapshot()).toBe(before);
    await queue.append([ack(1)]);
    const after = queue.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.pending).toBe(1);
    expect(queue.getSnapshot()).toBe(after);
    await queue.close();
  });

  it('sends under a browser lock, so that two tabs never send the same entries at once', async () => {
    const order: string[] = [];
    let held = Promise.resolve();
    const locks = {
      request(name: string, callback: () => Promise<void>) {
        order.push(`wait ${name}`);
        const run = held.then(async () => {
          order.push('hold');
          await callback();
          order.push('release');
        });
        held = run;
        return run;
      },
    };
    const store = new FakeListStore();
    const dbName = freshDb();
    const connectivity = new FakeConnectivity();
    const tabA = await QueuedAcknowledgementStore.open({ store, personId: 'staff-1', dbName, connectivity, timers: new FakeTimers(), locks });
    const tabB = await QueuedAcknowledgementStore.open({ store, personId: 'staff-1', dbName, connectivity, timers: new FakeTimers(), locks });
    const outcomes = await Promise.all([tabA.append([ack(1)]), tabB.append([ack(2)])]);
    // whichever tab sent it, neither reports its key as still waiting
    expect(outcomes.flatMap((o) => o.queued)).toEqual([]);
    expect(order.filter((o) => o !== 'wait circular-choices-ack-queue.staff-1')).toEqual(['hold', 'release', 'hold', 'release']);
    expect([...store.rows.keys()].sort()).toEqual(['key-000001', 'key-000002']);
    expect(store.calls.flat().sort()).toEqual(['key-000001', 'key-000002']);
    await tabA.close();
    await tabB.close();
  });

  it('merges pending decisions into since() and forStaff() without duplicating stored ones', async () => {
    const store = new FakeListStore();
    store.store([ack(1)]);
    const { queue } = await setup({ online: false, store });
    await queue.append([ack(1), ack(2)]);
    expect((await queue.since('2026-11-01T09:00:00Z')).map((a) => a.ackKey)).toEqual(['key-000001', 'key-000002']);
    expect((await queue.forStaff('staff-1')).map((a) => a.ackKey)).toEqual(['key-000001', 'key-000002']);
    await queue.close();
  });
});

describe('QueuedAcknowledgementStore on a browser several people use', () => {
  /** the server: it records whatever it receives as the person of the token it came with */
  class TokenServer {
    recorded: { as: string; ack: Acknowledgement }[] = [];
    refuseNext = false;
    storeFor(person: string): AcknowledgementStore {
      const list = new FakeListStore();
      list.append = async (acks) => {
        if (this.refuseNext) {
          this.refuseNext = false;
          throw new InvalidAcknowledgementError(acks.map((a) => ({ ackKey: a.ackKey, field: 'title', message: 'is too long' })));
        }
        this.recorded.push(...acks.map((a) => ({ as: person, ack: a })));
        return { written: acks.map((a) => a.ackKey), alreadyPresent: [] };
      };
      list.forContext = async (contextRef) => this.recorded.filter((r) => r.as === person && r.ack.contextRef === contextRef).map((r) => ({ ...r.ack, staffAadId: person }));
      return list;
    }
  }

  let people = 0;
  const twoPeople = () => {
    people++;
    return { sanne: `sanne-${process.pid}-${people}`, joris: `joris-${process.pid}-${people}` };
  };
  const offline = () => {
    const connectivity = new FakeConnectivity();
    connectivity.online = false;
    return connectivity;
  };
  const sessionOf = (server: TokenServer, personId: string, connectivity: Connectivity, dbName?: string) =>
    QueuedAcknowledgementStore.open({ store: server.storeFor(personId), personId, connectivity, timers: new FakeTimers(), ...(dbName && { dbName }) });

  it('keeps what one person queued offline from the next person signed in, and sends it as theirs when they are back', async () => {
    const { sanne, joris } = twoPeople();
    const server = new TokenServer();
    const sannes = await sessionOf(server, sanne, offline());
    const choice = ack(1, { staffAadId: sanne, decision: 'not-applicable', contextTitle: 'Sanne’s tender: gravel', reason: 'no budget this year' });
    expect((await sannes.append([choice])).queued).toEqual([choice.ackKey]);
    await sannes.close();
    // kept apart: in her own database, none of it in the one Joris's session opens
    const [hersDb, hisDb] = await Promise.all([QueueDb.open(queueDbName(sanne)), QueueDb.open(queueDbName(joris))]);
    expect([(await hersDb.all()).map((e) => e.ackKey), await hisDb.all()]).toEqual([[choice.ackKey], []]);
    hersDb.close();
    hisDb.close();

    // Joris signs in on the same browser, online
    const connectivity = new FakeConnectivity();
    const joriss = await sessionOf(server, joris, connectivity);
    await joriss.flush();
    expect(server.recorded).toEqual([]);
    expect(joriss.getSnapshot()).toMatchObject({ pending: 0, rejected: 0 });
    expect(await joriss.pending()).toEqual([]);
    expect(await joriss.forContext('draft-1')).toEqual([]);
    expect(await joriss.forStaff(joris)).toEqual([]);
    await joriss.close();

    // Sanne again: her choice is sent, as hers
    const sannesAgain = await sessionOf(server, sanne, new FakeConnectivity());
    await sannesAgain.flush();
    expect(server.recorded.map((r) => [r.as, r.ack.ackKey])).toEqual([[sanne, choice.ackKey]]);
    expect(sannesAgain.getSnapshot().pending).toBe(0);
    await sannesAgain.close();
  });

  it('sends, counts and shows only the signed-in person’s entries, even from a database another person’s entries are in', async () => {
    const { sanne, joris } = twoPeople();
    const dbName = freshDb();
    const server = new TokenServer();
    // Sanne: two choices the list refused for good, one waiting while offline
    const sannesConnectivity = new FakeConnectivity();
    const sannes = await sessionOf(server, sanne, sannesConnectivity, dbName);
    server.refuseNext = true;
    expect((await sannes.append([ack(1, { staffAadId: sanne }), ack(2, { staffAadId: sanne })])).rejected).toEqual(['key-000001', 'key-000002']);
    sannesConnectivity.online = false;
    expect((await sannes.append([ack(3, { staffAadId: sanne })])).queued).toEqual(['key-000003']);
    await sannes.close();

    const connectivity = new FakeConnectivity();
    const joriss = await sessionOf(server, joris, connectivity, dbName);
    const his = ack(4, { staffAadId: joris, contextRef: 'draft-1' });
    await joriss.append([his]);
    await joriss.flush();
    expect(server.recorded.map((r) => [r.as, r.ack.ackKey])).toEqual([[joris, his.ackKey]]);
    expect(joriss.getSnapshot()).toMatchObject({ pending: 0, rejected: 0 });
    expect(await joriss.pending()).toEqual([]);
    expect(await joriss.rejected()).toEqual([]);
    expect((await joriss.forContext('draft-1')).map((a) => a.ackKey)).toEqual([his.ackKey]);
    // nor can he send hers again or throw them away
    await joriss.retryRejected();
    await joriss.dismissRejected('key-000001');
    expect(server.recorded.map((r) => r.as)).toEqual([joris]);
    await joriss.close();

    const sannesAgain = await sessionOf(server, sanne, new FakeConnectivity(), dbName);
    await sannesAgain.flush();
    expect(sannesAgain.getSnapshot()).toMatchObject({ pending: 0, rejected: 2 });
    await sannesAgain.retryRejected();
    expect(server.recorded.filter((r) => r.as === sanne).map((r) => r.ack.ackKey).sort()).toEqual(['key-000001', 'key-000002', 'key-000003']);
    expect(server.recorded.every((r) => r.as === r.ack.staffAadId)).toBe(true);
    await sannesAgain.close();
  });

  it('moves each person’s entries out of the database everyone shared before, into their own, and sends them as theirs', async () => {
    const { sanne, joris } = twoPeople();
    const sharedDbName = freshDb();
    const shared = await QueueDb.open(sharedDbName);
    await shared.enqueue([ack(1, { staffAadId: sanne }), ack(2, { staffAadId: joris }), ack(3, { staffAadId: sanne })], 1);
    await shared.settle([], [{ ackKey: 'key-000003', reason: 'title is too long' }], 2);
    shared.close();
    const server = new TokenServer();
    const open = (personId: string) =>
      QueuedAcknowledgementStore.open({ store: server.storeFor(personId), personId, sharedDbName, connectivity: new FakeConnectivity(), timers: new FakeTimers() });

    const sannes = await open(sanne);
    await sannes.flush();
    expect(server.recorded.map((r) => [r.as, r.ack.ackKey])).toEqual([[sanne, 'key-000001']]);
    expect((await sannes.rejected()).map((e) => e.ackKey)).toEqual(['key-000003']);
    await sannes.close();
    const left = await QueueDb.open(sharedDbName);
    expect([...(await left.all()).map((e) => e.ackKey), ...(await left.rejected()).map((e) => e.ackKey)]).toEqual(['key-000002']);
    left.close();

    const joriss = await open(joris);
    await joriss.flush();
    expect(server.recorded.map((r) => [r.as, r.ack.ackKey])).toEqual([
      [sanne, 'key-000001'],
      [joris, 'key-000002'],
    ]);
    await joriss.close();
    // nobody's entries are left in it: the shared database is gone
    await waitUntil(async () => !(await indexedDB.databases()).some((d) => d.name === sharedDbName));
  });
});
