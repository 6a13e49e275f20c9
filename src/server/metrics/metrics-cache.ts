// The server's copy of the Acknowledgements list, for the dashboard's figures: rows in a SQLite
// file (so a restart reads the file, not the whole list again), counted from columns in memory
// (src/domain/metrics/metrics-columns.ts: one pass over a million rows per request), and kept
// current with Graph `items/delta`. Each delta page is written in one transaction and only then
// applied in memory; the delta link is stored last, so a sync cut off half-way is picked up again
// from the old link (upserts and deletions by item id can be applied twice). A refused link (410)
// or a first sync starts from empty. Coordinators' browsers never receive these rows: see
// docs/privacy.md.
//
// A row keeps only what is counted (stored-row.ts: no document title, no app or content version),
// and the document's reference (ContextRef: a OneDrive address names its owner and the file) only
// as a keyed hash (HMAC-SHA256 with a key kept beside the file): the figures only count distinct
// documents. A row is a JSON array under the list item's integer id, so that writing a million
// rows on a first sync costs little more than reading them; during a sync from empty the file is
// not flushed to disk after every page (a crash then leaves no delta link, and the next start
// syncs from empty again).
import Database from 'better-sqlite3';
import { createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { adoptionCells, MetricsColumns, protectedFigures, type AdoptionCell, type ProtectedFigures, type CountedAcknowledgement, type MetricsContent, type MetricsFilters } from '../../domain/metrics';
import { GraphRequestError, type DeltaPage } from '../../storage/graph';
import { ownerOnlyKey, prepareOwnerOnlyDatabase } from '../owner-only-files';
import { countedOfStored, storedOfCounted } from './stored-row';

/** one delta page of the counted fields */
export type CountedPage = DeltaPage<CountedAcknowledgement>;

/** what the cache reads the list with: the Graph adapter's counted delta (GraphAcknowledgementStore.syncCountedPages) */
export interface PagedDeltaSource {
  syncPages(deltaLink: string | undefined, onPage: (page: CountedPage) => void | Promise<void>): Promise<{ deltaLink: string; restarted: boolean }>;
}

export interface MetricsCacheLog {
  info(message: string, fields?: Record<string, unknown>): void;
}

export interface MetricsCacheOptions {
  /** the SQLite file (its folder is made; both owner-only), or ':memory:' */
  file: string;
  /** the key of the documents' hashes; `<file>.key` by default (made on first start), a new one per ':memory:' cache */
  keyFile?: string;
  content: MetricsContent;
  source: PagedDeltaSource;
  log?: MetricsCacheLog;
  /** a progress line every this many rows read or loaded; 100,000 by default */
  progressEvery?: number;
  now?: () => Date;
}

export interface CacheSyncReport {
  kind: 'full' | 'incremental' | 'restarted';
  upserted: number;
  deleted: number;
  /** rows in the copy now */
  total: number;
  ms: number;
  syncedAt: string;
}

export type { ProtectedFigures };

/**
 * the layout of the file; a file of another layout is emptied, and the next sync fills it from the
 * list (3: ContextRef as a keyed hash; files of 2 held the address itself)
 */
const SCHEMA_VERSION = '3';
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rows (item_id INTEGER PRIMARY KEY, ack TEXT NOT NULL);
`;

/** document references whose hashes are kept in memory at most */
const REF_HASHES_KEPT = 100_000;

/** rows written by one INSERT during a sync */
const UPSERT_BLOCK = 100;

/** SharePoint's list item ids are whole numbers (as text in Graph); the file keys rows by them */
function rowKey(itemId: string): number {
  const key = Number(itemId);
  if (!Number.isSafeInteger(key) || key < 0 || String(key) !== itemId) throw new Error(`the list item id '${itemId}' is not a whole number`);
  return key;
}

export class MetricsCache {
  private columns: MetricsColumns;
  private running: Promise<CacheSyncReport> | undefined;
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement<[number, string]>;
  private readonly upsertBlock: Database.Statement<(number | string)[]>;
  private readonly remove: Database.Statement<[number]>;
  private readonly progressEvery: number;
  private readonly now: () => Date;
  private syncedAtValue: string | undefined;
  private closed = false;
  /** answers by filters, until the copy changes: a dashboard asks the same filters again and again */
  private readonly answers = new Map<string, ProtectedFigures>();

  /** the key of the documents' hashes: they only need to be the same within this file */
  private readonly refKey: Buffer;
  private readonly refHashes = new Map<string, string>();

  private constructor(private readonly options: MetricsCacheOptions) {
    if (options.file === ':memory:') {
      this.refKey = randomBytes(32);
    } else {
      prepareOwnerOnlyDatabase(options.file);
      this.refKey = ownerOnlyKey(options.keyFile ?? `${options.file}.key`);
    }
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // a forgotten person's rows are overwritten on disk, not only unlinked (docs/privacy.md)
    this.db.pragma('secure_delete = ON');
    this.migrate();
    this.upsert = this.db.prepare('INSERT OR REPLACE INTO rows (item_id, ack) VALUES (?, ?)');
    this.upsertBlock = this.db.prepare(`INSERT OR REPLACE INTO rows (item_id, ack) VALUES ${Array.from({ length: UPSERT_BLOCK }, () => '(?, ?)').join(', ')}`);
    this.remove = this.db.prepare('DELETE FROM rows WHERE item_id = ?');
    this.columns = new MetricsColumns(options.content);
    this.progressEvery = options.progressEvery ?? 100_000;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * opens the file and reads the rows it holds into memory (no Graph request yet), in slices that
   * leave the event loop free for other requests in between
   */
  static async open(options: MetricsCacheOptions): Promise<MetricsCache> {
    const cache = new MetricsCache(options);
    try {
      await cache.load();
    } catch (error) {
      cache.close();
      throw error;
    }
    return cache;
  }

  /**
   * a file of an earlier layout (or none), or hashed with another key (its key file was replaced),
   * becomes an empty file of this one
   */
  private migrate(): void {
    const hasMeta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
    const keyCheck = this.hashOf('metrics cache key check');
    if (hasMeta && this.meta('schema') === SCHEMA_VERSION && this.meta('key_check') === keyCheck) {
      this.db.exec(SCHEMA);
      return;
    }
    this.db.exec('DROP TABLE IF EXISTS acks; DROP TABLE IF EXISTS rows; DROP TABLE IF EXISTS meta;');
    // the dropped rows are overwritten (secure_delete) and the file shrinks to what is left
    this.db.exec('VACUUM');
    this.db.exec(SCHEMA);
    this.setMeta('schema', SCHEMA_VERSION);
    this.setMeta('key_check', keyCheck);
  }

  private hashOf(text: string): string {
    return createHmac('sha256', this.refKey).update(text).digest('base64url');
  }

  /**
   * the row as the copy keeps it: the document's reference as its hash. A document has many rows
   * and an HMAC costs several microseconds (seconds over a first sync of a million rows), so the
   * hashes of recent references are kept in memory, not on disk
   */
  private pseudonymised(ack: CountedAcknowledgement): CountedAcknowledgement {
    let hash = this.refHashes.get(ack.contextRef);
    if (hash === undefined) {
      hash = this.hashOf(ack.contextRef);
      if (this.refHashes.size >= REF_HASHES_KEPT) this.refHashes.clear();
      this.refHashes.set(ack.contextRef, hash);
    }
    return { ...ack, contextRef: hash };
  }

  private meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const slice = this.db.prepare<[number], { item_id: number; ack: string }>('SELECT item_id, ack FROM rows WHERE item_id > ? ORDER BY item_id LIMIT 20000');
    let rows = 0;
    let after = -1;
    for (;;) {
      const found = slice.all(after);
      if (found.length === 0) break;
      for (const row of found) {
        this.columns.set(countedOfStored(row.ack), String(row.item_id));
        if (++rows % this.progressEvery === 0) this.options.log?.info('metrics cache: loading the copy', { rows, ms: Math.round(performance.now() - started) });
      }
      after = found[found.length - 1]!.item_id;
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.syncedAtValue = this.meta('synced_at');
    this.columns.prepareFilters();
    if (rows > 0) this.options.log?.info('metrics cache: copy loaded', { rows, ms: Math.round(performance.now() - started) });
  }

  /** rows in the copy */
  get size(): number {
    return this.columns.size;
  }

  /** when the last sync finished; undefined before the first */
  get syncedAt(): string | undefined {
    return this.syncedAtValue;
  }

  /** brings the copy up to date; a refresh asked for while one runs shares it */
  refresh(): Promise<CacheSyncReport> {
    this.running ??= this.sync().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sync(): Promise<CacheSyncReport> {
    try {
      return await this.syncFrom(this.meta('delta_link'));
    } catch (error) {
      // a link the Graph client will not follow (another server address): start from empty
      if (!(error instanceof GraphRequestError && error.code === 'foreignLink') || this.meta('delta_link') === undefined) throw error;
      this.options.log?.info('metrics cache: the stored delta link points elsewhere; syncing from empty');
      return this.syncFrom(undefined);
    }
  }

  private async syncFrom(previousLink: string | undefined): Promise<CacheSyncReport> {
    const started = performance.now();
    const kind: CacheSyncReport['kind'] = previousLink === undefined ? 'full' : 'incremental';
    if (previousLink === undefined) this.empty();
    if (kind === 'full') this.options.log?.info('metrics cache: full sync started');

    const apply = this.db.transaction((page: CountedPage, rows: readonly CountedAcknowledgement[]) => {
      for (const id of page.deletedItemIds) this.remove.run(rowKey(id));
      for (const id of page.unreadableItemIds) this.remove.run(rowKey(id));
      this.writeRows(rows, page.upsertedItemIds);
    });
    // a sync from empty writes the whole list: one flush at its end instead of one per page
    if (kind === 'full') this.db.pragma('synchronous = OFF');
    try {
      return await this.readPages(previousLink, kind, started, apply);
    } finally {
      if (!this.closed && kind === 'full') this.db.pragma('synchronous = NORMAL');
    }
  }

  /**
   * a page's rows into the file, a block of rows per statement (one call into SQLite per row cost
   * more than the insert itself); in the page's order, so of two changes to one item the later stays
   */
  private writeRows(upserted: readonly CountedAcknowledgement[], upsertedItemIds: readonly string[]): void {
    const params: (number | string)[] = new Array<number | string>(UPSERT_BLOCK * 2);
    let i = 0;
    for (; i + UPSERT_BLOCK <= upserted.length; i += UPSERT_BLOCK) {
      for (let j = 0; j < UPSERT_BLOCK; j++) {
        params[2 * j] = rowKey(upsertedItemIds[i + j]!);
        params[2 * j + 1] = storedOfCounted(upserted[i + j]!);
      }
      this.upsertBlock.run(...params);
    }
    for (; i < upserted.length; i++) this.upsert.run(rowKey(upsertedItemIds[i]!), storedOfCounted(upserted[i]!));
  }

  private async readPages(previousLink: string | undefined, kind: CacheSyncReport['kind'], started: number, apply: (page: CountedPage, rows: readonly CountedAcknowledgement[]) => void): Promise<CacheSyncReport> {
    const log = this.options.log;
    let restarted = false;
    let upserted = 0;
    let deleted = 0;
    let nextProgress = this.progressEvery;
    const applyPage = (page: CountedPage) => {
      if (this.closed) throw new Error('the metrics cache was closed during a sync');
      if (page.restarted) {
        restarted = true;
        upserted = 0;
        deleted = 0;
        this.empty();
        log?.info('metrics cache: the delta link was refused; syncing from empty');
      }
      const rows = page.upserted.map((ack) => this.pseudonymised(ack));
      apply(page, rows);
      for (const id of page.deletedItemIds) if (this.columns.remove(id)) deleted++;
      for (const id of page.unreadableItemIds) if (this.columns.remove(id)) deleted++;
      rows.forEach((ack, i) => this.columns.set(ack, page.upsertedItemIds[i]!));
      if (page.upserted.length + page.deletedItemIds.length + page.unreadableItemIds.length > 0) this.answers.clear();
      upserted += page.upserted.length;
      if (upserted + deleted >= nextProgress) {
        nextProgress += this.progressEvery;
        log?.info('metrics cache: syncing', { rows: upserted + deleted, ms: Math.round(performance.now() - started) });
      }
    };
    // a page is applied on the next turn of the event loop, after the request for the following
    // page has left: Graph makes that page while this one is written (one page in hand at most,
    // applied in order; a page that fails to apply stops the sync at the next page or at its end)
    let applying: Promise<void> = Promise.resolve();
    const end = await this.options.source
      .syncPages(previousLink, async (page) => {
        await applying;
        applying = new Promise<void>((resolve) => setImmediate(resolve)).then(() => applyPage(page));
        // handled here, thrown where it is awaited: the next page or the end of the sync
        applying.catch(() => undefined);
      })
      .finally(() => applying.catch(() => undefined));
    await applying;
    if (this.closed) throw new Error('the metrics cache was closed during a sync');
    const syncedAt = this.now().toISOString();
    // the rows reach the disk before the link that says they are there
    if (kind === 'full') this.db.pragma('synchronous = NORMAL');
    this.db.transaction(() => {
      this.setMeta('delta_link', end.deltaLink);
      this.setMeta('synced_at', syncedAt);
    })();
    this.syncedAtValue = syncedAt;
    // the filters' indexes are made here, after the sync, not by the first request that filters
    if (upserted + deleted > 0 || restarted) this.columns.prepareFilters();
    const report: CacheSyncReport = {
      kind: restarted ? 'restarted' : kind,
      upserted,
      deleted,
      total: this.columns.size,
      ms: Math.round(performance.now() - started),
      syncedAt,
    };
    if (report.kind !== 'incremental' || upserted + deleted > 0) log?.info('metrics cache: synced', { ...report });
    return report;
  }

  private empty(): void {
    this.db.exec("DELETE FROM rows; DELETE FROM meta WHERE key NOT IN ('schema', 'key_check');")
    this.columns = new MetricsColumns(this.options.content);
    this.answers.clear();
    // no figures from a half-filled copy: the copy counts as synced again when this sync ends
    this.syncedAtValue = undefined;
  }

  /** the figures for these filters, under the privacy rule (teams of fewer than `minContributors` people) */
  figures(filters: MetricsFilters, today: string, minContributors: number): ProtectedFigures {
    const key = JSON.stringify([filters, today, minContributors]);
    let answer = this.answers.get(key);
    if (!answer) {
      answer = protectedFigures(this.columns, { today, filters }, minContributors);
      // a bounded memory: the dashboard's presets and a coordinator's few combinations
      if (this.answers.size >= 200) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** the rows of the shared Adoption list, under the privacy rule */
  adoptionCells(minContributors: number): AdoptionCell[] {
    return adoptionCells(this.columns, minContributors);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
