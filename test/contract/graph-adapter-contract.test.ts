// Contract: what the adapter sends and what the emulator answers have the shapes of Microsoft
// Graph (graph-lists-subset.schema.json, from Graph's published metadata), and list fields fit
// the project's own list definitions. The schema is open (extra properties pass), so each body is
// also checked for properties the schema does not know: a misspelt `enforceUniqueValue` would
// pass the schema and be ignored by SharePoint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fieldProblems, LIST_DEFINITIONS, CHECKLISTS_LIST, type ListDefinition } from '../../src/storage/list-definitions';
import {
  GraphAcknowledgementStore,
  GraphIndicatorStore,
  GraphMeetingCriteriaStore,
  importContent,
  provision,
  readAllPages,
  SiteLists,
} from '../../src/storage/graph';
import { startHarness, type Harness, type SentRequest } from '../support/storage-emulator-harness';
import { fixtureAck, fixturePack } from '../support/storage-fixtures';

const SCHEMA_FILE = join(__dirname, '..', 'fixtures', 'graph-lists-subset.schema.json');
type Schema = { $defs: Record<string, SchemaNode> };
type SchemaNode = {
  properties?: Record<string, unknown>;
  additionalProperties?: boolean;
  allOf?: { $ref?: string; properties?: Record<string, unknown> }[];
};

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema);
const validator = (def: string): ValidateFunction => ajv.getSchema(`graph-lists-subset#/$defs/${def}`)!;

/** the property names a Graph type has, following its allOf chain */
function knownProperties(def: string): Set<string> {
  const node = schema.$defs[def]!;
  const names = new Set(Object.keys(node.properties ?? {}));
  for (const part of node.allOf ?? []) {
    if (part.$ref) for (const n of knownProperties(part.$ref.split('/').pop()!)) names.add(n);
    for (const n of Object.keys(part.properties ?? {})) names.add(n);
  }
  return names;
}

/** schema errors plus properties Graph does not define, as readable lines (empty when it fits) */
function contractProblems(def: string, body: unknown, ignore: readonly string[] = []): string[] {
  const validate = validator(def);
  const problems = validate(body) ? [] : (validate.errors ?? []).map((e) => `${def}${e.instancePath} ${e.message}`);
  // an open type (fieldValueSet) takes any name: the list definitions check those
  if (schema.$defs[def]?.additionalProperties === true) return problems;
  const known = knownProperties(def);
  for (const key of Object.keys((body ?? {}) as object)) {
    if (!known.has(key) && !key.startsWith('@odata.') && !ignore.includes(key)) problems.push(`${def}: unknown property '${key}'`);
  }
  return problems;
}

