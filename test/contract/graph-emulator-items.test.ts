// Contract: list items in the emulator have Graph's shapes (ids, eTags, fields, people), keep
// unique values, honour If-Match, page with absolute next links, apply SharePoint's index rule
// and list view threshold, and refuse bad input with Graph's error body while writing nothing.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { ACKNOWLEDGEMENTS_LIST, fieldProblems } from '../../src/storage/list-definitions';
import { graphError, startTestEmulator, type TestEmulator } from '../support/emulator-harness';
import { ackFields, addRows, createAcknowledgementsList, createList, TOOLS_LIST, type CreatedList } from '../support/emulator-fixtures';
import { schemaProblems } from '../support/emulator-schema';

type Item = Record<string, unknown> & {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
  createdBy: { user: { id: string; displayName: string; email: string } };
  lastModifiedBy: { user: { id: string } };
};
type Page = { value: Item[]; '@odata.nextLink'?: string };

const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const ETAG = /^"[0-9a-f-]{36},(\d+)"$/;
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const q = (text: string): string => encodeURIComponent(text);

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await startTestEmulator({ listViewThreshold: 50 });
});
afterAll(() => emulator.stop());

describe('an item and its fields', () => {
  let acks: CreatedList;
  beforeAll(async () => {
    acks = await createAcknowledgementsList(emulator);
  });

  it('is created (201) with a string id, an eTag, the acting person and fields SharePoint fills in', async () => {
    const person = DEMO_STAFF[1]!;
    const created = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(1) }, as: person });
    expect(created.status).toBe(201);
    expect(schemaProblems('listItem', created.body)).toEqual([]);
    expect(schemaProblems('fieldValueSet', created.body.fields)).toEqual([]);
    expect(fieldProblems(ACKNOWLEDGEMENTS_LIST, created.body.fields, 'read')).toEqual([]);
    expect(created.body.id).toBe('1');
    expect(created.body.eTag).toMatch(ETAG);
    expect(created.body.eTag).toBe(created.body['@odata.etag']);
    expect(created.body.fields['@odata.etag']).toBe(created.body.eTag);
    expect(created.body.createdBy.user).toEqual({ id: person.oid, displayName: person.name, email: person.upn });
    expect(created.body.lastModifiedBy.user.id).toBe(person.oid);
    expect(created.body.createdDateTime).toMatch(UTC_SECONDS);
    expect(created.body.contentType).toEqual({ id: expect.stringMatching(/^0x0100/), name: 'Item' });
    expect(created.body.parentReference).toEqual({ id: acks.id, siteId: expect.stringMatching(/^localhost,/) });
    const fields = created.body.fields;
    expect(fields).toMatchObject({ id: '1', AckKey: 'ack-1', Decision: 'later', AckAt: '2026-01-01T09:00:01Z', _UIVersionString: '1.0', Attachments: false });
    expect(fields.Created).toMatch(UTC_SECONDS);
    expect(fields.Modified).toBe(fields.Created);
    // a site's own user id, not the Entra id
    expect(fields.AuthorLookupId).toMatch(/^\d+$/);
    expect(fields.EditorLookupId).toBe(fields.AuthorLookupId);
    expect(created.headers.get('location')).toBe(`${emulator.baseUrl}/sites/${(created.body.parentReference as { siteId: string }).siteId}/lists/${acks.id}/items/1`);
  });

  it('gives each person one site user id of their own', async () => {
    const a = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(2) }, as: DEMO_STAFF[2] });
    const b = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(3) }, as: DEMO_STAFF[2] });
    const c = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(4) } });
    expect(a.body.fields.AuthorLookupId).toBe(b.body.fields.AuthorLookupId);
    expect(c.body.fields.AuthorLookupId).not.toBe(a.body.fields.AuthorLookupId);
    // no development token: the default demo person
    expect(c.body.createdBy.user.id).toBe(DEMO_STAFF[0]!.oid);
  });

  it('is read back with $expand=fields, or only the fields asked for with fields($select=…)', async () => {
    const plain = await emulator.call<Item>('GET', `${acks.path}/items/1`);
    expect(plain.status).toBe(200);
    expect(plain.body.fields).toBeUndefined();
    const all = await emulator.call<Item>('GET', `${acks.path}/items/1?$expand=fields`);
    expect(all.body.fields.StaffAadId).toBe('00000000-0000-4000-8000-000000000002');
    const some = await emulator.call<Item>('GET', `${acks.path}/items/1?$expand=${q('fields($select=AckKey,Decision)')}`);
    expect(Object.keys(some.body.fields).sort()).toEqual(['@odata.etag', 'AckKey', 'Decision']);
    const encoded = await emulator.call<Item>('GET', `${acks.path}/items/1?%24expand=fields(%24select%3DAckKey)`);
    expect(Object.keys(encoded.body.fields).sort()).toEqual(['@odata.etag', 'AckKey']);
  });

  it('updates fields with PATCH: the version goes up in eTag and _UIVersionString', async () => {
    const before = await emulator.call<Item>('GET', `${acks.path}/items/2?$expand=fields`);
    const patched = await emulator.call<Record<string, unknown>>('PATCH', `${acks.path}/items/2/fields`, { body: { Reason: 'tender already out' }, as: DEMO_STAFF[3] });
    expect(patched.status).toBe(200);
    expect(schemaProblems('fieldValueSet', patched.body)).toEqual([]);
    expect(patched.body).toMatchObject({ Reason: 'tender already out', _UIVersionString: '2.0', AckKey: 'ack-2' });
    expect(String(patched.body['@odata.etag'])).toMatch(/,2"$/);
    const after = await emulator.call<Item>('GET', `${acks.path}/items/2?$expand=fields`);
    expect(after.body.eTag.split(',')[0]).toBe(before.body.eTag.split(',')[0]);
    expect(after.body.lastModifiedBy.user.id).toBe(DEMO_STAFF[3]!.oid);
    expect(after.body.createdBy.user.id).toBe(DEMO_STAFF[2]!.oid);
    expect(after.body.fields.EditorLookupId).not.toBe(after.body.fields.AuthorLookupId);
  });

  it('refuses a PATCH whose If-Match is stale (412) and changes nothing; accepts the current eTag and *', async () => {
    const current = await emulator.call<Item>('GET', `${acks.path}/items/3`);
    await emulator.call('PATCH', `${acks.path}/items/3/fields`, { body: { Reason: 'first' } });
    const stale = await emulator.call('PATCH', `${acks.path}/items/3/fields`, { body: { Reason: 'second' }, headers: { 'If-Match': current.body.eTag } });
    expect(stale.status).toBe(412);
    expect(graphError(stale).code).toBe('resourceModified');
    const unchanged = await emulator.call<Item>('GET', `${acks.path}/items/3?$expand=fields`);
    expect(unchanged.body.fields.Reason).toBe('first');
    const fresh = await emulator.call('PATCH', `${acks.path}/items/3/fields`, { body: { Reason: 'second' }, headers: { 'If-Match': unchanged.body.eTag } });
    expect(fresh.status).toBe(200);
    const star = await emulator.call('PATCH', `${acks.path}/items/3/fields`, { body: { Reason: 'third' }, headers: { 'If-Match': '*' } });
    expect(star.status).toBe(200);
  });

  it('deletes an item (204); it is gone (404 itemNotFound), and its id is never given again', async () => {
    const deleted = await emulator.call('DELETE', `${acks.path}/items/4`);
    expect(deleted.status).toBe(204);
    const gone = await emulator.call('GET', `${acks.path}/items/4`);
    expect(gone.status).toBe(404);
    expect(graphError(gone).code).toBe('itemNotFound');
    expect((await emulator.call('DELETE', `${acks.path}/items/4`)).status).toBe(404);
    expect((await emulator.call('PATCH', `${acks.path}/items/4/fields`, { body: { Reason: 'x' } })).status).toBe(404);
    const next = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(5) } });
    expect(next.body.id).toBe('5');
  });

  it('keeps a unique column unique, ignoring case (409), and frees a value when its item is deleted', async () => {
    const first = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(6, { AckKey: 'Key-Unique' }) } });
    expect(first.status).toBe(201);
    const second = await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(7, { AckKey: 'key-unique' }) } });
    expect(second.status).toBe(409);
    expect(graphError(second).code).toBe('nameAlreadyExists');
    const byKey = await emulator.call<Page>('GET', `${acks.path}/items?$filter=${q("fields/AckKey eq 'key-unique'")}`);
    expect(byKey.body.value.map((i) => i.id)).toEqual([first.body.id]);
    const clash = await emulator.call('PATCH', `${acks.path}/items/1/fields`, { body: { AckKey: 'KEY-UNIQUE' } });
    expect(clash.status).toBe(409);
    await emulator.call('DELETE', `${acks.path}/items/${first.body.id}`);
    expect((await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(8, { AckKey: 'key-unique' }) } })).status).toBe(201);
  });
});

