// Local mode models a locked tenant's rules (docs/deploy.md, `lists lock`): every Graph request
// needs a valid (development) token, and only the app reads or changes the Acknowledgements list
// (and the Meeting criteria list, see meeting-criteria-api.test.ts): a person's token cannot read,
// create, update or delete a row there (403 accessDenied, as SharePoint answers), not even inside a
// $batch. The person's own decisions go through the server, which reads and writes as the app.
// Coordinators read the Indicators and Adoption lists the server writes, and edit the content.
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
/** the demo coordinator (team programma-duurzaamheid) */
const NOOR = DEMO_STAFF[4]!;
const APP = makeDevToken(LOCAL_APP_IDENTITY);

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
    // nothing was written
    expect((await graph('GET', `${ITEMS}?$expand=fields`, APP)).body.value).toEqual([]);
  });

  it("refuses another person's update and delete of a row the server wrote; the app may", async () => {
    const posted = await fetch(`${server.url}/api/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(JORIS)}` },
      body: JSON.stringify({ idempotencyKey: 'k-joris-0001', checklistItemId: 'roads-reuse', checklistId: 'roads', decision: 'applied', contextType: 'procurement', contextRef: 'doc-rules', source: 'tab', contentVersion: '1' }),
    });
    expect(posted.status).toBe(200);
    const [item] = (await graph('GET', `${ITEMS}?$expand=fields`, APP)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    expect(item!.fields.StaffAadId).toBe(JORIS.oid);

    for (const person of [SANNE, JORIS]) {
      const token = makeDevToken(person);
      const update = await graph('PATCH', `${ITEMS}/${item!.id}/fields`, token, { Decision: 'later' });
      expect([update.status, update.body.error?.code]).toEqual([403, 'accessDenied']);
      const remove = await graph('DELETE', `${ITEMS}/${item!.id}`, token);
      expect([remove.status, remove.body.error?.code]).toEqual([403, 'accessDenied']);
    }
    const after = (await graph('GET', `${ITEMS}/${item!.id}?$expand=fields`, APP)).body as { fields: Record<string, string> };
    expect(after.fields.Decision).toBe('applied');
    expect((await graph('DELETE', `${ITEMS}/${item!.id}`, makeDevToken(LOCAL_APP_IDENTITY))).status).toBe(204);
  });

  it("refuses a person's read of the acknowledgements, however asked, while the app reads them: Sanne's reasons never reach Joris", async () => {
    const recorded = await fetch(`${server.url}/api/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(SANNE)}` },
      body: JSON.stringify({
        idempotencyKey: 'k-sanne-secret-1',
        checklistItemId: 'roads-reuse',
        checklistId: 'roads',
        decision: 'not-applicable',
        reason: 'Sanne haar reden',
        contextType: 'procurement',
        contextRef: 'doc-secret-123',
        contextTitle: 'Geheim bestek',
        source: 'tab',
        contentVersion: '1',
      }),
    });
    expect(recorded.status).toBe(200);
    const all = (await graph('GET', '/sites/root/lists?$select=id,displayName', APP)).body.value as Array<{ id: string; displayName: string }>;
    const listId = all.find((l) => l.displayName === 'Acknowledgements')!.id;
    const query = `/sites/root/lists/${listId}/items?$expand=fields&$filter=${encodeURIComponent("fields/ContextRef eq 'doc-secret-123'")}`;
    const [row] = (await graph('GET', query, APP)).body.value as Array<{ id: string; fields: Record<string, string> }>;
    expect(row!.fields).toMatchObject({ StaffAadId: SANNE.oid, Reason: 'Sanne haar reden' });

    const joris = makeDevToken(JORIS);
    const reads = [query, `/sites/root/lists/${listId}/items/${row!.id}?$expand=fields`, `/sites/root/lists/${listId}/items/${row!.id}/fields`, `/sites/root/lists/${listId}/items/delta?$expand=fields`, `/sites/root/lists/${listId}`, `/sites/root/lists/${listId}/columns`];
    for (const path of reads) {
      const answer = await graph('GET', path, joris);
      expect([path, answer.status, answer.body.error?.code]).toEqual([path, 403, 'accessDenied']);
      expect(JSON.stringify(answer.body)).not.toContain('Sanne haar reden');
    }
    const batch = await graph('POST', '/$batch', joris, { requests: [{ id: '1', method: 'GET', url: `/sites/root/lists/${listId}/items?$expand=fields` }] });
    expect(batch.body.responses?.[0]).toMatchObject({ status: 403, body: { error: { code: 'accessDenied' } } });
    // the site's lists, as Joris sees them, leave it out (SharePoint trims them)
    const seen = (await graph('GET', '/sites/root/lists?$select=id,displayName', joris)).body.value as Array<{ displayName: string }>;
    expect(seen.map((l) => l.displayName)).not.toContain('Acknowledgements');
    expect(seen.map((l) => l.displayName)).toContain('Checklists');
  });

  it('lets coordinators read the Indicators and Adoption lists the server writes; nobody else reads them, nobody but the app changes them', async () => {
    for (const name of ['Indicators', 'Adoption']) {
      const items = `/sites/root/lists/${name}/items`;
      expect((await graph('GET', items, makeDevToken(NOOR))).status).toBe(200);
      const staff = await graph('GET', items, makeDevToken(SANNE));
      expect([staff.status, staff.body.error?.code]).toEqual([403, 'accessDenied']);
      for (const person of [SANNE, NOOR]) {
        const created = await graph('POST', items, makeDevToken(person), { fields: { Title: 'forged' } });
        expect([name, created.status, created.body.error?.code]).toEqual([name, 403, 'accessDenied']);
      }
    }
  });

  it('lets staff read the content lists and coordinators edit them, as the site gives Visitors and Members', async () => {
    const fields = { Title: 'rules-test', TitleNl: 'Test', TitleEn: 'Test', DescriptionNl: '-', DescriptionEn: '-', OwnerTeam: 'inkoop', Phase: PHASES[0], Theme: THEMES[0], IndicatorNl: '-', IndicatorEn: '-' };
    const items = '/sites/root/lists/Programme%20actions/items';
    expect((await graph('GET', items, makeDevToken(SANNE))).status).toBe(200);
    const refused = await graph('POST', items, makeDevToken(SANNE), { fields });
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'accessDenied']);
    const action = await graph('POST', items, makeDevToken(NOOR), { fields });
    expect(action.status).toBe(201);
    const removed = await graph('DELETE', `${items}/${String(action.body.id)}`, makeDevToken(SANNE));
    expect([removed.status, removed.body.error?.code]).toEqual([403, 'accessDenied']);
    expect((await graph('DELETE', `${items}/${String(action.body.id)}`, makeDevToken(NOOR))).status).toBe(204);
  });
});
