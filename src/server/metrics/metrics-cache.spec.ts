// The server's copy of the list: a first sync fills it, later ones apply changes and deletions, a
// refused link replaces it whole, and a restart reads it back from its file without a full sync.
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { MetricsColumns, metricsContent, protectedFigures, type MetricsFilters } from '../../domain/metrics';
import type { DeltaPage } from '../../storage/graph';
import { countedAck } from '../../../test/support/counted-ack';
import { MetricsCache, type PagedDeltaSource } from './metrics-cache';

const content = metricsContent({ checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never, actions: [] });

const openAt = (file: string, source: PagedDeltaSource) => MetricsCache.open({ file, content, source });
/** a copy synced once and closed, as a running app leaves it before a restart */
async function syncedAndClosed(file: string, source: PagedDeltaSource): Promise<void> {
  const cache = await openAt(file, source);
  await cache.refresh();
  cache.close();
}

/** the rows as the copy's file holds them */
function storedRows(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const stored = (db.prepare('SELECT ack FROM rows').all() as { ack: string }[]).map((r) => r.ack);
  db.close();
  return stored;
}

const ack = (n: number, team = 'inkoop'): Acknowledgement => countedAck(n, { ackKey: `key-${String(n).padStart(4, '0')}`, team });

/** a list held in a map; each sync gives what changed since the link it is handed */
class FakeList implements PagedDeltaSource {
  readonly rows = new Map<string, Acknowledgement>();
  private changes: { id: string; deleted: boolean }[] = [];
  refuse = false;
  links: (string | undefined)[] = [];
  pageSize: number | undefined;
  /** pages handed out */
  requested = 0;

  put(id: string, value: Acknowledgement) {
    this.rows.set(id, value);
    this.changes.push({ id, deleted: false });
  }

  delete(id: string) {
    this.rows.delete(id);
    this.changes.push({ id, deleted: true });
  }

  async syncPages(link: string | undefined, onPage: (page: DeltaPage) => void | Promise<void>) {
    this.links.push(link);
    let from = link === undefined ? 0 : Number(link);
    let restarted = false;
    if (this.refuse && link !== undefined) {
      restarted = true;
      from = 0;
      this.refuse = false;
    }
    const ids = from === 0 ? [...this.rows.keys()].map((id) => ({ id, deleted: false })) : this.changes.slice(from);
    // two pages (or pages of pageSize), to apply page by page
    const size = this.pageSize ?? Math.max(1, Math.ceil(ids.length / 2));
    const parts = [];
    for (let at = 0; at < ids.length || at === 0; at += size) parts.push(ids.slice(at, at + size));
    for (const [i, part] of parts.entries()) {
      this.requested++;
      const live = part.filter((c) => !c.deleted && this.rows.has(c.id));
      await onPage({
        upserted: live.map((c) => this.rows.get(c.id)!),
        upsertedItemIds: live.map((c) => c.id),
        deletedItemIds: part.filter((c) => c.deleted).map((c) => c.id),
        unreadableItemIds: [],
        restarted: restarted && i === 0,
      });
    }
    return { deltaLink: String(this.changes.length), restarted };
  }
}

