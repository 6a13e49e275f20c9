// A choice made on a Teams card carries the person's team and what it was about, as a choice in
// the tab does: through the real server in local mode, a message is checked from Teams, a criterion
// on its card decided, and the list's row has the demo person's team and the message's subject.
// And a card shows a person only their own choices: a card action that names someone else's
// document (its data comes from the client) shows nothing of that person's choice.
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { literalText, recordData } from '../support/bot/card-inspection';
import { invokeActivity } from '../support/invoke-activity';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-card-context-');
const SANNE = DEMO_STAFF[0]!;
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

describe("a card shows a person's choices only to that person", () => {
  const SECRET = { contextType: 'procurement', contextRef: 'doc-secret-123', item: 'roads-limit-paved-area', reason: 'Leverancier Asfalt BV is ons te duur' };
  const as = (person: { oid: string; name: string }, activity: ReturnType<typeof invokeActivity>) => ({ ...activity, from: { id: `29:${person.oid}`, aadObjectId: person.oid, name: person.name } });
  const refresh = (person: { oid: string; name: string }) =>
    send(
      as(
        person,
        invokeActivity('adaptiveCard/action', {
          action: { type: 'Action.Execute', verb: 'refreshCard', data: { cardId: 'abcdef', contextType: SECRET.contextType, contextRef: SECRET.contextRef, subject: { kind: 'criterion', itemId: SECRET.item } } },
          trigger: 'manual',
        }),
      ),
    ) as Promise<{ statusCode: number; value: unknown }>;

  beforeAll(async () => {
    // Sanne has talked to the bot (so it has seen her name), and records a choice with a reason in the tab
    await send(as(SANNE, invokeActivity('composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'query', value: 'asfalt' }] })));
    const res = await fetch(`${server.url}/api/acknowledgements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(SANNE)}` },
      body: JSON.stringify({
        idempotencyKey: 'k-secret-000001',
        checklistItemId: SECRET.item,
        checklistId: 'roads',
        productGroup: 'roads',
        decision: 'considered',
        reason: SECRET.reason,
        contextType: SECRET.contextType,
        contextRef: SECRET.contextRef,
        contextTitle: 'Bestek Koningsweg',
        source: 'tab',
        contentVersion: '2026.11.0',
        ackAt: '2026-11-28T10:00:00.000Z',
      }),
    });
    expect(res.status).toBe(200);
  });

  it("shows Joris neither Sanne's name, nor her reason, nor her choice when his refresh names her document (the audit's case)", async () => {
    const answer = await refresh(JORIS);
    expect(answer.statusCode).toBe(200);
    const json = JSON.stringify(answer.value);
    for (const hers of ['Sanne', SANNE.oid, 'Leverancier Asfalt BV', 'collega']) expect(json).not.toContain(hers);
    expect(literalText(answer.value)).not.toMatch(/Jouw keuze:|Overwogen, niet toegepast/);
  });

  it('shows Sanne her own choice and reason on the same card', async () => {
    const answer = await refresh(SANNE);
    expect(literalText(answer.value)).toContain(`Jouw keuze: Overwogen, niet toegepast (${SECRET.reason})`);
  });
});
