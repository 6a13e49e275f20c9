// Contract: $batch in the emulator runs up to 20 sub-requests against the same endpoints,
// honours dependsOn, and answers each on its own (a refused or throttled one does not stop the rest).
import { graphError, startTestEmulator, type GraphAnswer, type TestEmulator } from '../support/emulator-harness';
import { ackFields, createAcknowledgementsList, type CreatedList } from '../support/emulator-fixtures';
import { schemaProblems } from '../support/emulator-schema';

type SubResponse = { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> & { id?: string } };
type BatchAnswer = { responses: SubResponse[] };

const JSON_HEADERS = { 'Content-Type': 'application/json' };

let emulator: TestEmulator;
let acks: CreatedList;

beforeAll(async () => {
  emulator = await startTestEmulator();
  acks = await createAcknowledgementsList(emulator);
});
afterAll(() => emulator.stop());

const keys = async (): Promise<string[]> => {
  const page = await emulator.call<{ value: { fields: { AckKey: string } }[] }>('GET', `${acks.path}/items?$expand=fields&$top=500`);
  return page.body.value.map((i) => i.fields.AckKey);
};

const create = (id: string, n: number, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'POST',
  url: `${acks.path}/items`,
  headers: JSON_HEADERS,
  body: { fields: ackFields(n) },
  ...extra,
});

describe('$batch', () => {
  it('runs each sub-request and answers each with its own status, headers and body', async () => {
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', {
      body: {
        requests: [
          create('a', 1),
          create('b', 1), // the same AckKey: refused, the others still run
          { id: 'c', method: 'GET', url: `${acks.path.slice(1)}/items/1?$expand=fields`, dependsOn: ['a'] },
          { id: 'd', method: 'GET', url: `${acks.path}/items/999` },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const byId = new Map(answer.body.responses.map((r) => [r.id, r]));
    expect(byId.get('a')?.status).toBe(201);
    expect(schemaProblems('listItem', byId.get('a')?.body)).toEqual([]);
    expect(byId.get('a')?.headers.Location).toContain(`/items/${byId.get('a')?.body?.id}`);
    expect(byId.get('b')?.status).toBe(409);
    expect(byId.get('c')).toMatchObject({ status: 200, body: { id: '1', fields: { AckKey: 'ack-1' } } });
    expect(byId.get('d')?.status).toBe(404);
    expect((byId.get('d')?.body as { error: { code: string } }).error.code).toBe('itemNotFound');
    expect(await keys()).toEqual(['ack-1']);
  });

  it('refuses more than 20 requests (400) and runs none of them', async () => {
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', { body: { requests: Array.from({ length: 21 }, (_, i) => create(String(i), 100 + i)) } });
    expect(answer.status).toBe(400);
    expect(graphError(answer).code).toBe('invalidRequest');
    expect(await keys()).toEqual(['ack-1']);
  });

  it('runs a request after the one it depends on, even when listed first', async () => {
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'read', method: 'GET', url: `${acks.path}/items?$expand=fields&$filter=${encodeURIComponent("fields/AckKey eq 'ack-2'")}`, dependsOn: ['write'] },
          create('write', 2),
        ],
      },
    });
    const read = answer.body.responses.find((r) => r.id === 'read');
    expect((read?.body as { value: unknown[] }).value).toHaveLength(1);
    expect(answer.body.responses.map((r) => r.id)).toEqual(['write', 'read']);
  });

  it('answers 424 for a request whose dependency failed, and does not run it', async () => {
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', {
      body: { requests: [create('first', 2), create('second', 3, { dependsOn: ['first'] })] },
    });
    const byId = new Map(answer.body.responses.map((r) => [r.id, r]));
    expect(byId.get('first')?.status).toBe(409);
    expect(byId.get('second')?.status).toBe(424);
    expect(await keys()).not.toContain('ack-3');
  });

  it.each([
    ['no requests list', { value: [] }],
    ['an empty requests list', { requests: [] }],
    ['a request without id', { requests: [{ method: 'GET', url: '/sites/root' }] }],
    ['two requests with one id', { requests: [{ id: '1', method: 'GET', url: '/sites/root' }, { id: '1', method: 'GET', url: '/sites/root' }] }],
    ['an absolute url', { requests: [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/sites/root' }] }],
    ['a body without Content-Type', { requests: [{ id: '1', method: 'POST', url: `/sites/root/lists/Acknowledgements/items`, body: { fields: {} } }] }],
    ['a dependency that is not in the batch', { requests: [{ id: '1', method: 'GET', url: '/sites/root', dependsOn: ['9'] }] }],
    ['dependencies in a cycle', { requests: [{ id: '1', method: 'GET', url: '/sites/root', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/sites/root', dependsOn: ['1'] }] }],
    ['a batch inside a batch', { requests: [{ id: '1', method: 'POST', url: '/$batch', headers: JSON_HEADERS, body: { requests: [] } }] }],
  ])('refuses %s', async (_why, body) => {
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', { body });
    const status = answer.status === 200 ? answer.body.responses[0]?.status : answer.status;
    expect(status).toBe(400);
  });

  it('accepts a body given as base64 JSON, as Graph allows', async () => {
    const body = Buffer.from(JSON.stringify({ fields: ackFields(4) })).toString('base64');
    const answer = await emulator.call<BatchAnswer>('POST', '/$batch', { body: { requests: [{ id: '1', method: 'POST', url: `${acks.path}/items`, headers: JSON_HEADERS, body }] } });
    expect(answer.body.responses[0]?.status).toBe(201);
  });

  it('throttles sub-requests one by one: 429/503 with Retry-After inside a 200 batch, and only those were not written', async () => {
    emulator.server.setFaults({ throttleRate: 0.5, retryAfterSeconds: 7 });
    let answer: GraphAnswer<BatchAnswer> | undefined;
    // the envelope itself may be throttled too; try until it gets through
    for (let attempt = 0; attempt < 40 && answer?.status !== 200; attempt++) {
      answer = await emulator.call<BatchAnswer>('POST', '/$batch', { body: { requests: Array.from({ length: 20 }, (_, i) => create(`t${i}`, 200 + i)) } });
      if (answer.status !== 200) {
        expect([429, 503]).toContain(answer.status);
        expect(answer.headers.get('retry-after')).toBe('7');
      }
    }
    emulator.server.setFaults({});
    expect(answer?.status).toBe(200);
    const responses = answer?.body.responses ?? [];
    const throttled = responses.filter((r) => r.status !== 201);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.length).toBeLessThan(20);
    for (const r of throttled) {
      expect([429, 503]).toContain(r.status);
      expect(r.headers['Retry-After']).toBe('7');
    }
    const written = await keys();
    for (const r of responses) expect(written.includes(`ack-${200 + Number(r.id.slice(1))}`)).toBe(r.status === 201);
    const first = throttled.find((r) => r.status === 429);
    if (first) expect(first.body).toMatchObject({ error: { code: 'activityLimitReached', innerError: { code: 'throttledRequest' } } });
  });
});