describe('Graph contract of the adapter and the emulator', () => {
  let h: Harness;
  let byListId: Map<string, ListDefinition>;
  const lists = () => new SiteLists(h.http, h.siteId);

  beforeAll(async () => {
    h = await startHarness({ recordBodies: true });
    // exercise everything that writes: provision (lists, then a column and an index added to a
    // list made without them), acknowledgements single and batched, meeting criteria create and
    // update, and a content import
    await provision(h.http, h.siteId, [
      { ...CHECKLISTS_LIST, columns: [{ name: 'ChecklistId', text: {} }, ...CHECKLISTS_LIST.columns.filter((c) => c.name !== 'ChecklistId' && c.name !== 'SortOrder')] },
    ]);
    await provision(h.http, h.siteId);
    const acks = new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId });
    await acks.append([fixtureAck(1)]);
    await acks.append(Array.from({ length: 25 }, (_, i) => fixtureAck(i + 2)));
    await acks.append([fixtureAck(1)]);
    const meetings = new GraphMeetingCriteriaStore({ http: h.http, siteId: h.siteId });
    await meetings.save({ meetingId: 'm-1', checklistItemIds: ['roads-mki'], attachedBy: 'oid-1', subject: 'Kick-off', start: '2026-12-01T09:00:00Z' });
    await meetings.save({ meetingId: 'm-1', checklistItemIds: ['roads-mki', 'roads-recycled-asphalt'], attachedBy: 'oid-1', subject: 'Kick-off' });
    const pack = fixturePack();
    await importContent(h.http, h.siteId, pack);
    pack.actions[0] = { ...pack.actions[0]!, indicator: { nl: 'Tonnen hergebruikt', en: 'Tonnes reused' } };
    await importContent(h.http, h.siteId, pack);
    const indicators = new GraphIndicatorStore({ http: h.http, siteId: h.siteId });
    const recorded = { actionId: pack.actions[0]!.id, recordedBy: 'oid-1', recordedAt: '2026-12-01T09:00:00Z' };
    await indicators.append({ ...recorded, key: 'ind-1', kind: 'definition', definition: { unit: 'ton', baseline: { value: 12.5, date: '2019', source: 'weegbonnen' }, target: { value: 40, year: 2030 } } });
    await indicators.append({ ...recorded, key: 'ind-2', kind: 'measurement', measurement: { value: 1234.5, date: '2026-11-30' } });

    byListId = new Map();
    for (const definition of LIST_DEFINITIONS) byListId.set((await lists().require(definition)).toLowerCase(), definition);
  });
  afterAll(async () => {
    await h.stop();
  });

  const path = (url: string) => decodeURIComponent(new URL(url, 'http://x').pathname);
  const listOf = (url: string): ListDefinition | undefined => {
    const match = /\/lists\/([^/?]+)/.exec(url);
    return match ? byListId.get(match[1]!.toLowerCase()) : undefined;
  };
  /** every write the adapter made, with the batch sub-requests taken out of their batches */
  const writes = (): SentRequest[] =>
    h.requests.flatMap((r) => {
      if (path(r.url).endsWith('/$batch')) return ((r.body as { requests: SentRequest[] }).requests ?? []).map((s) => ({ method: s.method, url: s.url, body: s.body }));
      return r.method === 'GET' ? [] : [r];
    });

  it('catches a misspelt property and a wrong type (the check itself can fail)', () => {
    expect(contractProblems('columnDefinition', { name: 'AckKey', text: {}, enforceUniqueValue: true })).toEqual([
      "columnDefinition: unknown property 'enforceUniqueValue'",
    ]);
    expect(contractProblems('columnDefinition', { name: 'AckKey', indexed: 'yes' })).toContain('columnDefinition/indexed must be boolean');
  });

  it('sends list creation bodies that are Graph lists with Graph column definitions', () => {
    const creations = writes().filter((r) => r.method === 'POST' && /\/lists$/.test(path(r.url)));
    expect(creations.length).toBeGreaterThanOrEqual(LIST_DEFINITIONS.length);
    for (const creation of creations) {
      expect(contractProblems('list', creation.body)).toEqual([]);
      for (const column of (creation.body as { columns: unknown[] }).columns) expect(contractProblems('columnDefinition', column)).toEqual([]);
    }
  });

  it('sends column additions and index changes as Graph column definitions', () => {
    const columnWrites = writes().filter((r) => /\/columns(\/[^/]+)?$/.test(path(r.url)));
    expect(columnWrites.map((r) => r.method).sort()).toEqual(['PATCH', 'POST']);
    for (const write of columnWrites) expect(contractProblems('columnDefinition', write.body)).toEqual([]);
  });

  it('creates items as Graph listItems whose fields fit the list definition, alone and in batches', () => {
    const creations = writes().filter((r) => r.method === 'POST' && /\/items$/.test(path(r.url)));
    // 1 + 25 + 1 acknowledgements, 1 meeting, 2 actions, 3 checklist items, 1 policy parameter, 2 product groups and 2 indicator rows
    expect(creations).toHaveLength(38);
    for (const creation of creations) {
      const list = listOf(creation.url);
      expect(list).toBeDefined();
      expect(contractProblems('listItem', creation.body)).toEqual([]);
      expect(fieldProblems(list!, (creation.body as { fields: Record<string, unknown> }).fields, 'create')).toEqual([]);
    }
  });

  it('updates fields with bare fieldValueSets that fit the list definition', () => {
    const updates = writes().filter((r) => r.method === 'PATCH' && /\/items\/[^/]+\/fields$/.test(path(r.url)));
    expect(updates.map((u) => listOf(u.url)?.displayName).sort()).toEqual(['Meeting criteria', 'Programme actions']);
    for (const update of updates) {
      expect(contractProblems('fieldValueSet', update.body)).toEqual([]);
      expect(fieldProblems(listOf(update.url)!, update.body as Record<string, unknown>, 'update')).toEqual([]);
    }
  });

  it('gets Graph lists and column definitions from the emulator', async () => {
    const found = await readAllPages<Record<string, unknown>>(h.http, `${lists().sitePath}/lists`);
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const list of found) expect(contractProblems('list', list)).toEqual([]);
    const id = await lists().require(LIST_DEFINITIONS[0]!);
    const columns = await readAllPages<Record<string, unknown>>(h.http, `${lists().listPath(id)}/columns`);
    for (const column of columns) expect(contractProblems('columnDefinition', column)).toEqual([]);
  });

  it('gets Graph listItems, in queries and in delta pages with deleted markers, whose fields fit the definitions', async () => {
    // the Adoption list is written by the server's metrics cache, not by this adapter (test/integration/metrics-api.test.ts)
    for (const definition of LIST_DEFINITIONS.filter((d) => d.key !== 'adoption')) {
      const id = await lists().require(definition);
      const items = await readAllPages<{ fields: Record<string, unknown> }>(h.http, `${lists().listPath(id)}/items?$expand=fields&$top=10`);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(contractProblems('listItem', item)).toEqual([]);
        expect(fieldProblems(definition, item.fields, 'read')).toEqual([]);
      }
    }
    const ackList = await lists().require(LIST_DEFINITIONS[0]!);
    const first = await h.http.get<{ value: { id: string }[] }>(`${lists().listPath(ackList)}/items?$top=1`);
    await h.http.delete(`${lists().listPath(ackList)}/items/${first.value[0]!.id}`);
    const delta = await readAllPages<Record<string, unknown>>(h.http, `${lists().listPath(ackList)}/items/delta?$expand=fields`);
    expect(delta.some((item) => item.deleted)).toBe(false);
    const latest = await h.http.get<{ '@odata.deltaLink': string }>(`${lists().listPath(ackList)}/items/delta?token=latest`);
    const second = await h.http.get<{ value: { id: string }[] }>(`${lists().listPath(ackList)}/items?$top=1`);
    await h.http.delete(`${lists().listPath(ackList)}/items/${second.value[0]!.id}`);
    const changes = await readAllPages<Record<string, unknown>>(h.http, latest['@odata.deltaLink']);
    expect(changes.filter((item) => item.deleted)).toHaveLength(1);
    for (const item of [...delta, ...changes]) expect(contractProblems('listItem', item)).toEqual([]);
  });

  it('answers batch sub-requests with Graph listItems', async () => {
    const id = await lists().require(LIST_DEFINITIONS[0]!);
    const answer = await h.http.post<{ responses: { id: string; status: number; body: unknown }[] }>('/$batch', {
      requests: [fixtureAck(900), fixtureAck(901)].map((a, i) => ({
        id: String(i + 1),
        method: 'POST',
        url: `${lists().listPath(id)}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { AckKey: a.ackKey, Decision: a.decision, ContextType: a.contextType, ContextRef: a.contextRef, Source: a.source, StaffAadId: a.staffAadId, ContentVersion: a.contentVersion, AppVersion: a.appVersion, AckAt: a.ackAt } },
      })),
    });
    expect(answer.responses.map((r) => r.status)).toEqual([201, 201]);
    for (const response of answer.responses) expect(contractProblems('listItem', response.body)).toEqual([]);
  });
});
