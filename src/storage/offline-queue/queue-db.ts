// The browser's durable queue of acknowledgements, in IndexedDB: `pending` in the order they were
// made (an auto-increment sequence), unique by ackKey; `rejected` for those the list refused for
// good, kept so the person can see them rather than lose them silently.
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

export const DEFAULT_QUEUE_DB = 'circular-choices-offline';

export class QueueDb {
  private constructor(private readonly db: IDBPDatabase<QueueSchema>) {}

  static async open(name: string = DEFAULT_QUEUE_DB): Promise<QueueDb> {
    const db = await openDB<QueueSchema>(name, 1, {
      upgrade(database) {
        const pending = database.createObjectStore('pending', { keyPath: 'seq', autoIncrement: true });
        pending.createIndex('ackKey', 'ackKey', { unique: true });
        database.createObjectStore('rejected', { keyPath: 'ackKey' });
      },
    });
    return new QueueDb(db);
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

  /** the oldest entries first */
  async oldest(limit: number): Promise<PendingEntry[]> {
    const entries: PendingEntry[] = [];
    let cursor = await this.db.transaction('pending').store.openCursor();
    while (cursor && entries.length < limit) {
      entries.push(cursor.value);
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

  /** puts every refused entry back in line, in one transaction (a key already waiting stays once) */
  async requeueRejected(queuedAt: number): Promise<void> {
    const tx = this.db.transaction(['pending', 'rejected'], 'readwrite');
    const pending = tx.objectStore('pending');
    const rejected = tx.objectStore('rejected');
    for (const entry of (await rejected.getAll()).sort((a, b) => a.rejectedAt - b.rejectedAt)) {
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
