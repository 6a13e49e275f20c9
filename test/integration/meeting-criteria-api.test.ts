// The server as the one writer of the Meeting criteria list: POST /api/meeting-criteria attaches as
// the caller of a validated token (whatever the body says about who attached), acknowledges only
// criteria new to the meeting, and a repeated request changes nothing; GET reads them back. The
// person who attached first owns the meeting's criteria: others add to them but cannot remove them
// or change the subject (403 criteriaOwnedByAnother). Another person's token cannot create, update
// or delete a row of that list through Graph (403 accessDenied).
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { runCli } from '../support/run-cli';
import { startTestServer } from '../support/test-server';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-meet-');
const SANNE = DEMO_STAFF[0]!;
const JORIS = DEMO_STAFF[1]!;
const ITEM_A = 'roads-limit-paved-area';
const ITEM_B = 'roads-mki-ceiling-design';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined });
});
afterAll(() => server.close());

const attach = (body: unknown, token?: string) =>
  fetch(`${server.url}/api/meeting-criteria`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const read = async (meetingId: string, token: string) => {
  const res = await fetch(`${server.url}/api/meeting-criteria?meetingId=${encodeURIComponent(meetingId)}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { criteria: Record<string, unknown> | null; error?: { message: string } } };
};

const body = (meetingId: string, itemIds: string[], over: Record<string, unknown> = {}) => ({
  meetingId,
  subject: 'Kick-off Dorpsstraat',
  start: '2026-12-10T09:00:00Z',
  checklistItemIds: itemIds,
  source: 'meeting',
  contentVersion: '2026.11.0',
  ...over,
});

const graph = async (method: string, path: string, token: string, payload?: unknown) => {
  const res = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Meeting%20criteria${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as { error?: { code: string }; value?: Array<{ id: string; fields: Record<string, string> }> } };
};

/** the `attached` acknowledgements of a meeting, read as the app */
async function attachedAcks(meetingId: string): Promise<Array<Record<string, string>>> {
  const filter = encodeURIComponent(`fields/ContextRef eq '${meetingId}'`);
  const res = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Acknowledgements/items?$expand=fields&$filter=${filter}`, {
    headers: { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` },
  });
  return ((await res.json()) as { value: Array<{ fields: Record<string, string> }> }).value.map((i) => i.fields).filter((f) => f.Decision === 'attached');
}

describe('POST /api/meeting-criteria', () => {
  it('refuses a request without a valid token (401) and writes nothing', async () => {
    for (const token of [undefined, 'opaque-token']) expect((await attach(body('m-api-0', [ITEM_A]), token)).status).toBe(401);
    expect((await read('m-api-0', makeDevToken(SANNE))).body.criteria).toBeNull();
  });

  it("attaches as the caller: a body's attachedBy, person and team are ignored; GET reads the row back", async () => {
    const res = await attach(body('m-api-1', [ITEM_A], { attachedBy: JORIS.oid, staffAadId: JORIS.oid, team: 'vastgoed' }), makeDevToken(SANNE));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { criteria: Record<string, unknown>; acknowledged: { written: number } };
    expect(answer.criteria).toMatchObject({ meetingId: 'm-api-1', checklistItemIds: [ITEM_A], attachedBy: SANNE.oid, subject: 'Kick-off Dorpsstraat' });
    expect(answer.acknowledged.written).toBe(1);
    const acks = await attachedAcks('m-api-1');
    expect(acks.map((a) => [a.ChecklistItemId, a.StaffAadId, a.Team, a.Source])).toEqual([[ITEM_A, SANNE.oid, 'inkoop', 'meeting']]);
    // anyone in the meeting reads what is attached
    const seen = await read('m-api-1', makeDevToken(JORIS));
    expect(seen.status).toBe(200);
    expect(seen.body.criteria).toMatchObject({ meetingId: 'm-api-1', checklistItemIds: [ITEM_A], attachedBy: SANNE.oid });
  });

  it('acknowledges only criteria new to the meeting, and a repeated request adds nothing', async () => {
    const token = makeDevToken(SANNE);
    expect((await attach(body('m-api-2', [ITEM_A]), token)).status).toBe(200);
    const second = await attach(body('m-api-2', [ITEM_A, ITEM_B]), token);
    expect(((await second.json()) as { acknowledged: { written: number } }).acknowledged.written).toBe(1);
    const again = await attach(body('m-api-2', [ITEM_A, ITEM_B]), token);
    expect(((await again.json()) as { acknowledged: { written: number; alreadyPresent: number } }).acknowledged).toEqual({ written: 0, alreadyPresent: 0 });
    expect((await attachedAcks('m-api-2')).map((a) => a.ChecklistItemId).sort()).toEqual([ITEM_A, ITEM_B].sort());
    expect((await graph('GET', `/items?$expand=fields&$filter=${encodeURIComponent("fields/MeetingId eq 'm-api-2'")}`, makeDevToken(LOCAL_APP_IDENTITY))).body.value).toHaveLength(1);
  });

  it('answers 400 with a reason for a bad body or unknown criteria, and writes nothing', async () => {
    const token = makeDevToken(SANNE);
    const unknown = await attach(body('m-api-3', ['no-such-criterion']), token);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'invalidAttachment', message: expect.stringContaining('no-such-criterion') });
    const empty = await attach(body('m-api-3', []), token);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/checklistItemIds/);
    const badSource = await attach(body('m-api-3', [ITEM_A], { source: 'bot' }), token);
    expect(badSource.status).toBe(400);
    expect((await read('m-api-3', token)).body.criteria).toBeNull();
    expect(await attachedAcks('m-api-3')).toEqual([]);
    expect((await read('', token)).status).toBe(400);
  });
});

describe("a meeting's criteria belong to the person who attached first", () => {
  const ITEM_C = 'roads-co2-performance-ladder';

  it("refuses another person's replacement of them (403), and the owner's criteria, subject and name stay", async () => {
    expect((await attach(body('MEETING-ABC', [ITEM_A, ITEM_B]), makeDevToken(SANNE))).status).toBe(200);
    const replaced = await attach(body('MEETING-ABC', [ITEM_C], { subject: '(vervangen)' }), makeDevToken(JORIS));
    expect(replaced.status).toBe(403);
    const refusal = ((await replaced.json()) as { error: { code: string; message: string } }).error;
    expect(refusal).toMatchObject({ code: 'criteriaOwnedByAnother', message: expect.stringContaining(`${ITEM_A}, ${ITEM_B}`) });
    expect((await read('MEETING-ABC', makeDevToken(JORIS))).body.criteria).toEqual({
      meetingId: 'MEETING-ABC',
      checklistItemIds: [ITEM_A, ITEM_B],
      attachedBy: SANNE.oid,
      subject: 'Kick-off Dorpsstraat',
      start: '2026-12-10T09:00:00Z',
    });
    expect((await attachedAcks('MEETING-ABC')).map((a) => [a.ChecklistItemId, a.StaffAadId])).toEqual([
      [ITEM_A, SANNE.oid],
      [ITEM_B, SANNE.oid],
    ]);
  });

  it('lets another person add a criterion, as theirs, without changing the subject or start', async () => {
    const added = await attach(body('MEETING-ABC', [ITEM_A, ITEM_B, ITEM_C], { subject: '(vervangen)', start: '2030-01-01T00:00:00Z' }), makeDevToken(JORIS));
    expect(added.status).toBe(200);
    expect(((await added.json()) as { acknowledged: { written: number } }).acknowledged.written).toBe(1);
    expect((await read('MEETING-ABC', makeDevToken(SANNE))).body.criteria).toMatchObject({
      checklistItemIds: [ITEM_A, ITEM_B, ITEM_C],
      attachedBy: SANNE.oid,
      subject: 'Kick-off Dorpsstraat',
      start: '2026-12-10T09:00:00Z',
    });
    const acks = await attachedAcks('MEETING-ABC');
    expect(acks.filter((a) => a.ChecklistItemId === ITEM_C).map((a) => [a.StaffAadId, a.ContextTitle])).toEqual([[JORIS.oid, 'Kick-off Dorpsstraat']]);
    // nor may he take his own addition away again: only the owner removes
    expect((await attach(body('MEETING-ABC', [ITEM_A, ITEM_B]), makeDevToken(JORIS))).status).toBe(403);
  });

  it('keeps both when two people attach first at the same moment: the one who lands first owns the row, the other adds', async () => {
    const [sanne, joris] = await Promise.all([attach(body('MEETING-RACE', [ITEM_A]), makeDevToken(SANNE)), attach(body('MEETING-RACE', [ITEM_B]), makeDevToken(JORIS))]);
    expect([sanne.status, joris.status]).toEqual([200, 200]);
    const row = (await read('MEETING-RACE', makeDevToken(SANNE))).body.criteria as { checklistItemIds: string[]; attachedBy: string };
    // neither request replaced the other's criterion
    expect([...row.checklistItemIds].sort()).toEqual([ITEM_A, ITEM_B].sort());
    expect([SANNE.oid, JORIS.oid]).toContain(row.attachedBy);
  });

  it('lets the owner remove criteria, anyone’s, and change the subject', async () => {
    const changed = await attach(body('MEETING-ABC', [ITEM_B], { subject: 'Kick-off Dorpsstraat (verzet)' }), makeDevToken(SANNE));
    expect(changed.status).toBe(200);
    expect((await read('MEETING-ABC', makeDevToken(JORIS))).body.criteria).toMatchObject({ checklistItemIds: [ITEM_B], attachedBy: SANNE.oid, subject: 'Kick-off Dorpsstraat (verzet)' });
  });
});

describe('the Meeting criteria list in local mode', () => {
  it("refuses another person's read, create, update and delete (403 accessDenied); the app may read and change it", async () => {
    const forged = { fields: { Title: 'Kick-off', MeetingId: 'm-forged', ChecklistItemIds: ITEM_A, AttachedBy: SANNE.oid, Subject: 'Kick-off' } };
    for (const person of [SANNE, JORIS]) {
      const created = await graph('POST', '/items', makeDevToken(person), forged);
      expect([created.status, created.body.error?.code]).toEqual([403, 'accessDenied']);
    }
    expect((await attach(body('m-api-4', [ITEM_A]), makeDevToken(JORIS))).status).toBe(200);
    const query = `/items?$expand=fields&$filter=${encodeURIComponent("fields/MeetingId eq 'm-api-4'")}`;
    const [row] = (await graph('GET', query, makeDevToken(LOCAL_APP_IDENTITY))).body.value!;
    for (const person of [SANNE, JORIS]) {
      const token = makeDevToken(person);
      // staff read the criteria through the server (GET /api/meeting-criteria), never the list
      const listed = await graph('GET', query, token);
      expect([listed.status, listed.body.error?.code]).toEqual([403, 'accessDenied']);
      const update = await graph('PATCH', `/items/${row!.id}/fields`, token, { ChecklistItemIds: ITEM_B });
      expect([update.status, update.body.error?.code]).toEqual([403, 'accessDenied']);
      const remove = await graph('DELETE', `/items/${row!.id}`, token);
      expect([remove.status, remove.body.error?.code]).toEqual([403, 'accessDenied']);
    }
    expect((await read('m-api-4', makeDevToken(SANNE))).body.criteria).toMatchObject({ checklistItemIds: [ITEM_A], attachedBy: JORIS.oid });
    expect((await graph('DELETE', `/items/${row!.id}`, makeDevToken(LOCAL_APP_IDENTITY))).status).toBe(204);
  });
});

describe('acks forget and the Meeting criteria list (docs/privacy.md, erasure)', () => {
  it("removes the meetings a forgotten person owns: another person's GET no longer shows their id, and the next to attach owns it", async () => {
    expect((await attach(body('m-api-forget', [ITEM_A]), makeDevToken(SANNE))).status).toBe(200);
    expect((await attach(body('m-api-forget', [ITEM_A, ITEM_B]), makeDevToken(JORIS))).status).toBe(200);
    expect((await read('m-api-forget', makeDevToken(JORIS))).body.criteria).toMatchObject({ attachedBy: SANNE.oid });

    const forgotten = await runCli(['acks', 'forget', '--person', SANNE.oid, '--yes'], { CC_GRAPH_BASE_URL: `${server.url}/graph/v1.0` });
    expect([forgotten.code, forgotten.out]).toEqual([0, expect.stringMatching(/^deleted \d+ acknowledgement\(s\) and \d+ Meeting criteria row\(s\) of /)]);
    const after = await read('m-api-forget', makeDevToken(JORIS));
    expect(after.status).toBe(200);
    expect(after.body.criteria).toBeNull();
    expect(JSON.stringify((await graph('GET', '/items?$expand=fields', makeDevToken(LOCAL_APP_IDENTITY))).body)).not.toContain(SANNE.oid);
    // Joris's own choice of ITEM_B stays; attaching again makes him the owner of a new row
    expect((await attachedAcks('m-api-forget')).map((a) => a.StaffAadId)).toEqual([JORIS.oid]);
    const again = await attach(body('m-api-forget', [ITEM_B]), makeDevToken(JORIS));
    expect(again.status).toBe(200);
    expect((await read('m-api-forget', makeDevToken(SANNE))).body.criteria).toMatchObject({ attachedBy: JORIS.oid, checklistItemIds: [ITEM_B] });
  });
});
