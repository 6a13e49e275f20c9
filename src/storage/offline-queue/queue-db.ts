// The browser's durable queue of acknowledgements, in IndexedDB: `pending` in the order they were
// made (an auto-increment sequence), unique by ackKey; `rejected` for those the list refused for
// good, kept so the person can see them rather than lose them silently. One database per person
// (`queueDbName`): a browser shared by several people (a shared desk, the demo's identity picker)
// must not show or send one person's waiting choices in another's session.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Acknowledgement } from '../../domain/acknowledgement';

export interface PendingEntry {
  seq?: number;
  ackKey: string;
  ack: Acknowledgement;
  /** ms since the epoch */
  queuedAt: number;
}

export interface RejectedEntry {
  ackKey: string;
  ack: Acknowledgement;
  reason: string;
  rejectedAt: number;
}

interface QueueSchema extends DBSchema {
  pending: { key: number; value: PendingEntry; indexes: { ackKey: string } };
  rejected: { key: string; value: RejectedEntry };
}

/** the one database every person of the browser shared before the queue became per person */
export const SHARED_QUEUE_DB = 'circular-choices-offline';

/** the queue's database of one person (their Entra object id, a demo id in local mode) */
export const queueDbName = (personId: string): string => `${SHARED_QUEUE_DB}.${personId}`;

const openQueueSchema = (name: string) =>
  openDB<QueueSchema>(name, 1, {
    upgrade(database) {
      const pending = database.createObjectStore('pending', { keyPath: 'seq', autoIncrement: true });
      pending.createIndex('ackKey', 'ackKey', { unique: true });
      database.createObjectStore('rejected', { keyPath: 'ackKey' });
    },
  });

/** whether the browser holds a database of that name; true when it cannot tell */
async function exists(name: string): Promise<boolean> {
  const factory = globalThis.indexedDB as (IDBFactory & { databases?: () => Promise<IDBDatabaseInfo[]> }) | undefined;
  if (!factory?.databases) return true;
  return (await factory.databases()).some((info) => info.name === name);
}

export class QueueDb {
  private constructor(private readonly db: IDBPDatabase<QueueSchema>) {}

  static async open(name: string): Promise<QueueDb> {
    return new QueueDb(await openQueueSchema(name));
  }

  /**
   * moves the person's own entries (by StaffAadId) out of a database several people shared into
   * this one, and leaves everyone else's where they are, for their own next session; the shared
   * database goes once nobody's entries are left in it. Moving twice (two tabs at once) is harmless:
   * an ackKey is queued once.
   */
  async adoptFrom(sharedName: string, personId: string): Promise<void> {
    if (!(await exists(sharedName))) return;
    const shared = await QueueDb.open(sharedName);
    let nobodyLeft = false;
    try {
      const mine = (entry: { ack: Acknowledgement }) => entry.ack.staffAadId === personId;
      const [pending, rejected] = await Promise.all([shared.all(), shared.db.getAll('rejected')]);
      const ownPending = pending.filter(mine);
      const ownRejected = rejected.filter(mine);
      if (ownPending.length > 0) {
        const tx = this.db.transaction('pending', 'readwrite');
        for (const entry of ownPending) {
          if ((await tx.store.index('ackKey').getKey(entry.ackKey)) === undefined) await tx.store.add({ ackKey: entry.ackKey, ack: entry.ack, queuedAt: entry.queuedAt });
        }
        await tx.done;
      }
      if (ownRejected.length > 0) {
        const tx = this.db.transaction('rejected', 'readwrite');
        for (const entry of ownRejected) await tx.store.put(entry);
        await tx.done;
      }
      // removed from the shared database only once they are safe in the person's own
      const tx = shared.db.transaction(['pending', 'rejected'], 'readwrite');
      for (const entry of ownPending) await tx.objectStore('pending').delete(entry.seq!);
      for (const entry of ownRejected) await tx.objectStore('rejected').delete(entry.ackKey);
      await tx.done;
      nobodyLeft = pending.length === ownPending.length && rejected.length === ownRejected.length;
    } finally {
      shared.close();
    }
    // not awaited: a tab of the previous version holding it open would keep the delete waiting
    if (nobodyLeft) globalThis.indexedDB.deleteDatabase(sharedName);
  }

  /** adds in order, in one transaction; a key already queued is not queued twice */
  async enqueue(acks: readonly Acknowledgement[], queuedAt: number): Promise<void> {
    const tx = this.db.transaction('pending', 'readwrite');
    const index = tx.store.index('ackKey');
    for (const ack of acks) {
      if ((await index.getKey(ack.ackKey)) === undefined) await tx.store.add({ ackKey: ack.ackKey, ack, queuedAt });
    }
    await tx.done;
  }

  /** the oldest entries first, of those `keep` accepts */
  async oldest(limit: number, keep: (entry: PendingEntry) => boolean = () => true): Promise<PendingEntry[]> {
    const entries: PendingEntry[] = [];
    let cursor = await this.db.transaction('pending').store.openCursor();
    while (cursor && entries.length < limit) {
      if (keep(cursor.value)) entries.push(cursor.value);
      cursor = await cursor.continue();
    }
    return entries;
  }

  all(): Promise<PendingEntry[]> {
    return this.db.getAll('pending');
  }

  count(): Promise<number> {
    return this.db.count('pending');
  }

  /** removes sent entries and moves refused ones to `rejected`, in one transaction */
  async settle(sentKeys: readonly string[], refused: readonly { ackKey: string; reason: string }[], at: number): Promise<void> {
    const tx = this.db.transaction(['pending', 'rejected'], 'readwrite');
    const pending = tx.objectStore('pending');
    const index = pending.index('ackKey');
    for (const key of sentKeys) {
      const seq = await index.getKey(key);
      if (seq !== undefined) await pending.delete(seq);
    }
    for (const { ackKey, reason } of refused) {
      const seq = await index.getKey(ackKey);
      if (seq === undefined) continue;
      const entry = await pending.get(seq);
      await pending.delete(seq);
      if (entry) await tx.objectStore('rejected').put({ ackKey, ack: entry.ack, reason, rejectedAt: at });
    }
    await tx.done;
  }

  rejected(): Promise<RejectedEntry[]> {
    return this.db.getAll('rejected');
  }

  rejectedCount(): Promise<number> {
    return this.db.count('rejected');
  }

  /** puts every refused entry (that `keep` accepts) back in line, in one transaction (a key already waiting stays once) */
  async requeueRejected(queuedAt: number, keep: (entry: RejectedEntry) => boolean = () => true): Promise<void> {
    const tx = this.db.transaction(['pending', 'rejected'], 'readwrite');
    const pending = tx.objectStore('pending');
    const rejected = tx.objectStore('rejected');
    for (const entry of (await rejected.getAll()).filter(keep).sort((a, b) => a.rejectedAt - b.rejectedAt)) {
      if ((await pending.index('ackKey').getKey(entry.ackKey)) === undefined) await pending.add({ ackKey: entry.ackKey, ack: entry.ack, queuedAt });
      await rejected.delete(entry.ackKey);
    }
    await tx.done;
  }

  async forgetRejected(ackKey: string): Promise<void> {
    await this.db.delete('rejected', ackKey);
  }

  close(): void {
    this.db.close();
  }
}