describe('bad input', () => {
  let acks: CreatedList;
  beforeAll(async () => {
    acks = await createList(emulator, { displayName: 'Bad input', columns: [...ACKNOWLEDGEMENTS_LIST.columns] });
    await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(1) } });
  });

  it.each([
    ['malformed JSON', { rawBody: '{"fields": {"AckKey": "x",' }, 'JSON'],
    ['a body that is not an object', { rawBody: '[1,2]' }, 'JSON object'],
    ['an unknown field', { body: { fields: { ...ackFields(2), Colour: 'red' } } }, "'Colour'"],
    ['a field name in the wrong case', { body: { fields: { ...ackFields(2), ackkey: 'x' } } }, "did you mean 'AckKey'"],
    ['text where a date is expected', { body: { fields: ackFields(2, { AckAt: 'yesterday' }) } }, "'AckAt'"],
    ['a number in a text field', { body: { fields: ackFields(2, { ContextRef: 42 }) } }, "'ContextRef'"],
    ['a value outside the choices', { body: { fields: ackFields(2, { Decision: 'maybe' }) } }, "'Decision'"],
    ['a missing required value', { body: { fields: ackFields(2, { StaffAadId: undefined }) } }, "'StaffAadId' is required"],
    ['an empty required value', { body: { fields: ackFields(2, { Source: '' }) } }, "'Source' is required"],
    ['text longer than 255 characters', { body: { fields: ackFields(2, { ContextTitle: 'x'.repeat(256) }) } }, "'ContextTitle'"],
    ['a system field', { body: { fields: ackFields(2, { Created: '2020-01-01T00:00:00Z' }) } }, "'Created' is read-only"],
    ['properties beside fields', { body: { fields: ackFields(2), id: '99' } }, "'id'"],
  ])('refuses %s with 400 invalidRequest and writes nothing', async (_why, options, mention) => {
    const answer = await emulator.call('POST', `${acks.path}/items`, options);
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toMatchObject({ code: 'invalidRequest', message: expect.stringContaining(mention) });
    expect(answer.body).toEqual({
      error: { code: 'invalidRequest', message: expect.any(String), innerError: { date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) } },
    });
    const items = await emulator.call<Page>('GET', `${acks.path}/items`);
    expect(items.body.value.map((i) => i.id)).toEqual(['1']);
  });

  it('refuses a bad PATCH and leaves the item as it was', async () => {
    const before = await emulator.call<Item>('GET', `${acks.path}/items/1?$expand=fields`);
    for (const body of [{ Decision: 'maybe' }, { Reason: 'ok', Nope: 1 }, { StaffAadId: null }]) {
      expect((await emulator.call('PATCH', `${acks.path}/items/1/fields`, { body })).status).toBe(400);
    }
    expect((await emulator.call('PATCH', `${acks.path}/items/1/fields`, { rawBody: '{"Reason": ' })).status).toBe(400);
    const after = await emulator.call<Item>('GET', `${acks.path}/items/1?$expand=fields`);
    expect(after.body).toEqual(before.body);
  });

  it('gives the next good item the next id: refused writes took none', async () => {
    const created = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(2) } });
    expect(created.body.id).toBe('2');
  });

  it('echoes client-request-id in the headers and the error body', async () => {
    const answer = await emulator.call('GET', `${acks.path}/items/999`, { headers: { 'client-request-id': 'trace-me-1' } });
    expect(answer.headers.get('client-request-id')).toBe('trace-me-1');
    expect((answer.body as { error: { innerError: Record<string, string> } }).error.innerError['client-request-id']).toBe('trace-me-1');
  });
});

