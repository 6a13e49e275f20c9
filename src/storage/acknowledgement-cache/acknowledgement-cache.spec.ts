// The cache's bookkeeping with a scripted delta source; the same cache against the real emulator
// is in test/integration/acknowledgement-cache.test.ts.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { AcknowledgementCache, type DeltaSource, type ItemDelta } from './acknowledgement-cache';

let counter = 0;
const freshName = () => `cache-spec-${process.pid}-${++counter}`;

const ack = (key: string, decision: Acknowledgement['decision'] = 'applied'): Acknowledgement => ({
  ackKey: key,
  checklistItemId: 'item',
  checklistId: 'list',
  decision,
  contextType: 'procurement',
  contextRef: 'doc',
  source: 'tab',
  staffAadId: 'staff',
  contentVersion: '1.0.0',
  appVersion: '0.1.0',
  ackAt: '2026-01-01T00:00:00Z',
});

/** answers each sync with the next scripted delta, and records the link it was given */
function scripted(deltas: Omit<ItemDelta, 'deltaLink'>[]): DeltaSource & { links: (string | undefined)[] } {
  const links: (string | undefined)[] = [];
  return {
    links,
    async sync(deltaLink) {
      links.push(deltaLink);
      const next = deltas.shift();
      if (!next) throw new Error('no more scripted deltas');
      return { ...next, deltaLink: `link-${links.length}` };
    },
  };
}

const rows = (...keys: string[]) => ({ upserted: keys.map((k) => ack(k)), upsertedItemIds: keys.map((k) => k.replace('k', '')) });

async function storedPages(name: string): Promise<number[][]> {
  const db = await openDB(name);
  const pages = (await db.getAll('pages')) as { page: number; rows: { id: string }[] }[];
  db.close();
  return pages.map((p) => p.rows.map((r) => Number(r.id)));
}

describe('AcknowledgementCache bookkeeping', () => {
  it('fills pages in order, keeps a changed row in place and drops a page that empties', async () => {
    const name = freshName();
    const source = scripted([
      { ...rows('k1', 'k2', 'k3', 'k4', 'k5'), deletedItemIds: [], restarted: false },
      { upserted: [ack('k2', 'later'), ack('k6')], upsertedItemIds: ['2', '6'], deletedItemIds: ['3', '4'], restarted: false },
    ]);
    const cache = await AcknowledgementCache.open({ name, pageSize: 2 });
    await cache.refresh(source);
    expect(await storedPages(name)).toEqual([[1, 2], [3, 4], [5]]);
    const report = await cache.refresh(source);
    expect(report).toMatchObject({ kind: 'incremental', upserted: 2, deleted: 2, total: 4 });
    // page 1 emptied and went; row 6 joined the last page's free place
    expect(await storedPages(name)).toEqual([[1, 2], [5, 6]]);
    expect(cache.acknowledgements().find((a) => a.ackKey === 'k2')?.decision).toBe('later');
    // the second sync was asked for changes since the first one's link
    expect(source.links).toEqual([undefined, 'link-1']);
    cache.close();
  });

  it('ignores a deletion of a row it never had', async () => {
    const cache = await AcknowledgementCache.open({ name: freshName() });
    const source = scripted([
      { ...rows('k1'), deletedItemIds: [], restarted: false },
      { upserted: [], upsertedItemIds: [], deletedItemIds: ['99'], restarted: false },
    ]);
    await cache.refresh(source);
    expect(await cache.refresh(source)).toMatchObject({ deleted: 0, total: 1 });
    cache.close();
  });

  it('refuses a source that gives no item ids, and keeps what it had', async () => {
    const cache = await AcknowledgementCache.open({ name: freshName() });
    await cache.refresh(scripted([{ ...rows('k1'), deletedItemIds: [], restarted: false }]));
    const bad = scripted([{ upserted: [ack('k2')], upsertedItemIds: [], deletedItemIds: [], restarted: false }]);
    await expect(cache.refresh(bad)).rejects.toThrow(/no list item id/);
    expect(cache.acknowledgements().map((a) => a.ackKey)).toEqual(['k1']);
    cache.close();
  });

  it('refuses a page size that is not a whole number', async () => {
    await expect(AcknowledgementCache.open({ name: freshName(), pageSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('AcknowledgementCache in memory', () => {
  it('keeps the same bookkeeping for this page load', async () => {
    const cache = await AcknowledgementCache.inMemory({ pageSize: 2 });
    const source = scripted([
      { ...rows('k1', 'k2', 'k3'), deletedItemIds: [], restarted: false },
      { upserted: [], upsertedItemIds: [], deletedItemIds: ['1'], restarted: false },
      { ...rows('k9'), deletedItemIds: [], restarted: true },
    ]);
    expect(await cache.refresh(source)).toMatchObject({ kind: 'full', total: 3 });
    expect(await cache.refresh(source)).toMatchObject({ kind: 'incremental', deleted: 1, total: 2 });
    expect(await cache.refresh(source)).toMatchObject({ kind: 'restarted', total: 1 });
    expect(cache.acknowledgements().map((a) => a.ackKey)).toEqual(['k9']);
  });
});
