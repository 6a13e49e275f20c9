// Contract: the emulator's authentication, fault injection (throttling, dropped connections,
// latency; switchable in code and over HTTP in local mode) and persistence across a restart.
import express from 'express';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { createGraphEmulator, startEmulatorServer } from '../../src/server/graph-emulator';
import { graphError, startTestEmulator, type TestEmulator } from '../support/emulator-harness';
import { ackFields, addRows, createAcknowledgementsList, type CreatedList } from '../support/emulator-fixtures';

type Item = { id: string; eTag: string; fields: Record<string, unknown> };
type Page = { value: Item[]; '@odata.deltaLink'?: string };

const countItems = async (emulator: TestEmulator, list: CreatedList): Promise<number> =>
  (await emulator.call<Page>('GET', `${list.path}/items?$top=1000`)).body.value.length;

describe('authentication', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ acceptAnyBearer: false });
  });
  afterAll(() => emulator.stop());

  it('refuses a request without a bearer token (401 InvalidAuthenticationToken)', async () => {
    for (const headers of [{}, { Authorization: 'Basic dXNlcjpwdw==' }, { Authorization: 'Bearer' }] as Record<string, string>[]) {
      const answer = await emulator.call('GET', '/sites/root', { anonymous: !('Authorization' in headers), headers });
      expect(answer.status).toBe(401);
      expect(graphError(answer).code).toBe('InvalidAuthenticationToken');
    }
  });

  it('outside local mode accepts only development tokens, and has no control routes', async () => {
    expect((await emulator.call('GET', '/sites/root')).status).toBe(401);
    expect((await emulator.call('GET', '/sites/root', { as: DEMO_STAFF[1] })).status).toBe(200);
    const control = await fetch(`${emulator.server.controlUrl}/faults`, { method: 'POST', body: JSON.stringify({ throttleRate: 1 }) });
    expect(control.status).toBe(404);
    expect((await emulator.call('GET', '/sites/root', { as: DEMO_STAFF[1] })).status).toBe(200);
  });
});

