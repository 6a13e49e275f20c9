// The dashboard's copy of the Acknowledgements list, kept in the browser and refreshed with Graph
// `items/delta`: the first sync reads the whole list (with progress), every later one only what was
// added, changed or deleted since the stored delta link. A delta query filters nothing, so it is
// not bound by the 5,000-item list view threshold. When SharePoint refuses an old link (410), the
// adapter starts over and says so, and the copy is replaced whole.
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { AcknowledgementDelta } from '../ports';
import { CacheDb, MemoryCacheStorage, type CachePage, type CachedRow, type CacheStorage, type SyncMeta } from './cache-db';

/** a delta result with the list item id of each upserted row, as the Graph adapter gives it */
export interface ItemDelta extends AcknowledgementDelta {
  /** parallel to `upserted` */
  upsertedItemIds: string[];
}

/** what the cache reads from: the Graph adapter's `sync` (GraphAcknowledgementStore) */
export interface DeltaSource {
  sync(deltaLink?: string, onProgress?: (itemsSoFar: number) => void): Promise<ItemDelta>;
}

export type SyncProgress =
  /** reading changes from the list: rows received so far */
  | { phase: 'fetching'; items: number }
  /** writing them to the browser's store */
  | { phase: 'saving'; items: number };

export interface SyncReport {
  /** full: there was no copy; incremental: only changes were read; restarted: the old link was refused and the copy replaced */
  kind: 'full' | 'incremental' | 'restarted';
  /** rows added or changed */
  upserted: number;
  /** rows removed */
  deleted: number;
  /** rows in the copy now */
  total: number;
  syncedAt: string;
}

export interface CacheOptions {
  /** the IndexedDB database name; one per site and list (see `cacheName`) */
  name: string;
  /** rows per stored page */
  pageSize?: number;
  now?: () => Date;
}

export const DEFAULT_PAGE_SIZE = 250;

/** one database per Graph endpoint and site, so a copy never mixes two lists */
export function cacheName(graphBaseUrl: string, siteId: string): string {
  return `circular-choices-acks:${graphBaseUrl.replace(/\/+$/, '')}:${siteId}`;
}

export class AcknowledgementCache {
  /** page number → its rows by item id */
  private readonly pages = new Map<number, Map<string, Acknowledgement>>();
  /** item id → the page it is on */
  private readonly pageOf = new Map<string, number>();
  private meta: SyncMeta | undefined;
  private running: Promise<SyncReport> | undefined;
  private snapshot: Acknowledgement[] | undefined;

  private constructor(
    private readonly db: CacheStorage,
    private readonly pageSize: number,
    private readonly now: () => Date,
  ) {}

  /** opens (or creates) the copy in IndexedDB and reads it into memory */
  static async open(options: CacheOptions): Promise<AcknowledgementCache> {
    return AcknowledgementCache.on(await CacheDb.open(options.name), options);
  }

  /** a copy for this page load only, where the browser has no IndexedDB */
  static inMemory(options: Omit<CacheOptions, 'name'> = {}): Promise<AcknowledgementCache> {
    return AcknowledgementCache.on(new MemoryCacheStorage(), options);
  }

