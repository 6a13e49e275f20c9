// The server as the one writer: POST /api/acknowledgements records decisions as the caller of a
// validated token (a development token in local mode), whatever the body says about person, team
// or key; retries land once; GET /api/acknowledgements/mine gives a person their own, newest first.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { personalAckKey } from '../../src/server/api/acknowledgement-writer';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-api-');
const SANNE = DEMO_STAFF[0]!;
const JORIS = DEMO_STAFF[1]!;

const entry = (key: string, over: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  checklistItemId: 'roads-recycled-asphalt',
  checklistId: 'roads',
  productGroup: 'roads',
  decision: 'applied',
  contextType: 'procurement',
  contextRef: 'doc-api-1',
  contextTitle: 'Bestek Dorpsstraat',
  source: 'tab',
  contentVersion: '2026.11.0',
  ackAt: '2026-11-28T10:00:00.000Z',
  ...over,
});

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined });
});
afterAll(() => server.close());

const post = (body: unknown, token?: string) =>
  fetch(`${server.url}/api/acknowledgements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const mine = async (token: string, query = '') => {
  const res = await fetch(`${server.url}/api/acknowledgements/mine${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { value: Array<Record<string, string>>; nextCursor?: string } };
};

/** the list's rows for a context, read as the app */
async function rows(contextRef: string): Promise<Array<Record<string, string>>> {
  const filter = encodeURIComponent(`fields/ContextRef eq '${contextRef}'`);
  const res = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Acknowledgements/items?$expand=fields&$filter=${filter}`, {
    headers: { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` },
  });
  return ((await res.json()) as { value: Array<{ fields: Record<string, string> }> }).value.map((i) => i.fields);
}

describe('POST /api/acknowledgements', () => {
  it('keeps the version of the document a choice was made on, refuses a version that is not one, and accepts a choice without', async () => {
    // a person of their own, so the other tests' counts stay theirs
    const token = makeDevToken(DEMO_STAFF[2]!);
    const written = await post(entry('k-version-000001', { contextRef: 'doc-api-versions', documentVersion: 2 }), token);
    expect(written.status).toBe(200);
    const refused = await post(entry('k-version-000002', { contextRef: 'doc-api-versions', documentVersion: 0 }), token);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/documentVersion/);
    expect((await post(entry('k-version-000003', { contextRef: 'doc-api-versions', checklistItemId: 'roads-limit-paved-area' }), token)).status).toBe(200);

    expect((await rows('doc-api-versions')).map((r) => [r.ChecklistItemId, r.DocumentVersion ?? null]).sort()).toEqual([
      ['roads-limit-paved-area', null],
      ['roads-recycled-asphalt', 2],
    ]);
    const own = (await mine(token)).body.value.filter((a) => a.contextRef === 'doc-api-versions');
    expect(own.map((a) => a.documentVersion ?? null).sort()).toEqual([2, null]);
  });

  it('refuses a request without a token, or with anything but a development token (401 with a reason)', async () => {
    for (const token of [undefined, 'opaque-token']) {
      const res = await post(entry('k-no-token-1'), token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/token/);
    }
    expect(await rows('doc-api-1')).toEqual([]);
  });

  it("records as the caller: a body's person, team, key and app version are ignored", async () => {
    const res = await post(
      entry('k-sanne-000001', { staffAadId: JORIS.oid, team: 'vastgoed', ackKey: 'claimed-key-1', appVersion: '9.9.9' }),
      makeDevToken(SANNE),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Array<{ idempotencyKey: string; ackKey: string; status: string }> };
    expect(body.results).toEqual([{ idempotencyKey: 'k-sanne-000001', ackKey: personalAckKey(SANNE.oid, 'k-sanne-000001'), status: 'written' }]);
    const [row] = await rows('doc-api-1');
    expect([row!.StaffAadId, row!.Team, row!.AckKey, row!.AppVersion]).toEqual([SANNE.oid, 'inkoop', body.results[0]!.ackKey, '0.0.0']);
  });

  it('is idempotent: a retry with the same key adds nothing, and the same key from another person is their own', async () => {
    const again = await post(entry('k-sanne-000001'), makeDevToken(SANNE));
    expect(((await again.json()) as { results: Array<{ status: string }> }).results[0]!.status).toBe('alreadyPresent');
    const joris = await post(entry('k-sanne-000001'), makeDevToken(JORIS));
    expect(((await joris.json()) as { results: Array<{ status: string }> }).results[0]!.status).toBe('written');
    const stored = await rows('doc-api-1');
    expect(stored.map((r) => r.StaffAadId).sort()).toEqual([SANNE.oid, JORIS.oid].sort());
  });

  it('takes a batch', async () => {
    const batch = ['k-batch-0001', 'k-batch-0002', 'k-batch-0003'].map((k, i) => entry(k, { contextRef: 'doc-api-2', ackAt: `2026-11-28T1${i}:00:00.000Z` }));
    const res = await post({ acknowledgements: batch }, makeDevToken(SANNE));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results).toHaveLength(3);
    expect(await rows('doc-api-2')).toHaveLength(3);
  });

  it('answers 400 with a reason for a bad body, and writes nothing of it', async () => {
    const token = makeDevToken(SANNE);
    const unknown = await post(entry('k-bad-00001', { decision: 'maybe', contextRef: 'doc-api-3' }), token);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/decision/);
    const noReason = await post({ acknowledgements: [entry('k-bad-00002', { contextRef: 'doc-api-3' }), entry('k-bad-00003', { decision: 'not-applicable', contextRef: 'doc-api-3' })] }, token);
    expect(noReason.status).toBe(400);
    const problems = ((await noReason.json()) as { problems: Array<{ idempotencyKey: string; field: string }> }).problems;
    expect(problems).toEqual([expect.objectContaining({ idempotencyKey: 'k-bad-00003', field: 'reason' })]);
    const notJson = await fetch(`${server.url}/api/acknowledgements`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(await rows('doc-api-3')).toEqual([]);
  });
});

