// Local mode models the tenant's rules: every Graph request needs a valid (development) token, and
// only the app changes the Acknowledgements list (and the Meeting criteria list, see
// meeting-criteria-api.test.ts): another person's token cannot create, update or
// delete a row there (403 accessDenied, as SharePoint answers), not even inside a $batch. The
// person's own decision goes through the server, which writes as the app.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { PHASES, THEMES } from '../../src/domain/taxonomy';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-rules-');
const SANNE = DEMO_STAFF[0]!;
const JORIS = DEMO_STAFF[1]!;

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined });
});
afterAll(() => server.close());

const graph = async (method: string, path: string, token: string | undefined, body?: unknown) => {
  const res = await fetch(`${server.url}/graph/v1.0${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as { error?: { code: string; message: string }; value?: unknown[]; responses?: Array<{ status: number; body?: { error?: { code: string } } }> } & Record<string, unknown> };
};

const ITEMS = '/sites/root/lists/Acknowledgements/items';
const row = (staff: string, key: string) => ({
  fields: {
    Title: 'applied: roads-reuse',
    AckKey: key,
    ChecklistItemId: 'roads-reuse',
    Decision: 'applied',
    ContextType: 'procurement',
    ContextRef: 'doc-rules',
    Source: 'tab',
    StaffAadId: staff,
    Team: 'inkoop',
    ContentVersion: '1',
    AppVersion: '1',
    AckAt: '2026-11-28T10:00:00Z',
  },
});

describe("the local emulator's rules", () => {
  it('refuses a request without a token, or with a token that is not a development token (401)', async () => {
    expect((await graph('GET', '/sites/root', undefined)).status).toBe(401);
    const opaque = await graph('GET', ITEMS, 'opaque-token');
    expect(opaque.status).toBe(401);
    expect(opaque.body.error?.code).toBe('InvalidAuthenticationToken');
  });

  it("refuses a person's create on the acknowledgements list, directly and in a $batch, with Graph's accessDenied", async () => {
    const sanne = makeDevToken(SANNE);
    const direct = await graph('POST', ITEMS, sanne, row(SANNE.oid, 'forged-key-0001'));
    expect(direct.status).toBe(403);
    expect(direct.body.error).toMatchObject({ code: 'accessDenied', message: expect.stringContaining('Access denied') });
    const batch = await graph('POST', '/$batch', sanne, { requests: [{ id: '1', method: 'POST', url: ITEMS, headers: { 'content-type': 'application/json' }, body: row(JORIS.oid, 'forged-key-0002') }] });
    expect(batch.status).toBe(200);
    expect(batch.body.responses?.[0]).toMatchObject({ status: 403, body: { error: { code: 'accessDenied' } } });
    // reading stays possible; nothing was written
    expect((await graph('GET', `${ITEMS}?$expand=fields`, sanne)).body.value).toEqual([]);
  });

  it("refuses another person's update and delete of a row the server wrote; the app may", async () => {
    const posted = await fetch(`${server.url}/api/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(JORIS)}` },
      body: JSON.stringify({ idempotencyKey: 'k-joris-0001', checklistItemId: 'roads-reuse', checklistId: 'roads', decision: 'applied', contextType: 'procurement', contextRef: 'doc-rules', source: 'tab', contentVersion: '1' }),
    });
    expect(posted.status).toBe(200);
    const [item] = (await graph('GET', `${ITEMS}?$expand=fields`, makeDevToken(SANNE))).body.value as Array<{ id: string; fields: Record<string, string> }>;
    expect(item!.fields.StaffAadId).toBe(JORIS.oid);

    for (const person of [SANNE, JORIS]) {
      const token = makeDevToken(person);
      const update = await graph('PATCH', `${ITEMS}/${item!.id}/fields`, token, { Decision: 'later' });
      expect([update.status, update.body.error?.code]).toEqual([403, 'accessDenied']);
      const remove = await graph('DELETE', `${ITEMS}/${item!.id}`, token);
      expect([remove.status, remove.body.error?.code]).toEqual([403, 'accessDenied']);
    }
    const after = (await graph('GET', `${ITEMS}/${item!.id}?$expand=fields`, makeDevToken(SANNE))).body as { fields: Record<string, string> };
    expect(after.fields.Decision).toBe('applied');
    expect((await graph('DELETE', `${ITEMS}/${item!.id}`, makeDevToken(LOCAL_APP_IDENTITY))).status).toBe(204);
  });

  it('leaves the content lists to people, as their site rights do', async () => {
    const fields = { Title: 'rules-test', TitleNl: 'Test', TitleEn: 'Test', DescriptionNl: '-', DescriptionEn: '-', OwnerTeam: 'inkoop', Phase: PHASES[0], Theme: THEMES[0], IndicatorNl: '-', IndicatorEn: '-' };
    const action = await graph('POST', '/sites/root/lists/Programme%20actions/items', makeDevToken(SANNE), { fields });
    expect(action.status).toBe(201);
    expect((await graph('DELETE', `/sites/root/lists/Programme%20actions/items/${String(action.body.id)}`, makeDevToken(SANNE))).status).toBe(204);
  });
});