  private static async on(db: CacheStorage, options: Omit<CacheOptions, 'name'>): Promise<AcknowledgementCache> {
    const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < 1) {
      db.close();
      throw new RangeError(`pageSize must be a whole number, at least 1 (got ${pageSize})`);
    }
    const cache = new AcknowledgementCache(db, pageSize, options.now ?? (() => new Date()));
    const { pages, meta } = await db.load();
    cache.meta = meta;
    for (const page of pages) cache.fill(page);
    return cache;
  }

  private fill(page: CachePage): void {
    const rows = new Map<string, Acknowledgement>();
    for (const row of page.rows) {
      rows.set(row.id, row.ack);
      this.pageOf.set(row.id, page.page);
    }
    this.pages.set(page.page, rows);
  }

  /** rows in the copy */
  get count(): number {
    return this.pageOf.size;
  }

  /** when the last sync finished; undefined before the first */
  get syncedAt(): string | undefined {
    return this.meta?.syncedAt;
  }

  /** every acknowledgement in the copy (the same array until the next refresh) */
  acknowledgements(): readonly Acknowledgement[] {
    if (!this.snapshot) {
      const all: Acknowledgement[] = [];
      for (const rows of this.pages.values()) for (const ack of rows.values()) all.push(ack);
      this.snapshot = all;
    }
    return this.snapshot;
  }

  /** brings the copy up to date; a refresh asked for while one runs shares it */
  refresh(source: DeltaSource, onProgress?: (progress: SyncProgress) => void): Promise<SyncReport> {
    this.running ??= this.sync(source, onProgress).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sync(source: DeltaSource, onProgress?: (progress: SyncProgress) => void): Promise<SyncReport> {
    const previousLink = this.meta?.deltaLink;
    const delta = await source.sync(previousLink, (items) => onProgress?.({ phase: 'fetching', items }));
    if (delta.upsertedItemIds.length !== delta.upserted.length) {
      throw new Error('the delta source gave no list item id for some rows: the copy cannot apply later deletions');
    }
    const replaceAll = previousLink === undefined || delta.restarted;
    onProgress?.({ phase: 'saving', items: delta.upserted.length + delta.deletedItemIds.length });

    // work on copies of the maps, so a failed write leaves memory as it was on disk
    const pages = replaceAll ? new Map<number, Map<string, Acknowledgement>>() : new Map(this.pages);
    const pageOf = replaceAll ? new Map<string, number>() : new Map(this.pageOf);
    const touched = new Set<number>();
    const edit = (page: number): Map<string, Acknowledgement> => {
      if (!touched.has(page)) {
        touched.add(page);
        pages.set(page, new Map(pages.get(page)));
      }
      return pages.get(page)!;
    };

    let deleted = 0;
    for (const id of delta.deletedItemIds) {
      const page = pageOf.get(id);
      if (page === undefined) continue;
      edit(page).delete(id);
      pageOf.delete(id);
      deleted++;
    }

    // new rows fill the last page, then open new ones; a changed row stays on its page
    let open = pages.size === 0 ? 0 : Math.max(...pages.keys());
    delta.upserted.forEach((ack, i) => {
      const id = delta.upsertedItemIds[i]!;
      const page = pageOf.get(id);
      if (page !== undefined) {
        edit(page).set(id, ack);
        return;
      }
      if ((pages.get(open)?.size ?? 0) >= this.pageSize) open++;
      edit(open).set(id, ack);
      pageOf.set(id, open);
    });

    const put: CachePage[] = [];
    const remove: number[] = [];
    for (const page of touched) {
      const rows = pages.get(page)!;
      if (rows.size === 0) {
        pages.delete(page);
        remove.push(page);
      } else {
        put.push({ page, rows: [...rows].map(([id, ack]): CachedRow => ({ id, ack })) });
      }
    }
    const meta: SyncMeta = { key: 'sync', deltaLink: delta.deltaLink, syncedAt: this.now().toISOString() };
    await this.db.apply({ replaceAll, put, remove, meta });

    this.pages.clear();
    for (const [page, rows] of pages) this.pages.set(page, rows);
    this.pageOf.clear();
    for (const [id, page] of pageOf) this.pageOf.set(id, page);
    this.meta = meta;
    this.snapshot = undefined;
    return {
      kind: previousLink === undefined ? 'full' : delta.restarted ? 'restarted' : 'incremental',
      upserted: delta.upserted.length,
      deleted,
      total: this.pageOf.size,
      syncedAt: meta.syncedAt,
    };
  }

  /** forgets the copy; the next refresh is a full sync */
  async clear(): Promise<void> {
    await this.db.clear();
    this.pages.clear();
    this.pageOf.clear();
    this.meta = undefined;
    this.snapshot = undefined;
  }

  close(): void {
    this.db.close();
  }
}
