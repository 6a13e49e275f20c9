// The IndexedDB file of the dashboard's copy of the Acknowledgements list. Rows are kept in pages
// of a few hundred (one IndexedDB record per page, not per row): a full sync of 100,000 rows is
// then a few hundred writes instead of 100,000, and reading it back is as quick. The delta link is
// written in the same transaction as the rows it belongs to, so the copy and the link never part.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Acknowledgement } from '../../domain/acknowledgement';

export interface CachedRow {
  /** the list item id, which delta's deleted markers name */
  id: string;
  ack: Acknowledgement;
}

export interface CachePage {
  page: number;
  rows: CachedRow[];
}

export interface SyncMeta {
  key: 'sync';
  deltaLink: string;
  /** ISO date-time of the last sync that finished */
  syncedAt: string;
}

interface CacheSchema extends DBSchema {
  pages: { key: number; value: CachePage };
  meta: { key: string; value: SyncMeta };
}

export interface PageChanges {
  /** drop every page first (a full sync) */
  replaceAll: boolean;
  put: CachePage[];
  remove: number[];
  meta: SyncMeta;
}

/** where the pages live: IndexedDB in the browser, memory where IndexedDB is missing */
export interface CacheStorage {
  load(): Promise<{ pages: CachePage[]; meta: SyncMeta | undefined }>;
  apply(changes: PageChanges): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/** pages kept for this page load only (a browser without IndexedDB): the same bookkeeping, no file */
export class MemoryCacheStorage implements CacheStorage {
  private pages = new Map<number, CachePage>();
  private meta: SyncMeta | undefined;

  async load() {
    return { pages: [...this.pages.values()], meta: this.meta };
  }

  async apply(changes: PageChanges): Promise<void> {
    if (changes.replaceAll) this.pages.clear();
    for (const page of changes.remove) this.pages.delete(page);
    for (const page of changes.put) this.pages.set(page.page, page);
    this.meta = changes.meta;
  }

  async clear(): Promise<void> {
    this.pages.clear();
    this.meta = undefined;
  }

  close(): void {}
}

export class CacheDb implements CacheStorage {
  private constructor(private readonly db: IDBPDatabase<CacheSchema>) {}

  static async open(name: string): Promise<CacheDb> {
    const db = await openDB<CacheSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('pages', { keyPath: 'page' });
        database.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    return new CacheDb(db);
  }

  async load(): Promise<{ pages: CachePage[]; meta: SyncMeta | undefined }> {
    const tx = this.db.transaction(['pages', 'meta'], 'readonly');
    const [pages, meta] = await Promise.all([tx.objectStore('pages').getAll(), tx.objectStore('meta').get('sync'), tx.done]);
    return { pages, meta };
  }

  /** all changes of one sync in one transaction: it lands whole or not at all */
  async apply(changes: PageChanges): Promise<void> {
    const tx = this.db.transaction(['pages', 'meta'], 'readwrite');
    const pages = tx.objectStore('pages');
    // requests are queued without waiting for each: IndexedDB runs them in order within the transaction
    const requests: Promise<unknown>[] = [];
    if (changes.replaceAll) requests.push(pages.clear());
    for (const page of changes.remove) requests.push(pages.delete(page));
    for (const page of changes.put) requests.push(pages.put(page));
    requests.push(tx.objectStore('meta').put(changes.meta));
    await Promise.all([...requests, tx.done]);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['pages', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('meta').clear(), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
