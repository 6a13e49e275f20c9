// Contract: items/delta in the emulator enumerates in pages, then reports only what changed
// (creations, updates, deletions as markers), and answers an unusable token 410 Gone with a
// Location to restart from.
import { graphError, startTestEmulator, type TestEmulator } from '../support/emulator-harness';
import { ackFields, addRows, createAcknowledgementsList, createList, type CreatedList } from '../support/emulator-fixtures';
import { ACKNOWLEDGEMENTS_LIST } from '../../src/storage/list-definitions';
import { schemaProblems } from '../support/emulator-schema';

type DeltaEntry = { id: string; deleted?: { state: string }; fields?: Record<string, unknown> };
type DeltaPage = { value: DeltaEntry[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

const q = (text: string): string => encodeURIComponent(text);

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());

/** follows next links until a delta link; returns every entry and the number of requests */
async function syncFrom(start: string): Promise<{ entries: DeltaEntry[]; deltaLink: string; requests: number }> {
  const entries: DeltaEntry[] = [];
  let link = start;
  for (let requests = 1; ; requests++) {
    const page = await emulator.call<DeltaPage>('GET', link);
    if (page.status !== 200) throw new Error(`delta answered ${page.status}: ${JSON.stringify(page.body)}`);
    expect(page.body['@odata.nextLink'] !== undefined && page.body['@odata.deltaLink'] !== undefined).toBe(false);
    entries.push(...page.body.value);
    const deltaLink = page.body['@odata.deltaLink'];
    if (deltaLink) return { entries, deltaLink, requests };
    link = page.body['@odata.nextLink'] as string;
    expect(link.startsWith(`${emulator.baseUrl}/sites/`)).toBe(true);
    expect(link).toContain('$skiptoken=');
  }
}

describe('items/delta', () => {
  let list: CreatedList;
  let deltaLink: string;

  beforeAll(async () => {
    list = await createAcknowledgementsList(emulator);
    await addRows(emulator, list.path, Array.from({ length: 5 }, (_, i) => ackFields(i + 1)));
  });

  it('enumerates every live item from empty in pages, ending with an absolute deltaLink', async () => {
    const sync = await syncFrom(`${list.path}/items/delta?$expand=fields&$top=2`);
    expect(sync.requests).toBe(3);
    expect(sync.entries.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5']);
    for (const entry of sync.entries) expect(schemaProblems('listItem', entry)).toEqual([]);
    expect(sync.entries[0]?.fields).toMatchObject({ AckKey: 'ack-1', Decision: 'later' });
    expect(sync.deltaLink.startsWith(`${emulator.baseUrl}/sites/`)).toBe(true);
    deltaLink = sync.deltaLink;
  });

  it('leaves fields out unless $expand=fields asks for them, and keeps only the selected ones', async () => {
    const bare = await emulator.call<DeltaPage>('GET', `${list.path}/items/delta`);
    expect(bare.body.value[0]?.fields).toBeUndefined();
    const selected = await emulator.call<DeltaPage>('GET', `${list.path}/items/delta?$expand=${q('fields($select=AckKey)')}`);
    expect(Object.keys(selected.body.value[0]?.fields ?? {}).sort()).toEqual(['@odata.etag', 'AckKey']);
  });

  it('then reports only what changed: a new item, an updated one and a deletion marker', async () => {
    await emulator.call('POST', `${list.path}/items`, { body: { fields: ackFields(6) } });
    await emulator.call('PATCH', `${list.path}/items/2/fields`, { body: { Reason: 'changed' } });
    await emulator.call('PATCH', `${list.path}/items/2/fields`, { body: { Team: 'inkoop' } });
    await emulator.call('DELETE', `${list.path}/items/3`);
    const sync = await syncFrom(deltaLink);
    // the delta link keeps the options of the first call: pages of 2
    expect(sync.requests).toBe(2);
    expect(sync.entries).toHaveLength(3);
    const byId = new Map(sync.entries.map((e) => [e.id, e]));
    expect(byId.get('6')?.fields).toMatchObject({ AckKey: 'ack-6' });
    // the latest state, once, however often it changed; the link kept $expand=fields
    expect(byId.get('2')?.fields).toMatchObject({ Reason: 'changed', Team: 'inkoop', _UIVersionString: '3.0' });
    expect(byId.get('3')).toEqual({ id: '3', deleted: { state: 'deleted' } });
    const quiet = await syncFrom(sync.deltaLink);
    expect(quiet.entries).toEqual([]);
    deltaLink = quiet.deltaLink;
  });

  it('gives only a delta link for token=latest, and the changes after it', async () => {
    const latest = await emulator.call<DeltaPage>('GET', `${list.path}/items/delta?token=latest&$expand=fields`);
    expect(latest.body.value).toEqual([]);
    const link = latest.body['@odata.deltaLink'] as string;
    expect(link).toContain('token=');
    await emulator.call('PATCH', `${list.path}/items/1/fields`, { body: { Reason: 'later on' } });
    const sync = await syncFrom(link);
    expect(sync.entries.map((e) => [e.id, e.fields?.Reason])).toEqual([['1', 'later on']]);
  });

  it('reports an item deleted while the first enumeration was running', async () => {
    const first = await emulator.call<DeltaPage>('GET', `${list.path}/items/delta?$top=2`);
    const seen = first.body.value.map((e) => e.id);
    await emulator.call('DELETE', `${list.path}/items/${seen[0] ?? ''}`);
    const rest = await syncFrom(first.body['@odata.nextLink'] as string);
    expect(rest.entries).toContainEqual({ id: seen[0], deleted: { state: 'deleted' } });
  });

  it('serves 100 changes in one request', async () => {
    const before = await emulator.call<DeltaPage>('GET', `${list.path}/items/delta?token=latest`);
    await addRows(emulator, list.path, Array.from({ length: 100 }, (_, i) => ackFields(1000 + i)));
    const sync = await syncFrom(before.body['@odata.deltaLink'] as string);
    expect(sync.requests).toBe(1);
    expect(sync.entries).toHaveLength(100);
  });

  it('answers an expired token 410 Gone with a Location that restarts the sync from empty', async () => {
    emulator.server.expireDeltaTokens();
    const gone = await emulator.call<DeltaPage>('GET', deltaLink);
    expect(gone.status).toBe(410);
    expect(graphError(gone).code).toBe('resyncRequired');
    const location = gone.headers.get('location') ?? '';
    expect(location).toBe(`${emulator.baseUrl}${deltaLink.slice(emulator.baseUrl.length).split('?')[0] ?? ''}?$expand=fields&$top=2`);
    const restarted = await syncFrom(location);
    const live = await emulator.call<{ value: unknown[] }>('GET', `${list.path}/items?$top=500`);
    expect(restarted.entries).toHaveLength(live.body.value.length);
    expect(restarted.entries.every((e) => e.deleted === undefined && e.fields !== undefined)).toBe(true);
  });

  it('answers a token it never gave, or one of another list, 410 Gone', async () => {
    const garbage = await emulator.call('GET', `${list.path}/items/delta?token=bm90LWEtdG9rZW4`);
    expect(garbage.status).toBe(410);
    const other = await createList(emulator, { displayName: 'Other list', columns: [...ACKNOWLEDGEMENTS_LIST.columns] });
    const latest = await emulator.call<DeltaPage>('GET', `${other.path}/items/delta?token=latest`);
    const token = new URL(latest.body['@odata.deltaLink'] as string).searchParams.get('token') ?? '';
    const crossed = await emulator.call('GET', `${list.path}/items/delta?token=${token}`);
    expect(crossed.status).toBe(410);
  });

  it('starts from empty with the live items only: deletions made before are not reported', async () => {
    const fresh = await createList(emulator, { displayName: 'Fresh list', columns: [...ACKNOWLEDGEMENTS_LIST.columns] });
    await addRows(emulator, fresh.path, [ackFields(1), ackFields(2), ackFields(3)]);
    await emulator.call('DELETE', `${fresh.path}/items/2`);
    const sync = await syncFrom(`${fresh.path}/items/delta`);
    expect(sync.entries.map((e) => [e.id, e.deleted])).toEqual([
      ['1', undefined],
      ['3', undefined],
    ]);
  });

  it('refuses $filter and $orderby on delta (400)', async () => {
    const answer = await emulator.call('GET', `${list.path}/items/delta?$filter=${q("fields/AckKey eq 'x'")}`);
    expect(answer.status).toBe(400);
  });
});

describe('items/delta with $select and fields($select=…), as the server\'s metrics copy asks', () => {
  const COUNTED = ['AckKey', 'ChecklistItemId', 'ChecklistId', 'ActionId', 'ProductGroup', 'Decision', 'Reason', 'ContextType', 'ContextRef', 'Team', 'StaffAadId', 'AckAt'];
  const query = `$select=id,deleted&$expand=${q(`fields($select=${COUNTED.join(',')})`)}&$top=3`;
  let list: CreatedList;

  beforeAll(async () => {
    list = await createList(emulator, { displayName: 'Counted acknowledgements', columns: [...ACKNOWLEDGEMENTS_LIST.columns], list: { template: 'genericList' } });
    // some rows with an action and a reason, some without: empty fields are left out
    await addRows(emulator, list.path, Array.from({ length: 7 }, (_, i) => ackFields(i + 1, i % 2 === 0 ? { ActionId: `action-${i}`, Reason: `te duur "${i}" \\ ja` } : {})));
  });

  it('gives each item only its id, etag and the selected fields that have a value, valid listItems', async () => {
    const sync = await syncFrom(`${list.path}/items/delta?${query}`);
    expect(sync.requests).toBe(3);
    expect(sync.entries).toHaveLength(7);
    for (const entry of sync.entries) {
      expect(schemaProblems('listItem', entry)).toEqual([]);
      expect(Object.keys(entry).sort()).toEqual(['@odata.etag', 'fields', 'id']);
      const keys = Object.keys(entry.fields ?? {});
      expect(keys.filter((k) => k !== '@odata.etag' && !COUNTED.includes(k))).toEqual([]);
      expect(keys).not.toContain('ContextTitle');
      expect(Object.values(entry.fields ?? {})).not.toContain(null);
    }
    expect(sync.entries[0]?.fields).toMatchObject({ AckKey: 'ack-1', ActionId: 'action-0', Reason: 'te duur "0" \\ ja' });
    expect(sync.entries[1]?.fields).not.toHaveProperty('ActionId');
    expect(sync.entries[1]?.fields).not.toHaveProperty('Reason');
  });

  it('gives the same items and fields as the items collection with the same selection', async () => {
    const sync = await syncFrom(`${list.path}/items/delta?${query}`);
    const items = await emulator.call<{ value: DeltaEntry[] }>('GET', `${list.path}/items?$select=id&$expand=${q(`fields($select=${COUNTED.join(',')})`)}&$top=50`);
    expect(sync.entries).toEqual(items.body.value);
  });

  it('renders as the items collection does with a system field in the selection (made in JS) and without $select (every property)', async () => {
    for (const [select, fields] of [['id', 'AckKey,Created,AuthorLookupId'], [undefined, COUNTED.join(',')]] as const) {
      const options = `${select ? `$select=${select}&` : ''}$expand=${q(`fields($select=${fields})`)}`;
      const sync = await syncFrom(`${list.path}/items/delta?${options}&$top=3`);
      const items = await emulator.call<{ value: DeltaEntry[] }>('GET', `${list.path}/items?${options}&$top=50`);
      expect(sync.entries).toEqual(items.body.value);
      for (const entry of sync.entries) expect(schemaProblems('listItem', entry)).toEqual([]);
    }
  });

  it('reports a deletion as a marker with its id, and keeps $select in the delta link', async () => {
    const first = await syncFrom(`${list.path}/items/delta?${query}`);
    expect(first.deltaLink).toContain('$select=id%2Cdeleted');
    await emulator.call('DELETE', `${list.path}/items/2`);
    await emulator.call('PATCH', `${list.path}/items/4/fields`, { body: { Team: 'inkoop' } });
    const changes = await syncFrom(first.deltaLink);
    expect(changes.entries).toEqual([
      { id: '2', deleted: { state: 'deleted' } },
      expect.objectContaining({ id: '4', fields: expect.objectContaining({ Team: 'inkoop', AckKey: 'ack-4' }) }),
    ]);
  });

  it('answers such a page inside a $batch too', async () => {
    const batch = await emulator.call<{ responses: { id: string; status: number; body: DeltaPage }[] }>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `${list.path}/items/delta?${query}` }] },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.responses[0]?.status).toBe(200);
    // item 2 is gone and item 4, changed last, comes at the end of an enumeration
    expect(batch.body.responses[0]?.body.value.map((e) => e.id)).toEqual(['1', '3', '5']);
  });
});

