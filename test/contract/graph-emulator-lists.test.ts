// Contract: the emulator's sites, lists and columns answer as Graph does (graph-lists.md), with
// bodies that conform to the shared Graph schema, and refuse what SharePoint refuses.
import { ACKNOWLEDGEMENTS_LIST, columnKind } from '../../src/storage/list-definitions';
import { graphError, startTestEmulator, type TestEmulator } from '../support/emulator-harness';
import { createAcknowledgementsList, createList, TOOLS_LIST, type CreatedList } from '../support/emulator-fixtures';
import { schemaProblems } from '../support/emulator-schema';

type Column = { id: string; name: string; indexed: boolean; enforceUniqueValues: boolean; required: boolean; choice?: { choices: string[] } };
type Collection<T> = { value: T[] };

let emulator: TestEmulator;
let acks: CreatedList;

beforeAll(async () => {
  emulator = await startTestEmulator();
  acks = await createAcknowledgementsList(emulator);
});
afterAll(() => emulator.stop());

describe('sites', () => {
  it('serves one local site under root, its full id and its host:/sites/path address', async () => {
    const root = await emulator.call<{ id: string; webUrl: string }>('GET', '/sites/root');
    expect(root.status).toBe(200);
    expect(root.body.id).toMatch(/^localhost,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byId = await emulator.call<{ id: string }>('GET', `/sites/${root.body.id}`);
    expect(byId.body.id).toBe(root.body.id);
    const byPath = await emulator.call<{ id: string }>('GET', '/sites/localhost:/sites/circular-choices');
    expect(byPath.body.id).toBe(root.body.id);
    const lists = await emulator.call<Collection<{ id: string }>>('GET', `/sites/${root.body.id}/lists`);
    expect(lists.body.value.map((l) => l.id)).toContain(acks.id);
  });

  it('answers 404 itemNotFound for another site', async () => {
    const answer = await emulator.call('GET', '/sites/contoso.sharepoint.com,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000001/lists');
    expect(answer.status).toBe(404);
    expect(graphError(answer).code).toBe('itemNotFound');
  });
});

describe('lists', () => {
  it('creates a list with its columns: 201, a schema-valid list and columnDefinitions as asked', async () => {
    const created = await emulator.call<Record<string, unknown> & { columns: Column[] }>('POST', '/sites/root/lists', { body: TOOLS_LIST });
    expect(created.status).toBe(201);
    expect(schemaProblems('list', created.body)).toEqual([]);
    expect(created.body).toMatchObject({ displayName: 'Tool loans', list: { template: 'genericList' } });
    expect(created.headers.get('location')).toBe(`${emulator.baseUrl}/sites/${(created.body.parentReference as { siteId: string }).siteId}/lists/${created.body.id as string}`);
    for (const column of created.body.columns) expect(schemaProblems('columnDefinition', column)).toEqual([]);
    const tag = created.body.columns.find((c) => c.name === 'Tag');
    expect(tag).toMatchObject({ indexed: true, enforceUniqueValues: true, text: { maxLength: 255, allowMultipleLines: false } });
    expect(created.body.columns.find((c) => c.name === 'Borrower')).toMatchObject({ personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly' } });
  });

  it('gives every column of the project definition back with its type, index, uniqueness and required flag', async () => {
    const columns = await emulator.call<Collection<Column & Record<string, unknown>>>('GET', `${acks.path}/columns`);
    expect(columns.status).toBe(200);
    for (const wanted of ACKNOWLEDGEMENTS_LIST.columns) {
      const column = columns.body.value.find((c) => c.name === wanted.name);
      expect(column).toBeDefined();
      expect(schemaProblems('columnDefinition', column)).toEqual([]);
      expect(columnKind(column as Parameters<typeof columnKind>[0])).toBe(columnKind(wanted));
      expect(column).toMatchObject({ indexed: wanted.indexed ?? false, enforceUniqueValues: wanted.enforceUniqueValues ?? false, required: wanted.required ?? false });
    }
    // SharePoint's own columns are there too, read-only
    expect(columns.body.value.find((c) => c.name === 'Created')).toMatchObject({ readOnly: true, dateTime: { format: 'dateTime' } });
  });

  it('finds a list by id, by title (any case) and by $filter=displayName, raw or encoded', async () => {
    const byId = await emulator.call<{ id: string }>('GET', acks.path);
    const byTitle = await emulator.call<{ id: string }>('GET', '/sites/root/lists/acknowledgements');
    expect([byId.body.id, byTitle.body.id]).toEqual([acks.id, acks.id]);
    const raw = await emulator.call<Collection<{ id: string }>>('GET', "/sites/root/lists?$filter=displayName eq 'Acknowledgements'".replace(/ /g, '%20'));
    const encoded = await emulator.call<Collection<{ id: string }>>('GET', '/sites/root/lists?%24filter=displayName+eq+%27Acknowledgements%27');
    expect(raw.body.value.map((l) => l.id)).toEqual([acks.id]);
    expect(encoded.body.value.map((l) => l.id)).toEqual([acks.id]);
    const none = await emulator.call<Collection<unknown>>('GET', "/sites/root/lists?$filter=displayName%20eq%20'Nope'");
    expect(none.body.value).toEqual([]);
    const expanded = await emulator.call<{ columns?: Column[] }>('GET', `${acks.path}?$expand=columns`);
    expect(expanded.body.columns?.some((c) => c.name === 'AckKey')).toBe(true);
  });

  it('refuses a second list with the same title (409 nameAlreadyExists) and keeps one', async () => {
    const again = await emulator.call('POST', '/sites/root/lists', { body: { displayName: 'ACKNOWLEDGEMENTS', list: { template: 'genericList' } } });
    expect(again.status).toBe(409);
    expect(graphError(again).code).toBe('nameAlreadyExists');
    const lists = await emulator.call<Collection<{ displayName: string }>>('GET', '/sites/root/lists');
    expect(lists.body.value.filter((l) => l.displayName.toLowerCase() === 'acknowledgements')).toHaveLength(1);
  });

  it('creates nothing when one column of a new list is invalid', async () => {
    const answer = await emulator.call('POST', '/sites/root/lists', {
      body: { displayName: 'Half made', columns: [{ name: 'Good', text: {} }, { name: 'Bad', text: { allowMultipleLines: true }, indexed: true }] },
    });
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toMatchObject({ code: 'invalidRequest', message: expect.stringContaining("'Bad'") });
    expect((await emulator.call('GET', '/sites/root/lists/Half made'.replace(' ', '%20'))).status).toBe(404);
  });
});

describe('columns', () => {
  let list: CreatedList;
  beforeAll(async () => {
    list = await createList(emulator, { displayName: 'Column changes', columns: [{ name: 'Code', text: {} }, { name: 'Phase', choice: { choices: ['learn'] } }] });
  });

  const column = async (name: string): Promise<Column> => {
    const columns = await emulator.call<Collection<Column>>('GET', `${list.path}/columns`);
    const found = columns.body.value.find((c) => c.name === name);
    if (!found) throw new Error(`no column ${name}`);
    return found;
  };

  it('adds a column (201, schema-valid) and indexes it with PATCH {"indexed":true}', async () => {
    const added = await emulator.call<Column>('POST', `${list.path}/columns`, { body: { name: 'Region', text: {} } });
    expect(added.status).toBe(201);
    expect(schemaProblems('columnDefinition', added.body)).toEqual([]);
    expect(added.body.indexed).toBe(false);
    const patched = await emulator.call<Column>('PATCH', `${list.path}/columns/${added.body.id}`, { body: { indexed: true } });
    expect(patched.status).toBe(200);
    expect(patched.body.indexed).toBe(true);
    expect((await column('Region')).indexed).toBe(true);
  });

  it('extends the choices of a choice column', async () => {
    const phase = await column('Phase');
    const patched = await emulator.call<Column>('PATCH', `${list.path}/columns/${phase.id}`, { body: { choice: { choices: ['learn', 'scale-up'] } } });
    expect(patched.status).toBe(200);
    expect((await column('Phase')).choice?.choices).toEqual(['learn', 'scale-up']);
  });

  it.each([
    ['no type', { name: 'NoType' }],
    ['two types', { name: 'Two', text: {}, number: {} }],
    ['a type the emulator does not model', { name: 'Link', lookup: { listId: 'x' } }],
    ['an invalid name', { name: 'has space', text: {} }],
    ['an unknown facet property', { name: 'Odd', text: { colour: 'red' } }],
    ['unique values without an index', { name: 'Uniq', text: {}, enforceUniqueValues: true }],
    ['an index on multiple lines of text', { name: 'Long', text: { allowMultipleLines: true }, indexed: true }],
  ])('refuses a column with %s (400) and adds nothing', async (_why, body) => {
    const before = (await emulator.call<Collection<Column>>('GET', `${list.path}/columns`)).body.value.length;
    const answer = await emulator.call('POST', `${list.path}/columns`, { body });
    expect(answer.status).toBe(400);
    expect(graphError(answer).code).toBe('invalidRequest');
    expect((await emulator.call<Collection<Column>>('GET', `${list.path}/columns`)).body.value).toHaveLength(before);
  });

  it('refuses a second column of the same name, or one named like a system field (409)', async () => {
    for (const name of ['Code', 'code', 'Created', 'AuthorLookupId']) {
      const answer = await emulator.call('POST', `${list.path}/columns`, { body: { name, text: {} } });
      expect([name, answer.status, graphError(answer).code]).toEqual([name, 409, 'nameAlreadyExists']);
    }
  });

  it('refuses to change a column type or name, and unique values on a column without index', async () => {
    const code = await column('Code');
    for (const body of [{ number: {} }, { name: 'Other' }, { enforceUniqueValues: true }]) {
      const answer = await emulator.call('PATCH', `${list.path}/columns/${code.id}`, { body });
      expect(answer.status).toBe(400);
    }
    expect(await column('Code')).toMatchObject({ name: 'Code', enforceUniqueValues: false });
  });

  it('turns unique values on only when the values already present are distinct', async () => {
    const code = await column('Code');
    await emulator.call('PATCH', `${list.path}/columns/${code.id}`, { body: { indexed: true } });
    await emulator.call('POST', `${list.path}/items`, { body: { fields: { Code: 'A-1' } } });
    await emulator.call('POST', `${list.path}/items`, { body: { fields: { Code: 'a-1' } } });
    const refused = await emulator.call('PATCH', `${list.path}/columns/${code.id}`, { body: { enforceUniqueValues: true } });
    expect(refused.status).toBe(400);
    expect(graphError(refused).message).toContain('more than one item');
    const items = await emulator.call<Collection<{ id: string }>>('GET', `${list.path}/items`);
    await emulator.call('DELETE', `${list.path}/items/${items.body.value[1]?.id ?? ''}`);
    const accepted = await emulator.call<Column>('PATCH', `${list.path}/columns/${code.id}`, { body: { enforceUniqueValues: true } });
    expect(accepted.status).toBe(200);
    const duplicate = await emulator.call('POST', `${list.path}/items`, { body: { fields: { Code: 'a-1' } } });
    expect(duplicate.status).toBe(409);
  });

  it('answers 404 itemNotFound for a column or list that does not exist', async () => {
    expect((await emulator.call('PATCH', `${list.path}/columns/00000000-0000-0000-0000-000000000000`, { body: { indexed: true } })).status).toBe(404);
    expect(graphError(await emulator.call('GET', '/sites/root/lists/NoSuchList/items'))).toMatchObject({ code: 'itemNotFound' });
  });
});