describe('faults', () => {
  let emulator: TestEmulator;
  let acks: CreatedList;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    acks = await createAcknowledgementsList(emulator);
  });
  afterEach(() => emulator.server.setFaults({}));
  afterAll(() => emulator.stop());

  it('throttles with 429 or 503 and Retry-After, without doing the work', async () => {
    emulator.server.setFaults({ throttleRate: 1, retryAfterSeconds: 3 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const answer = await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(i) } });
      statuses.add(answer.status);
      expect(answer.headers.get('retry-after')).toBe('3');
      expect(graphError(answer).code).toMatch(/^(activityLimitReached|serviceNotAvailable)$/);
    }
    expect([...statuses].sort()).toEqual([429, 503]);
    emulator.server.setFaults({});
    expect(await countItems(emulator, acks)).toBe(0);
  });

  it('drops the connection before the work: the client gets no answer and nothing is written', async () => {
    emulator.server.setFaults({ dropRate: 1, dropPhase: 'before' });
    await expect(emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(1) } })).rejects.toThrow();
    emulator.server.setFaults({});
    expect(await countItems(emulator, acks)).toBe(0);
  });

  it('drops the connection after the work: no answer, yet the write is there (why writes must be idempotent)', async () => {
    emulator.server.setFaults({ dropRate: 1, dropPhase: 'after' });
    await expect(emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(2) } })).rejects.toThrow();
    emulator.server.setFaults({});
    const retry = await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(2) } });
    expect(retry.status).toBe(409);
    expect(await countItems(emulator, acks)).toBe(1);
  });

  it('adds latency to every answer', async () => {
    emulator.server.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await emulator.call('GET', '/sites/root')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('is switched over HTTP in local mode: POST /graph/_emulator/faults, checked; health stays reachable', async () => {
    const control = emulator.server.controlUrl;
    const headers = { 'Content-Type': 'application/json', Authorization: 'Bearer local' };
    const set = await fetch(`${control}/faults`, { method: 'POST', headers, body: JSON.stringify({ throttleRate: 1, retryAfterSeconds: 0 }) });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ throttleRate: 1, retryAfterSeconds: 0 });
    const throttled = await emulator.call('GET', '/sites/root');
    expect([429, 503]).toContain(throttled.status);
    expect(throttled.headers.get('retry-after')).toBe('0');
    const health = await fetch(`${control}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', lists: [{ displayName: 'Acknowledgements', itemCount: 1 }] });
    for (const bad of [{ throttleRate: 2 }, { dropRate: 'half' }, { colour: 'red' }]) {
      const refused = await fetch(`${control}/faults`, { method: 'POST', headers, body: JSON.stringify(bad) });
      expect(refused.status).toBe(400);
    }
    const malformed = await fetch(`${control}/faults`, { method: 'POST', headers, body: '{"throttleRate":' });
    expect(malformed.status).toBe(400);
    expect(await (await fetch(`${control}/faults`, { headers })).json()).toEqual({ throttleRate: 1, retryAfterSeconds: 0 });
    const reset = await fetch(`${control}/faults`, { method: 'POST', headers, body: '{}' });
    expect(reset.status).toBe(200);
    expect((await emulator.call('GET', '/sites/root')).status).toBe(200);
  });
});

describe('persistence', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it('keeps lists, items, eTags, people and delta tokens across a restart on the same port', async () => {
    const acks = await createAcknowledgementsList(emulator);
    await addRows(emulator, acks.path, Array.from({ length: 25 }, (_, i) => ackFields(i + 1)));
    const author = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(26) }, as: DEMO_STAFF[2] });
    await emulator.call('DELETE', `${acks.path}/items/3`);
    const before = await emulator.call<Item>('GET', `${acks.path}/items/26?$expand=fields`);
    const latest = await emulator.call<Page>('GET', `${acks.path}/items/delta?token=latest&$expand=fields`);
    const baseUrl = emulator.baseUrl;

    await emulator.server.restart();

    expect(emulator.server.baseUrl).toBe(baseUrl);
    const after = await emulator.call<Item>('GET', `${acks.path}/items/26?$expand=fields`);
    expect(after.body).toEqual(before.body);
    expect(after.body.fields.AuthorLookupId).toBe(author.body.fields.AuthorLookupId);
    expect(await countItems(emulator, acks)).toBe(25);
    expect((await emulator.call('GET', `${acks.path}/items/3`)).status).toBe(404);
    // ids keep counting, the unique key is still enforced
    const next = await emulator.call<Item>('POST', `${acks.path}/items`, { body: { fields: ackFields(27) } });
    expect(next.body.id).toBe('27');
    expect((await emulator.call('POST', `${acks.path}/items`, { body: { fields: ackFields(5) } })).status).toBe(409);
    // a delta link from before the restart still works
    const changes = await emulator.call<Page>('GET', latest.body['@odata.deltaLink'] as string);
    expect(changes.status).toBe(200);
    expect(changes.body.value.map((i) => i.id)).toEqual(['27']);
  });
});

describe('two emulators on one file (the server and the CLI)', () => {
  it('each sees at once the lists, columns and items the other wrote', async () => {
    const server = await startTestEmulator();
    const cli = await startEmulatorServer({ dbFile: server.dbFile, defaultUser: { oid: 'cli', name: 'CLI', upn: 'cli@example' }, acceptAnyBearer: true });
    try {
      const headers = { Authorization: 'Bearer x', 'Content-Type': 'application/json', Connection: 'close' };
      // the server reads the lists first, so it has them cached
      expect((await server.call<Page>('GET', '/sites/root/lists')).body.value).toEqual([]);
      const made = await fetch(`${cli.baseUrl}/sites/root/lists`, { method: 'POST', headers, body: JSON.stringify({ displayName: 'Shared', columns: [{ name: 'Code', text: {} }] }) });
      expect(made.status).toBe(201);
      const list = (await made.json()) as { id: string };
      const added = await fetch(`${cli.baseUrl}/sites/root/lists/${list.id}/columns`, { method: 'POST', headers, body: JSON.stringify({ name: 'Extra', text: {}, indexed: true }) });
      expect(added.status).toBe(201);
      const item = await server.call<Item>('POST', `/sites/root/lists/Shared/items`, { body: { fields: { Code: 'c1', Extra: 'e1' } } });
      expect(item.status).toBe(201);
      const seen = await fetch(`${cli.baseUrl}/sites/root/lists/${list.id}/items?$expand=fields&$filter=${encodeURIComponent("fields/Extra eq 'e1'")}`, { headers });
      expect(((await seen.json()) as Page).value.map((i) => i.fields.Code)).toEqual(['c1']);
    } finally {
      await cli.close();
      await server.stop();
    }
  });
});

describe('a closed emulator', () => {
  it('answers 503 with Retry-After, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-closed-'));
    const emulator = createGraphEmulator({ dbFile: join(dir, 'lists.sqlite'), defaultUser: { oid: 'o', name: 'n', upn: 'u' }, acceptAnyBearer: true });
    const app = express();
    app.use('/graph/v1.0', emulator.router);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graph/v1.0/sites/root`;
    const headers = { Authorization: 'Bearer any', Connection: 'close' };
    expect((await fetch(url, { headers })).status).toBe(200);
    emulator.close();
    const closed = await fetch(url, { headers });
    expect(closed.status).toBe(503);
    expect(closed.headers.get('retry-after')).toBe('1');
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