describe('links behind a public URL', () => {
  it('writes next, delta and Location links under publicBaseUrl when one is configured', async () => {
    const publicBase = 'https://circular.example.org/graph/v1.0';
    const behind = await startTestEmulator({ publicBaseUrl: publicBase });
    try {
      const list = await createAcknowledgementsList(behind);
      await addRows(behind, list.path, [ackFields(1), ackFields(2), ackFields(3)]);
      const page = await behind.call<DeltaPage>('GET', `${list.path}/items/delta?$top=2`);
      expect(page.body['@odata.nextLink']?.startsWith(`${publicBase}/sites/`)).toBe(true);
      const items = await behind.call<DeltaPage>('GET', `${list.path}/items?$top=2`);
      expect(items.body['@odata.nextLink']?.startsWith(`${publicBase}/sites/`)).toBe(true);
      // the emulator still answers a link rebased onto the address it was actually reached at
      const local = (page.body['@odata.nextLink'] as string).replace(publicBase, behind.baseUrl);
      const rest = await behind.call<DeltaPage>('GET', local);
      expect(rest.body.value.map((e) => e.id)).toEqual(['3']);
      expect(rest.body['@odata.deltaLink']?.startsWith(`${publicBase}/sites/`)).toBe(true);
    } finally {
      await behind.stop();
    }
  });
});