describe('MetricsCache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'metrics-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fills itself, then applies only the changes, and counts from what it holds', async () => {
    const list = new FakeList();
    for (let n = 1; n <= 6; n++) list.put(String(n), ack(n));
    const lines: string[] = [];
    const cache = await MetricsCache.open({ file: join(dir, 'c.sqlite'), content, source: list, log: { info: (m) => lines.push(m) } });
    expect(cache.syncedAt).toBeUndefined();
    expect((await cache.refresh()).kind).toBe('full');
    expect(cache.figures({}, '2026-06-30', 5).metrics.byTeam.map((b) => [b.key, b.count])).toEqual([['inkoop', 6]]);

    // the same filters give the same answer until the copy changes
    const asked = cache.figures({}, '2026-06-30', 5);
    expect(cache.figures({}, '2026-06-30', 5)).toBe(asked);
    list.delete('6');
    list.put('7', ack(7, 'vastgoed'));
    const report = await cache.refresh();
    expect(report).toMatchObject({ kind: 'incremental', upserted: 1, deleted: 1, total: 6 });
    expect(list.links.at(-1)).toBe('6');
    // vastgoed's one person alone under Overig would be that person's figures: the smallest team shown joins them
    expect(cache.figures({}, '2026-06-30', 5).metrics.byTeam.map((b) => [b.key, b.count])).toEqual([['Overig', 6]]);
    expect(cache.figures({}, '2026-06-30', 5)).not.toBe(asked);
    expect(lines).toContain('metrics cache: synced');
    cache.close();
  });

  it('starts from empty when the list refuses its link', async () => {
    const list = new FakeList();
    for (let n = 1; n <= 3; n++) list.put(String(n), ack(n));
    const cache = await MetricsCache.open({ file: join(dir, 'c.sqlite'), content, source: list });
    await cache.refresh();
    list.rows.delete('3'); // gone without a trace in the change log: only a full read notices
    list.refuse = true;
    const report = await cache.refresh();
    expect(report).toMatchObject({ kind: 'restarted', total: 2 });
    cache.close();
  });

  it('reads its file back after a restart and asks only for the changes since', async () => {
    const list = new FakeList();
    for (let n = 1; n <= 4; n++) list.put(String(n), ack(n));
    const file = join(dir, 'c.sqlite');
    await syncedAndClosed(file, list);

    list.put('5', ack(5));
    const again = await openAt(file, list);
    expect(again.size).toBe(4);
    expect(again.syncedAt).toBeDefined();
    expect(await again.refresh()).toMatchObject({ kind: 'incremental', upserted: 1, total: 5 });
    again.close();
  });

  it('keeps in its file only what the figures count: no document title, no versions', async () => {
    const list = new FakeList();
    list.put('1', { ...ack(1), contextTitle: 'Aanbesteding Dorpsstraat', reason: undefined });
    const file = join(dir, 'c.sqlite');
    await syncedAndClosed(file, list);
    const stored = storedRows(file);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain('Dorpsstraat');
    expect(stored[0]).toContain('person-1');
  });

  it('keeps a document\'s address only as a keyed hash, and counts documents as before', async () => {
    const address = 'https://gemeente-my.sharepoint.com/personal/j_jansen_gemeente_nl/Documents/Bestek%20Dorpsstraat.docx';
    const list = new FakeList();
    list.put('1', { ...ack(1), contextRef: address });
    list.put('2', { ...ack(2), contextRef: address, checklistItemId: 'roads-1', decision: 'later' });
    list.put('3', ack(3));
    const file = join(dir, 'c.sqlite');
    const cache = await openAt(file, list);
    await cache.refresh();
    expect(cache.figures({}, '2026-06-30', 1).metrics.adoption.checkedDocuments).toBe(2);
    const stored = storedRows(file).join('\n');
    expect(stored).toContain('person-1');
    for (const part of [address, 'j_jansen', 'Dorpsstraat', 'doc-3']) expect(stored).not.toContain(part);
    // nor anywhere in its files, the write-ahead log included
    const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
    for (const part of ['j_jansen', 'Dorpsstraat']) expect(bytes).not.toContain(part);
    cache.close();

    // the hash stays the same across a restart: a later choice on the same document counts it once
    list.put('4', { ...ack(4), contextRef: address });
    const again = await openAt(file, list);
    expect(await again.refresh()).toMatchObject({ kind: 'incremental', total: 4 });
    expect(again.figures({}, '2026-06-30', 1).metrics.adoption.checkedDocuments).toBe(2);
    again.close();
  });

  it('empties a copy whose key file was replaced, and syncs from empty', async () => {
    const list = new FakeList();
    for (let n = 1; n <= 3; n++) list.put(String(n), ack(n));
    const file = join(dir, 'c.sqlite');
    await syncedAndClosed(file, list);
    rmSync(`${file}.key`);
    const again = await openAt(file, list);
    expect(again.size).toBe(0);
    expect(await again.refresh()).toMatchObject({ kind: 'full', total: 3 });
    expect(again.figures({}, '2026-06-30', 1).metrics.adoption.checkedDocuments).toBe(3);
    again.close();
  });

  it('empties a file of layout 2, which held the addresses themselves, and leaves none of them on disk', async () => {
    const file = join(dir, 'c.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; CREATE TABLE rows (item_id INTEGER PRIMARY KEY, ack TEXT NOT NULL);');
    old.prepare('INSERT INTO meta VALUES (?, ?)').run('schema', '2');
    old.prepare('INSERT INTO meta VALUES (?, ?)').run('delta_link', '2');
    old.prepare('INSERT INTO rows VALUES (?, ?)').run(9, JSON.stringify(['key-0009', 'roads-1', 'roads', null, null, 'applied', null, 'procurement', 'https://x-my.sharepoint.com/personal/p_pietersen_x_nl/Documents/Oud.docx', 'inkoop', 'person-9', '2026-06-01T09:00:00Z']));
    old.close();
    const list = new FakeList();
    for (let n = 1; n <= 2; n++) list.put(String(n), ack(n));
    const cache = await openAt(file, list);
    expect(cache.size).toBe(0);
    expect(await cache.refresh()).toMatchObject({ kind: 'full', total: 2 });
    expect(list.links).toEqual([undefined]);
    cache.close();
    expect(readFileSync(file).toString('latin1')).not.toContain('p_pietersen');
  });

  it('makes its folder, its file (with the write-ahead log) and its key for the server\'s account only', async () => {
    const folder = join(dir, 'data', 'metrics');
    const file = join(folder, 'c.sqlite');
    const list = new FakeList();
    list.put('1', ack(1));
    const cache = await openAt(file, list);
    await cache.refresh();
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    expect([mode(join(dir, 'data')), mode(folder)]).toEqual(['700', '700']);
    expect([file, `${file}-wal`, `${file}-shm`, `${file}.key`].map(mode)).toEqual(['600', '600', '600', '600']);
    cache.close();

    // a file made before this rule is narrowed when it is opened
    chmodSync(file, 0o644);
    chmodSync(`${file}.key`, 0o644);
    const again = await openAt(file, list);
    expect([file, `${file}-wal`, `${file}.key`].map(mode)).toEqual(['600', '600', '600']);
    expect(again.size).toBe(1);
    again.close();
  });

  it('empties a file of the earlier layout, and syncs from empty into the new one', async () => {
    const file = join(dir, 'c.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE acks (item_id TEXT PRIMARY KEY, ack TEXT NOT NULL) WITHOUT ROWID; CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;');
    old.prepare('INSERT INTO acks VALUES (?, ?)').run('9', JSON.stringify(ack(9)));
    old.prepare('INSERT INTO meta VALUES (?, ?)').run('delta_link', '0');
    old.close();
    const list = new FakeList();
    for (let n = 1; n <= 2; n++) list.put(String(n), ack(n));
    const cache = await openAt(file, list);
    expect(cache.size).toBe(0);
    expect(await cache.refresh()).toMatchObject({ kind: 'full', total: 2 });
    expect(list.links).toEqual([undefined]);
    cache.close();
  });

  it('stops at a page it cannot apply, keeps the old link, and reads those changes again next time', async () => {
    const list = new FakeList();
    list.pageSize = 2;
    for (let n = 1; n <= 4; n++) list.put(String(n), ack(n));
    const cache = await MetricsCache.open({ file: join(dir, 'c.sqlite'), content, source: list });
    await cache.refresh();
    list.put('5', ack(5));
    list.put('6', ack(6));
    list.put('not-a-number', ack(7));
    list.put('8', ack(8));
    for (let n = 9; n <= 11; n++) list.put(String(n), ack(n));
    await expect(cache.refresh()).rejects.toThrow(/not a whole number/);
    // pages of this sync: [5, 6], [bad, 8], [9, 10], [11]; the third was asked for while the
    // second was applied, the fourth never (one page in hand at most)
    expect(list.requested).toBe(2 + 3);
    expect(cache.size).toBe(6);
    list.rows.delete('not-a-number');
    expect(await cache.refresh()).toMatchObject({ kind: 'incremental', total: 10 });
    expect(list.links.slice(1)).toEqual(['4', '4']);
    cache.close();
  });

  it('writes large pages in blocks of rows, an item changed twice among them, and reads them back the same', async () => {
    const list = new FakeList();
    list.pageSize = 500;
    for (let n = 1; n <= 450; n++) list.put(String(n), ack(n, n % 3 ? 'inkoop' : 'vastgoed'));
    const file = join(dir, 'c.sqlite');
    const cache = await openAt(file, list);
    expect(await cache.refresh()).toMatchObject({ kind: 'full', upserted: 450 });
    for (let n = 451; n <= 750; n++) list.put(String(n), ack(n, 'wegen'));
    list.put('7', ack(7, 'ict'));
    list.put('7', { ...ack(7, 'ict'), decision: 'later' });
    expect(await cache.refresh()).toMatchObject({ kind: 'incremental', total: 750 });
    cache.close();

    const again = await openAt(file, list);
    const direct = new MetricsColumns(content);
    for (const [id, value] of list.rows) direct.set(value, id);
    expect(again.size).toBe(750);
    for (const f of [{}, { teams: ['ict', 'wegen'] }] as MetricsFilters[]) {
      expect(again.figures(f, '2026-06-30', 1)).toEqual(protectedFigures(direct, { today: '2026-06-30', filters: f }, 1));
    }
    expect(again.figures({ teams: ['ict'] }, '2026-06-30', 1).metrics.decisions.recorded).toMatchObject({ later: 1, applied: 0 });
    again.close();
  });

  it('counts over many pages of random changes exactly as a direct count of the rows left', async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const teams = ['inkoop', 'vastgoed', 'wegen', 'ict'];
    const decisions = ['applied', 'considered', 'not-applicable', 'later'] as const;
    const row = (n: number): Acknowledgement => ({
      ...ack(n, teams[random(teams.length)]),
      decision: decisions[random(decisions.length)]!,
      staffAadId: `person-${random(12)}`,
      contextRef: `doc-${random(40)}`,
      ackAt: `2026-0${1 + random(6)}-${String(1 + random(28)).padStart(2, '0')}T0${random(10)}:00:00Z`,
    });
    const list = new FakeList();
    list.pageSize = 7;
    const file = join(dir, 'c.sqlite');
    let cache = await openAt(file, list);
    let next = 1;
    const filters: MetricsFilters[] = [{}, { teams: ['inkoop'] }, { teams: ['vastgoed', 'wegen'], from: '2026-03-01' }, { from: '2026-02-01', to: '2026-04-30' }];
    for (let round = 0; round < 6; round++) {
      for (let k = 0; k < 60; k++) list.put(String(next++), row(next));
      for (let k = 0; k < 15; k++) list.put(String(1 + random(next - 1)), row(next + k));
      for (let k = 0; k < 10; k++) list.delete(String(1 + random(next - 1)));
      await cache.refresh();
      if (round === 3) {
        cache.close();
        cache = await openAt(file, list);
      }
      const direct = new MetricsColumns(content);
      for (const [id, value] of list.rows) direct.set(value, id);
      expect(cache.size).toBe(list.rows.size);
      for (const f of filters) {
        expect(cache.figures(f, '2026-06-30', 5)).toEqual(protectedFigures(direct, { today: '2026-06-30', filters: f }, 5));
      }
    }
    cache.close();
  });
});
