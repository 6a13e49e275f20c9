// An AcknowledgementStore that never loses a decision: every append is first written to IndexedDB,
// then sent to the wrapped store, oldest first. While offline, or while Graph fails, entries wait
// and are sent again when the browser comes back online or on a timer that backs off. Retries are
// harmless because the wrapped store is idempotent by ackKey, so each decision lands exactly once.
// The queue is the signed-in person's: it sends, counts and shows their own entries only (their own
// database, and, should another person's entry be in it anyway, it is kept for that person's session).
import { acknowledgementProblems, type Acknowledgement } from '../../domain/acknowledgement';
import { AppendFailedError, InvalidAcknowledgementError } from '../append-errors';
import type { AcknowledgementDelta, AcknowledgementStore, AppendOutcome, QueuedOutcome } from '../ports';
import { QueueDb, queueDbName, type PendingEntry, type RejectedEntry } from './queue-db';

/** what the UI shows: how many decisions wait to be sent, and whether some were refused */
export interface QueueSnapshot {
  pending: number;
  /** decisions the list refused (bad data, or a list that lacks a column); kept, sent again only when asked */
  rejected: number;
  /** why the list refused the most recent of them */
  lastRefusal?: string;
  sending: boolean;
  /** why the last attempt failed, while entries still wait: the error itself, so the UI can tell its kind */
  lastError?: Error;
  /** when the next attempt is planned (ms since the epoch) */
  nextAttemptAt?: number;
}

