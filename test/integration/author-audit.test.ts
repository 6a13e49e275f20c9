// The migration report for a list written by browsers: rows that name another person than the one
// SharePoint recorded as their creator are listed; the app's rows and a person's own are counted.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { auditAuthors, createGraphClient, provision } from '../../src/storage/graph';
import { startTestEmulator, type TestEmulator } from '../support/emulator-harness';

const SANNE = DEMO_STAFF[0]!;
const JORIS = DEMO_STAFF[1]!;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const app = makeDevToken(LOCAL_APP_IDENTITY);
  await provision(createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => app }), 'root');
});
afterAll(() => emulator.stop());

const row = (key: string, staff: string) => ({
  fields: { Title: 'x', AckKey: key, ChecklistItemId: 'roads-reuse', Decision: 'applied', ContextType: 'procurement', ContextRef: 'doc', Source: 'tab', StaffAadId: staff, ContentVersion: '1', AppVersion: '1', AckAt: '2026-11-28T10:00:00Z' },
});

it("reports rows recorded in another person's name, and counts the app's and the people's own", async () => {
  const items = '/sites/root/lists/Acknowledgements/items';
  expect((await emulator.call('POST', items, { as: SANNE, body: row('own-row-0001', SANNE.oid) })).status).toBe(201);
  expect((await emulator.call('POST', items, { as: SANNE, body: row('forged-row-01', JORIS.oid) })).status).toBe(201);
  expect((await emulator.call('POST', items, { as: LOCAL_APP_IDENTITY, body: row('app-row-00001', JORIS.oid) })).status).toBe(201);

  const token = makeDevToken(LOCAL_APP_IDENTITY);
  const audit = await auditAuthors(createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => token }), 'root', { appIds: [LOCAL_APP_IDENTITY.oid] });
  expect(audit).toMatchObject({ rows: 3, byApp: 1, byThePerson: 1 });
  expect(audit.mismatched).toEqual([expect.objectContaining({ ackKey: 'forged-row-01', staffAadId: JORIS.oid, createdById: SANNE.oid, createdByName: SANNE.name })]);
});