describe('column types', () => {
  let tools: CreatedList;
  let borrowerId: string;
  beforeAll(async () => {
    tools = await createList(emulator, TOOLS_LIST);
    // a person becomes a site user by touching the site
    const touched = await emulator.call<Item>('POST', `${tools.path}/items`, { body: { fields: { Tag: 'T-0' } }, as: DEMO_STAFF[4] });
    borrowerId = String(touched.body.fields.AuthorLookupId);
  });

  it('keeps numbers and booleans as JSON numbers and booleans, dates as UTC, people as site user ids', async () => {
    const created = await emulator.call<Item>('POST', `${tools.path}/items`, {
      body: { fields: { Tag: 'T-1', Kind: 'drill', Weight: 2.5, Working: true, LentOn: '2026-03-01T10:15:30.250+01:00', BorrowerLookupId: borrowerId, Notes: 'line one\nline two' } },
    });
    expect(created.status).toBe(201);
    expect(created.body.fields).toMatchObject({ Weight: 2.5, Working: true, LentOn: '2026-03-01T09:15:30Z', BorrowerLookupId: borrowerId, Notes: 'line one\nline two' });
    const byPerson = await emulator.call<Page>('GET', `${tools.path}/items?$expand=fields&$filter=${q(`fields/BorrowerLookupId eq '${borrowerId}'`)}`, { headers: HONOR });
    expect(byPerson.body.value.map((i) => i.fields.Tag)).toEqual(['T-1']);
    const working = await emulator.call<Page>('GET', `${tools.path}/items?$expand=fields&$filter=${q('fields/Working eq true')}`, { headers: HONOR });
    expect(working.body.value.map((i) => i.fields.Tag)).toEqual(['T-1']);
  });

  it.each([
    [{ Tag: 'T-2', Weight: '3' }, "'Weight'"],
    [{ Tag: 'T-2', Weight: -1 }, "'Weight' must be at least 0"],
    [{ Tag: 'T-2', Working: 'yes' }, "'Working'"],
    [{ Tag: 'T-2', BorrowerLookupId: '9999' }, 'not a user of this site'],
    [{ Tag: 'T-2', Borrower: 'someone' }, "'BorrowerLookupId'"],
    [{ Tag: 'T-2', LentOn: '1850-01-01T00:00:00Z' }, "'LentOn'"],
  ])('refuses %j (400)', async (fields, mention) => {
    const answer = await emulator.call('POST', `${tools.path}/items`, { body: { fields } });
    expect(answer.status).toBe(400);
    expect(graphError(answer).message).toContain(mention);
  });
});

