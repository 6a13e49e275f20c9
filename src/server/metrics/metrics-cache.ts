// The server's copy of the Acknowledgements list, for the dashboard's figures: rows in a SQLite
// file (so a restart reads the file, not the whole list again), counted from columns in memory
// (src/domain/metrics/metrics-columns.ts: one pass over a million rows per request), and kept
// current with Graph `items/delta`. Each delta page is written in one transaction and only then
// applied in memory; the delta link is stored last, so a sync cut off half-way is picked up again
// from the old link (upserts and deletions by item id can be applied twice). A refused link (410)
// or a first sync starts from empty. Coordinators' browsers never receive these rows: see
// docs/privacy.md.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { adoptionCells, MetricsColumns, protectedFigures, type AdoptionCell, type DashboardMetrics, type MetricsContent, type MetricsFilters } from '../../domain/metrics';
import { GraphRequestError, type DeltaPage } from '../../storage/graph';

/** what the cache reads the list with: the Graph adapter (GraphAcknowledgementStore) */
export interface PagedDeltaSource {
  syncPages(deltaLink: string | undefined, onPage: (page: DeltaPage) => void | Promise<void>): Promise<{ deltaLink: string; restarted: boolean }>;
}

export interface MetricsCacheLog {
  info(message: string, fields?: Record<string, unknown>): void;
}

export interface MetricsCacheOptions {
  /** the SQLite file (its folder is made), or ':memory:' */
  file: string;
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

export interface ProtectedFigures {
  metrics: DashboardMetrics;
  /** teams named in the filter that had fewer people than the minimum, left out */
  withheldTeams: string[];
  /** teams counted together under "Overig" in the per-team figures */
  foldedTeams: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS acks (item_id TEXT PRIMARY KEY, ack TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

export class MetricsCache {
  private columns: MetricsColumns;
  private running: Promise<CacheSyncReport> | undefined;
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly progressEvery: number;
  private readonly now: () => Date;
  private syncedAtValue: string | undefined;
  private closed = false;
  /** answers by filters, until the copy changes: a dashboard asks the same filters again and again */
  private readonly answers = new Map<string, ProtectedFigures>();

  private constructor(private readonly options: MetricsCacheOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // a forgotten person's rows are overwritten on disk, not only unlinked (docs/privacy.md)
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.upsert = this.db.prepare('INSERT INTO acks (item_id, ack) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET ack = excluded.ack');
    this.remove = this.db.prepare('DELETE FROM acks WHERE item_id = ?');
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

  private meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const slice = this.db.prepare<[string], { item_id: string; ack: string }>('SELECT item_id, ack FROM acks WHERE item_id > ? ORDER BY item_id LIMIT 20000');
    let rows = 0;
    let after = '';
    for (;;) {
      const found = slice.all(after);
      if (found.length === 0) break;
      for (const row of found) {
        this.columns.set(JSON.parse(row.ack) as Acknowledgement, row.item_id);
        if (++rows % this.progressEvery === 0) this.options.log?.info('metrics cache: loading the copy', { rows, ms: Math.round(performance.now() - started) });
      }
      after = found[found.length - 1]!.item_id;
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.syncedAtValue = this.meta('synced_at');
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
    let restarted = false;
    let upserted = 0;
    let deleted = 0;
    let nextProgress = this.progressEvery;
    if (previousLink === undefined) this.empty();
    const log = this.options.log;
    if (kind === 'full') log?.info('metrics cache: full sync started');

    const apply = this.db.transaction((page: DeltaPage) => {
      for (const id of page.deletedItemIds) this.remove.run(id);
      for (const id of page.unreadableItemIds) this.remove.run(id);
      page.upserted.forEach((ack, i) => this.upsert.run(page.upsertedItemIds[i]!, JSON.stringify(ack)));
    });
    const end = await this.options.source.syncPages(previousLink, (page) => {
      if (this.closed) throw new Error('the metrics cache was closed during a sync');
      if (page.restarted) {
        restarted = true;
        upserted = 0;
        deleted = 0;
        this.empty();
        log?.info('metrics cache: the delta link was refused; syncing from empty');
      }
      apply(page);
      for (const id of page.deletedItemIds) if (this.columns.remove(id)) deleted++;
      for (const id of page.unreadableItemIds) if (this.columns.remove(id)) deleted++;
      page.upserted.forEach((ack, i) => this.columns.set(ack, page.upsertedItemIds[i]!));
      if (page.upserted.length + page.deletedItemIds.length + page.unreadableItemIds.length > 0) this.answers.clear();
      upserted += page.upserted.length;
      if (upserted + deleted >= nextProgress) {
        nextProgress += this.progressEvery;
        log?.info('metrics cache: syncing', { rows: upserted + deleted, ms: Math.round(performance.now() - started) });
      }
    });
    if (this.closed) throw new Error('the metrics cache was closed during a sync');
    const syncedAt = this.now().toISOString();
    this.db.transaction(() => {
      this.setMeta('delta_link', end.deltaLink);
      this.setMeta('synced_at', syncedAt);
    })();
    this.syncedAtValue = syncedAt;
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
    this.db.exec('DELETE FROM acks; DELETE FROM meta;');
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
      answer = protectedFigures((f) => this.columns.aggregate({ today, filters: f }), filters, minContributors);
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
