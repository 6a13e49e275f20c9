// A choice made on a Teams card carries the person's team and what it was about, as a choice in
// the tab does: through the real server in local mode, a message is checked from Teams, a criterion
// on its card decided, and the list's row has the demo person's team and the message's subject.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { recordData } from '../support/bot/card-inspection';
import { invokeActivity } from '../support/invoke-activity';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-card-context-');
const JORIS = DEMO_STAFF[1]!;
const ITEM = 'public-lighting-keep-sound-masts';

let server: RunningServer;
beforeAll(async () => {
  // a first match on a busy machine warms its worker up: a time limit of a test's size
  server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir() }), port: 0, logSink: () => undefined, matching: { timeoutMs: 30_000, threads: 1 } });
});
afterAll(() => server.close());

const send = async (activity: unknown) => {
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};

async function rows(): Promise<Array<Record<string, string>>> {
  const res = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Acknowledgements/items?$expand=fields`, { headers: { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` } });
  return ((await res.json()) as { value: Array<{ fields: Record<string, string> }> }).value.map((i) => i.fields);
}

it("files a card's choice under the person's team and the checked message's subject", async () => {
  const checked = (await send(
    invokeActivity('composeExtension/submitAction', {
      commandId: 'checkMessage',
      commandContext: 'message',
      messagePayload: { id: '1700000000009', subject: 'Vervanging lichtmasten Koningsweg', body: { contentType: 'html', content: '<p>Nieuwe lichtmasten en asfalt voor de Koningsweg</p>' } },
    }),
  )) as { composeExtension: { attachments: { content: unknown }[] } };
  const card = checked.composeExtension.attachments[0]!.content;
  const answer = await send(invokeActivity('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'decide', data: { ...recordData(card, ITEM), [`decision-${ITEM}`]: 'applied' } }, trigger: 'manual' }));
  expect(answer.statusCode).toBe(200);
  const [row] = (await rows()).filter((r) => r.ChecklistItemId === ITEM);
  expect(row).toMatchObject({ StaffAadId: JORIS.oid, Team: JORIS.team, ContextTitle: 'Vervanging lichtmasten Koningsweg', ContextRef: 'teams:conversation-1:1700000000009', Source: 'message-extension', Decision: 'applied' });
});
