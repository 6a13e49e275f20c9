// The delta reader of the server's metrics copy (GraphAcknowledgementStore.syncCountedPages) over
// HTTP against the emulator: it asks Graph for the counted fields only, reads them as the whole
// reader would, and keeps the delta rules (deletions, a refused link starting again from empty).
import type { CountedAcknowledgement } from '../../src/domain/acknowledgement';
import { GraphAcknowledgementStore, provision, SiteLists, type BadRow, type DeltaPage } from '../../src/storage/graph';
import { ACKNOWLEDGEMENTS_LIST } from '../../src/storage/list-definitions';
import { acknowledgementToFields } from '../../src/storage/record-fields';
import { startHarness, type Harness } from '../support/storage-emulator-harness';
import { fixtureAck } from '../support/storage-fixtures';

const COUNTED_KEYS = ['ackKey', 'checklistItemId', 'checklistId', 'actionId', 'productGroup', 'decision', 'reason', 'contextType', 'contextRef', 'team', 'staffAadId', 'ackAt'] as const;

const counted = (ack: CountedAcknowledgement): Record<string, unknown> =>
  Object.fromEntries(COUNTED_KEYS.filter((k) => ack[k] !== undefined).map((k) => [k, ack[k]]));

async function collect<T extends CountedAcknowledgement>(
  run: (onPage: (page: DeltaPage<T>) => void) => Promise<{ deltaLink: string; restarted: boolean }>,
): Promise<{ pages: DeltaPage<T>[]; deltaLink: string; restarted: boolean }> {
  const pages: DeltaPage<T>[] = [];
  const end = await run((page) => void pages.push(page));
  return { pages, ...end };
}

describe('the metrics copy\'s delta reader', () => {
  let h: Harness;
  let itemsPath: string;
  const badRows: BadRow[] = [];
  const store = () => new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId, deltaPageSize: 4, onBadRow: (row) => badRows.push(row) });

  beforeAll(async () => {
    h = await startHarness();
    await provision(h.http, h.siteId);
    const lists = new SiteLists(h.http, h.siteId);
    itemsPath = `${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}/items`;
    await store().append(Array.from({ length: 9 }, (_, i) => fixtureAck(i + 1, { contextTitle: `Bestek Nieuwe Weg ${i}`, team: i % 2 ? 'inkoop' : undefined, ...(i === 3 ? { actionId: 'a-1' } : {}) })));
    // a row edited by hand into something that is not an acknowledgement
    await h.http.post(itemsPath, { fields: { ...acknowledgementToFields(fixtureAck(10)), AckKey: 'bad' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('asks for the counted fields only, and reads each row as the whole reader does', async () => {
    h.requests.length = 0;
    badRows.length = 0;
    const countedSync = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(undefined, onPage));
    const deltaRequests = h.requests.map((r) => decodeURIComponent(r.url)).filter((url) => url.includes('/items/delta'));
    expect(deltaRequests).toHaveLength(3);
    const first = deltaRequests[0] ?? '';
    expect(first).toContain('$select=id,deleted');
    expect(first).toContain('fields($select=AckKey,');
    expect(first).not.toContain('ContextTitle');
    expect(countedSync.pages).toHaveLength(3);

    const whole = await store().sync();
    const rows = countedSync.pages.flatMap((p) => p.upserted);
    const ids = countedSync.pages.flatMap((p) => p.upsertedItemIds);
    expect(ids).toEqual(whole.upsertedItemIds);
    expect(rows).toEqual(whole.upserted.map(counted));
    expect(rows).toHaveLength(9);
    // no document title reaches the copy
    expect(JSON.stringify(rows)).not.toContain('Bestek');
    // the broken row: left out and reported by both readers
    expect(countedSync.pages.flatMap((p) => p.unreadableItemIds)).toEqual(['10']);
    expect(badRows.map((r) => r.itemId)).toEqual(['10', '10']);
    expect(badRows[0]?.message).toContain('ackKey');
  });

  it('then reports only deletions and changes, and after a 410 starts again from empty and says so', async () => {
    const full = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(undefined, onPage));
    await h.http.delete(`${itemsPath}/2`);
    await store().append([fixtureAck(20)]);
    const changes = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(full.deltaLink, onPage));
    expect(changes.restarted).toBe(false);
    expect(changes.pages.flatMap((p) => p.deletedItemIds)).toEqual(['2']);
    expect(changes.pages.flatMap((p) => p.upserted.map((a) => a.ackKey))).toEqual([fixtureAck(20).ackKey]);

    await store().append([fixtureAck(21)]);
    h.server.expireDeltaTokens();
    const restarted = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(changes.deltaLink, onPage));
    expect(restarted.restarted).toBe(true);
    expect(restarted.pages.map((p) => p.restarted)).toEqual([true, false, false]);
    expect(restarted.pages.flatMap((p) => p.upserted)).toHaveLength(10);
    expect(restarted.pages.flatMap((p) => p.deletedItemIds)).toEqual([]);
  });

  it('follows a delta link the whole reader left (the options are in the link): fields beyond the counted ones are ignored', async () => {
    const whole = await store().sync();
    await store().append([fixtureAck(22, { contextTitle: 'Nog een bestek' })]);
    const changes = await collect<CountedAcknowledgement>((onPage) => store().syncCountedPages(whole.deltaLink, onPage));
    const rows = changes.pages.flatMap((p) => p.upserted);
    expect(rows.map((a) => a.ackKey)).toEqual([fixtureAck(22).ackKey]);
    expect(rows[0]).toEqual(counted(fixtureAck(22)));
  });
});