/** whether the browser thinks it is online, and when it comes back */
export interface Connectivity {
  isOnline(): boolean;
  onOnline(listener: () => void): () => void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** the Web Locks API (navigator.locks), so that two tabs do not send the same entries at once */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export interface QueuedStoreOptions {
  store: AcknowledgementStore;
  /** who is signed in (the StaffAadId of their decisions): the only person whose entries are sent and shown */
  personId: string;
  /** navigator.locks by default, when the browser has it */
  locks?: LockManagerLike;
  /** the person's own database (`queueDbName(personId)`) by default */
  dbName?: string;
  /** a database several people shared (the one before the queue became per person): the person's entries move out of it */
  sharedDbName?: string;
  /** acknowledgements per call to the wrapped store */
  batchSize?: number;
  backoff?: { initialMs: number; maxMs: number };
  connectivity?: Connectivity;
  timers?: Timers;
  now?: () => number;
}

/** the outcome of an append through the queue: keys in `queued` are stored locally and will be sent */
export interface QueuedAppendOutcome extends QueuedOutcome {
  /** refused by the list (see `rejected()`); sent again only by `retryRejected()` */
  rejected: string[];
}

const browserConnectivity = (): Connectivity => {
  const target = globalThis as { navigator?: { onLine?: boolean }; addEventListener?: typeof addEventListener; removeEventListener?: typeof removeEventListener };
  return {
    isOnline: () => target.navigator?.onLine !== false,
    onOnline(listener) {
      if (!target.addEventListener || !target.removeEventListener) return () => undefined;
      target.addEventListener('online', listener);
      return () => target.removeEventListener?.('online', listener);
    },
  };
};

const browserLocks = (): LockManagerLike | undefined =>
  (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const QUEUE_LOCK = 'circular-choices-ack-queue';

/** how long moving the person's entries out of the shared database may hold up opening the queue */
const ADOPT_TIME_LIMIT_MS = 1_000;

// refusals about the data itself; anything else (auth, throttling, a missing list) may pass later
const PERMANENT_STATUSES = new Set([400, 422]);

const byAckAt = (a: Acknowledgement, b: Acknowledgement) => (a.ackAt < b.ackAt ? -1 : a.ackAt > b.ackAt ? 1 : 0);

export class QueuedAcknowledgementStore implements AcknowledgementStore<QueuedAppendOutcome> {
  private snapshot: QueueSnapshot = { pending: 0, rejected: 0, sending: false };
  private readonly listeners = new Set<() => void>();
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private timer: unknown;
  private failures = 0;
  private closed = false;
  private readonly stopListening: () => void;
  /** what became of recently sent keys, so append can tell its caller */
  private readonly settled = new Map<string, 'written' | 'alreadyPresent'>();
  private readonly options: Required<Omit<QueuedStoreOptions, 'dbName' | 'sharedDbName' | 'locks'>>;
  private readonly locks: LockManagerLike | undefined;

  private constructor(
    private readonly db: QueueDb,
    options: QueuedStoreOptions,
  ) {
    this.options = {
      store: options.store,
      personId: options.personId,
      batchSize: options.batchSize ?? 100,
      backoff: options.backoff ?? { initialMs: 2_000, maxMs: 5 * 60_000 },
      connectivity: options.connectivity ?? browserConnectivity(),
      timers: options.timers ?? defaultTimers,
      now: options.now ?? Date.now,
    };
    this.locks = options.locks ?? browserLocks();
    this.stopListening = this.options.connectivity.onOnline(() => void this.flush());
  }

  /** opens the queue; entries left by an earlier page load are sent as soon as possible */
  static async open(options: QueuedStoreOptions): Promise<QueuedAcknowledgementStore> {
    const db = await QueueDb.open(options.dbName ?? queueDbName(options.personId));
    if (options.sharedDbName) await adoptShortly(db, options.sharedDbName, options.personId);
    const store = new QueuedAcknowledgementStore(db, options);
    await store.refreshCounts();
    if (store.snapshot.pending > 0) store.kick();
    return store;
  }

  // --- observable state (for React: useSyncExternalStore(queue.subscribe, queue.getSnapshot)) ---

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  getPendingCount(): number {
    return this.snapshot.pending;
  }

  private update(change: Partial<QueueSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    const keys = new Set([...Object.keys(this.snapshot), ...Object.keys(next)]) as Set<keyof QueueSnapshot>;
    if ([...keys].every((k) => next[k] === this.snapshot[k])) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  /** whether an entry is the signed-in person's */
  private readonly mine = (entry: { ack: Acknowledgement }): boolean => entry.ack.staffAadId === this.options.personId;

  private async ownPending(): Promise<PendingEntry[]> {
    return (await this.db.all()).filter(this.mine);
  }

  private async refreshCounts(): Promise<void> {
    const [waiting, refused] = await Promise.all([this.ownPending(), this.rejected()]);
    const pending = waiting.length;
    const newest = refused.length === 0 ? undefined : refused.reduce((a, b) => (b.rejectedAt > a.rejectedAt ? b : a));
    this.update({ pending, rejected: refused.length, lastRefusal: newest?.reason, ...(pending === 0 ? { lastError: undefined, nextAttemptAt: undefined } : {}) });
  }

  // --- the port ---

  async append(acks: readonly Acknowledgement[]): Promise<QueuedAppendOutcome> {
    const problems = acks.flatMap((ack) => acknowledgementProblems(ack).map((p) => ({ ackKey: ack.ackKey, field: p.field, message: p.message })));
    if (problems.length > 0) throw new InvalidAcknowledgementError(problems);
    await this.db.enqueue(acks, this.options.now());
    await this.refreshCounts();
    if (this.options.connectivity.isOnline()) await this.flush();
    else this.schedule();
    const outcome: QueuedAppendOutcome = { written: [], alreadyPresent: [], queued: [], rejected: [] };
    const [waiting, refused] = await Promise.all([this.db.all(), this.db.rejected()]);
    const waitingKeys = new Set(waiting.map((e) => e.ackKey));
    const refusedKeys = new Set(refused.map((e) => e.ackKey));
    const seen = new Set<string>();
    for (const { ackKey } of acks) {
      if (seen.has(ackKey)) continue;
      seen.add(ackKey);
      const fate = this.settled.get(ackKey);
      if (fate === 'written') outcome.written.push(ackKey);
      else if (fate === 'alreadyPresent') outcome.alreadyPresent.push(ackKey);
      else if (waitingKeys.has(ackKey)) outcome.queued.push(ackKey);
      else if (refusedKeys.has(ackKey)) outcome.rejected.push(ackKey);
      // sent meanwhile by another tab sharing the queue
      else outcome.alreadyPresent.push(ackKey);
    }
    return outcome;
  }

  /** the wrapped store's answer plus what still waits here, so a decision shows at once */
  private async merged(remote: Promise<Acknowledgement[]>, keep: (ack: Acknowledgement) => boolean): Promise<Acknowledgement[]> {
    const [stored, pending] = await Promise.all([remote, this.pending()]);
    const keys = new Set(stored.map((a) => a.ackKey));
    return [...stored, ...pending.filter((a) => keep(a) && !keys.has(a.ackKey))].sort(byAckAt);
  }

  forContext(contextRef: string): Promise<Acknowledgement[]> {
    return this.merged(this.options.store.forContext(contextRef), (a) => a.contextRef === contextRef);
  }

  forStaff(staffAadId: string): Promise<Acknowledgement[]> {
    return this.merged(this.options.store.forStaff(staffAadId), (a) => a.staffAadId === staffAadId);
  }

  since(isoDate: string): Promise<Acknowledgement[]> {
    const from = Date.parse(isoDate);
    return this.merged(this.options.store.since(isoDate), (a) => Date.parse(a.ackAt) >= from);
  }

  /** a pass-through: a delta link describes the list, not this browser */
  sync(deltaLink?: string, onProgress?: (itemsSoFar: number) => void): Promise<AcknowledgementDelta> {
    return this.options.store.sync(deltaLink, onProgress);
  }

  // --- the queue ---

  /** the signed-in person's acknowledgements waiting to be sent, oldest first */
  async pending(): Promise<Acknowledgement[]> {
    return (await this.ownPending()).map((e) => e.ack);
  }

  /** the signed-in person's refused acknowledgements */
  async rejected(): Promise<RejectedEntry[]> {
    return (await this.db.rejected()).filter(this.mine);
  }

  /**
   * sends the refused decisions again, e.g. once an administrator provisioned a column the list
   * lacked; what the list still refuses is set aside again with its reason, and a decision that did
   * land meanwhile lands once (the wrapped store is idempotent by ackKey)
   */
  async retryRejected(): Promise<void> {
    await this.db.requeueRejected(this.options.now(), this.mine);
    await this.refreshCounts();
    await this.flush();
  }

  async dismissRejected(ackKey: string): Promise<void> {
    if (!(await this.rejected()).some((e) => e.ackKey === ackKey)) return;
    await this.db.forgetRejected(ackKey);
    await this.refreshCounts();
  }

  /** sends everything that waits, now; resolves when this round is over (sent or postponed) */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.draining) {
      // an append made during a round must not wait for the next timer
      this.drainAgain = true;
      return this.draining;
    }
    this.cancelTimer();
    const rounds = async () => {
      do {
        this.drainAgain = false;
        await this.drain();
      } while (this.drainAgain && !this.closed && this.timer === undefined);
    };
    this.draining = (async () => {
      try {
        // another tab of the same browser shares the database: one sender at a time (the
        // ackKey would keep a double send harmless, but not free)
        if (this.locks) await this.locks.request(`${QUEUE_LOCK}.${this.options.personId}`, rounds);
        else await rounds();
      } finally {
        this.draining = undefined;
        this.update({ sending: false });
      }
    })();
    return this.draining;
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.closed) return;
      // only the signed-in person's: the server records whatever it receives as the token's person
      const entries = await this.db.oldest(this.options.batchSize, this.mine);
      if (entries.length === 0) {
        this.failures = 0;
        await this.refreshCounts();
        return;
      }
      this.update({ sending: true });
      const acks = entries.map((e) => e.ack);
      try {
        const outcome = await this.options.store.append(acks);
        this.remember(outcome);
        await this.db.settle([...outcome.written, ...outcome.alreadyPresent], [], this.options.now());
        await this.refreshCounts();
      } catch (error) {
        const postponed = await this.settleFailure(error);
        await this.refreshCounts();
        if (postponed) {
          this.failures++;
          this.update({ lastError: error instanceof Error ? error : new Error(String(error)) });
          this.schedule();
          return;
        }
      }
    }
  }

  /** records what can be settled from a failed send; true when the rest must wait */
  private async settleFailure(error: unknown): Promise<boolean> {
    const now = this.options.now();
    if (error instanceof InvalidAcknowledgementError) {
      const refused = [...new Set(error.problems.map((p) => p.ackKey))].map((ackKey) => ({
        ackKey,
        reason: error.problems.filter((p) => p.ackKey === ackKey).map((p) => `${p.field} ${p.message}`).join('; '),
      }));
      await this.db.settle([], refused, now);
      return false;
    }
    if (error instanceof AppendFailedError) {
      this.remember(error.outcome);
      const refused = error.failures
        .filter((f) => PERMANENT_STATUSES.has(f.error.status))
        .map((f) => ({ ackKey: f.ackKey, reason: `${f.error.code}: ${f.error.message}` }));
      await this.db.settle([...error.outcome.written, ...error.outcome.alreadyPresent], refused, now);
      return refused.length < error.failures.length;
    }
    return true;
  }

  private remember(outcome: AppendOutcome): void {
    for (const key of outcome.written) this.settled.set(key, 'written');
    for (const key of outcome.alreadyPresent) this.settled.set(key, 'alreadyPresent');
    // bounded: only the recent past matters to an append waiting for its answer
    while (this.settled.size > 10_000) this.settled.delete(this.settled.keys().next().value!);
  }

  private schedule(): void {
    if (this.closed || this.timer !== undefined) return;
    const { initialMs, maxMs } = this.options.backoff;
    const delay = Math.min(maxMs, initialMs * 2 ** Math.max(0, this.failures - 1));
    this.update({ nextAttemptAt: this.options.now() + delay });
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private kick(): void {
    if (this.options.connectivity.isOnline()) void this.flush();
    else this.schedule();
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** stops timers and listeners and closes the database; what waits stays for the next page load */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelTimer();
    this.stopListening();
    await this.draining;
    this.db.close();
  }
}

/** moves the person's entries out of the shared database, without holding up the queue for long */
async function adoptShortly(db: QueueDb, sharedName: string, personId: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.adoptFrom(sharedName, personId),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ADOPT_TIME_LIMIT_MS);
      }),
    ]);
  } catch {
    // the shared database is someone's old leftovers: a failure here must not cost the queue
  } finally {
    clearTimeout(timer);
  }
}