describe('GET /api/acknowledgements/mine', () => {
  it('gives the caller their own decisions only, newest first, a page at a time', async () => {
    const sanne = makeDevToken(SANNE);
    const first = await mine(sanne, '?top=2');
    expect(first.status).toBe(200);
    expect(first.body.value.map((a) => a.contextRef)).toEqual(['doc-api-2', 'doc-api-2']);
    expect(first.body.nextCursor).toBeDefined();
    const second = await mine(sanne, `?top=2&cursor=${encodeURIComponent(first.body.nextCursor!)}`);
    expect(second.body.value.map((a) => a.contextRef).sort()).toEqual(['doc-api-1', 'doc-api-2']);
    expect(second.body.nextCursor).toBeUndefined();
    const all = [...first.body.value, ...second.body.value];
    expect(new Set(all.map((a) => a.ackKey)).size).toBe(4);
    expect(all.every((a) => a.staffAadId === SANNE.oid)).toBe(true);
    expect((await mine(makeDevToken(JORIS))).body.value.map((a) => a.staffAadId)).toEqual([JORIS.oid]);
    expect((await mine(sanne, '?top=0')).status).toBe(400);
    expect((await fetch(`${server.url}/api/acknowledgements/mine`)).status).toBe(401);
  });
});

describe('GET /api/acknowledgements/mine/context', () => {
  const inContext = async (token: string | undefined, query: string) => {
    const res = await fetch(`${server.url}/api/acknowledgements/mine/context${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, body: (await res.json()) as { value: Array<Record<string, string>>; error?: { code: string } } };
  };

  it("gives the caller their own decisions on a document, never another person's on the same document", async () => {
    // two people choose on one document; Sanne changes her mind once
    const doc = { contextRef: 'doc-secret-123', contextTitle: 'Geheim bestek' };
    expect((await post(entry('k-ctx-sanne-01', { ...doc, decision: 'not-applicable', reason: 'Sanne haar reden', ackAt: '2026-11-28T10:00:00.000Z' }), makeDevToken(SANNE))).status).toBe(200);
    expect((await post(entry('k-ctx-sanne-02', { ...doc, decision: 'applied', ackAt: '2026-11-28T11:00:00.000Z' }), makeDevToken(SANNE))).status).toBe(200);
    expect((await post(entry('k-ctx-joris-01', { ...doc, decision: 'later', ackAt: '2026-11-28T12:00:00.000Z' }), makeDevToken(JORIS))).status).toBe(200);
    expect(await rows('doc-secret-123')).toHaveLength(3);

    const joris = await inContext(makeDevToken(JORIS), '?contextRef=doc-secret-123');
    expect(joris.status).toBe(200);
    expect(joris.body.value.map((a) => [a.staffAadId, a.decision])).toEqual([[JORIS.oid, 'later']]);
    expect(JSON.stringify(joris.body)).not.toContain('Sanne haar reden');

    const sanne = await inContext(makeDevToken(SANNE), '?contextRef=doc-secret-123');
    expect(sanne.body.value.map((a) => [a.staffAadId, a.decision])).toEqual([
      [SANNE.oid, 'not-applicable'],
      [SANNE.oid, 'applied'],
    ]);
    // a person without choices there gets none, and the request names no person at all
    expect((await inContext(makeDevToken(DEMO_STAFF[3]!), `?contextRef=doc-secret-123&staffAadId=${SANNE.oid}`)).status).toBe(400);
    expect((await inContext(makeDevToken(DEMO_STAFF[3]!), '?contextRef=doc-secret-123')).body.value).toEqual([]);
  });

  it('refuses a request without a token (401) or without one context (400, with the reason code)', async () => {
    expect((await inContext(undefined, '?contextRef=doc-secret-123')).status).toBe(401);
    for (const query of ['', '?contextRef=', '?contextRef=a&contextRef=b']) {
      const answer = await inContext(makeDevToken(SANNE), query);
      expect([query, answer.status, answer.body.error?.code]).toEqual([query, 400, 'invalidRequest']);
    }
  });
});