describe('queries', () => {
  let acks: CreatedList;
  beforeAll(async () => {
    acks = await createList(emulator, { displayName: 'Query me', columns: [...ACKNOWLEDGEMENTS_LIST.columns] });
    await addRows(emulator, acks.path, Array.from({ length: 30 }, (_, i) => ackFields(i + 1)));
  });

  const ids = (page: Page): string[] => page.value.map((i) => i.id);

  it('filters on an indexed column, raw or form-encoded, with quotes escaped by doubling', async () => {
    await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(31, { ContextRef: "O'Brien & co +1" }) } });
    const raw = await emulator.call<Page>('GET', `${acks.path}/items?$expand=fields&$filter=${q("fields/ContextRef eq 'O''Brien & co +1'")}`);
    expect(ids(raw.body)).toEqual(['31']);
    const formEncoded = await emulator.call<Page>('GET', `${acks.path}/items?%24expand=fields&%24filter=fields%2FContextRef+eq+%27doc-1%27`);
    expect(formEncoded.body.value).toHaveLength(10);
    expect(formEncoded.body.value.every((i) => i.fields.ContextRef === 'doc-1')).toBe(true);
  });

  it('compares dates with ge/gt/le/lt, quoted or not, and orders on an indexed column', async () => {
    const range = await emulator.call<Page>(
      'GET',
      `${acks.path}/items?$expand=fields&$filter=${q("fields/AckAt ge '2026-01-01T09:00:10Z' and fields/AckAt lt 2026-01-01T09:00:13Z")}&$orderby=${q('fields/AckAt desc')}`,
    );
    expect(range.status).toBe(200);
    expect(ids(range.body)).toEqual(['12', '11', '10']);
    const after = await emulator.call<Page>('GET', `${acks.path}/items?$filter=${q('fields/AckAt gt 2026-01-01T10:00:28+01:00')}`);
    // item 31 (the O'Brien row) was made at 09:00:31
    expect(ids(after.body)).toEqual(['29', '30', '31']);
  });

  it('pages with an absolute @odata.nextLink carrying $skiptoken, until every item came once', async () => {
    const seen: string[] = [];
    let link: string | undefined = `${acks.path}/items?$expand=${q('fields($select=AckKey)')}&$top=7`;
    let pages = 0;
    while (link) {
      const page: { status: number; body: Page } = await emulator.call<Page>('GET', link);
      expect(page.status).toBe(200);
      seen.push(...ids(page.body));
      expect(page.body.value.every((i) => Object.keys(i.fields).sort().join() === '@odata.etag,AckKey')).toBe(true);
      link = page.body['@odata.nextLink'];
      if (link) {
        expect(link.startsWith(`${emulator.baseUrl}/sites/`)).toBe(true);
        expect(link).toContain('$skiptoken=');
      }
      pages++;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
  });

  it('pages an ordered query too, without losing or repeating an item', async () => {
    const seen: string[] = [];
    let link: string | undefined = `${acks.path}/items?$orderby=${q('fields/AckAt desc')}&$top=8`;
    while (link) {
      const page: { body: Page } = await emulator.call<Page>('GET', link);
      seen.push(...ids(page.body));
      link = page.body['@odata.nextLink'];
    }
    expect(seen).toEqual(Array.from({ length: 31 }, (_, i) => String(31 - i)));
  });

  it('refuses a filter or order on a column that is not indexed, with SharePoint\'s message', async () => {
    const filter = await emulator.call('GET', `${acks.path}/items?$filter=${q("fields/Decision eq 'applied'")}`);
    expect(filter.status).toBe(400);
    expect(graphError(filter)).toEqual({
      code: 'invalidRequest',
      message:
        "Field 'Decision' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
      innerCode: undefined,
    });
    const order = await emulator.call('GET', `${acks.path}/items?$orderby=${q('fields/Team')}`);
    expect(graphError(order).message).toContain("Field 'Team' cannot be referenced");
  });

  it('runs it with the Prefer header while the list is under the threshold', async () => {
    const answer = await emulator.call<Page>('GET', `${acks.path}/items?$expand=fields&$filter=${q("fields/Decision eq 'applied'")}&$top=100`, { headers: HONOR });
    expect(answer.status).toBe(200);
    expect(answer.body.value).toHaveLength(15);
    expect(answer.body.value.every((i) => i.fields.Decision === 'applied')).toBe(true);
  });

  it('refuses two indexed fields in one filter', async () => {
    const answer = await emulator.call('GET', `${acks.path}/items?$filter=${q("fields/ContextRef eq 'doc-1' and fields/StaffAadId eq 'x'")}`);
    expect(answer.status).toBe(400);
    expect(graphError(answer).message).toContain('Only one indexed field');
  });

  it.each([
    ['an unknown field', "fields/Nope eq 'x'"],
    ['a property without fields/', "AckKey eq 'x'"],
    ['an unclosed text', "fields/AckKey eq 'x"],
    ['a function', "startswith(fields/AckKey,'a')"],
    ['text compared with a date column', "fields/AckAt ge 'soon'"],
  ])('refuses a filter with %s (400)', async (_why, filter) => {
    const answer = await emulator.call('GET', `${acks.path}/items?$filter=${q(filter)}`);
    expect(answer.status).toBe(400);
    expect(graphError(answer).code).toBe('invalidRequest');
  });

  it('above the list view threshold: Prefer no longer helps (notSupported, tooManyResources); indexed queries still run', async () => {
    await addRows(emulator, acks.path, Array.from({ length: 20 }, (_, i) => ackFields(100 + i)));
    const refused = await emulator.call('GET', `${acks.path}/items?$filter=${q("fields/Decision eq 'applied'")}`, { headers: HONOR });
    expect(refused.status).toBe(400);
    expect(graphError(refused)).toMatchObject({ code: 'notSupported', innerCode: 'tooManyResources' });
    const indexed = await emulator.call<Page>('GET', `${acks.path}/items?$filter=${q("fields/AckKey eq 'ack-105'")}`);
    expect(indexed.status).toBe(200);
    expect(indexed.body.value).toHaveLength(1);
    const all = await emulator.call<Page>('GET', `${acks.path}/items?$top=100`);
    expect(all.body.value).toHaveLength(51);
  });
});
