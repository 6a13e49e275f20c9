// What the server does with the lists: in local mode it provisions them on the emulator at start
// (once: a restart on the same data changes nothing), and the acknowledgement store it hands the
// bot writes to them as an app, not as a demo person; the meeting criteria store it hands the bot
// reads the Meeting criteria list, so a meeting's link unfurls into its criteria. A tenant-mode bot
// certificate that holds no key stops the start with the variable's name.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardTexts, literalText } from '../support/bot/card-inspection';
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import { makeDevToken } from '../../src/auth/dev-token';
import { loadConfig } from '../../src/server/config';
import { StartupError } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { LOCAL_APP_IDENTITY, serverGraph } from '../../src/server/server-graph';
import { invokeActivity } from '../support/invoke-activity';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-graph-');

/** the raw lists, read as the app: staff may not read the locked ones */
const AUTH = { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` };

async function listNames(url: string): Promise<string[]> {
  const res = await fetch(`${url}/graph/v1.0/sites/root/lists?$select=displayName`, { headers: AUTH });
  const body = (await res.json()) as { value: Array<{ displayName: string }> };
  return body.value.map((l) => l.displayName).sort();
}

describe('local lists', () => {
  it('are made at start on an empty data folder, and a restart on the same data adds nothing', async () => {
    const dataDir = tempDir();
    const logs: Array<Record<string, unknown>> = [];
    const sink = (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>);

    const first = await startTestServer({ config: loadConfig({ CC_DATA_DIR: dataDir }), port: 0, logSink: sink });
    expect(await listNames(first.url)).toEqual(['Acknowledgements', 'Adoption', 'Beleid', 'Checklists', 'Indicators', 'Meeting criteria', 'Productgroepen', 'Programme actions']);
    await first.close();
    expect(logs.filter((l) => l.msg === 'local lists provisioned')).toHaveLength(1);

    const second = await startTestServer({ config: loadConfig({ CC_DATA_DIR: dataDir }), port: 0, logSink: sink });
    expect(await listNames(second.url)).toEqual(['Acknowledgements', 'Adoption', 'Beleid', 'Checklists', 'Indicators', 'Meeting criteria', 'Productgroepen', 'Programme actions']);
    await second.close();
    expect(logs.filter((l) => l.msg === 'local lists provisioned')).toHaveLength(1);
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('take the acknowledgements the bot records, created by the app and attributed to the acting user', async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    const server = await startTestServer({ config, port: 0, logSink: () => undefined });
    try {
      const graph = serverGraph(config, () => server.url);
      const ack: Acknowledgement = {
        ackKey: 'card-click-0001',
        checklistItemId: 'roads.recycled-asphalt',
        checklistId: 'roads',
        decision: 'applied',
        contextType: 'message',
        contextRef: 'msg-123',
        source: 'message-extension',
        staffAadId: '00000000-0000-4000-8000-000000000002',
        contentVersion: '2026.11.0',
        appVersion: '0.1.0',
        ackAt: '2026-11-28T10:00:00.000Z',
      };
      const outcome = await graph.acknowledgements.append([ack]);
      expect(outcome.written).toEqual(['card-click-0001']);
      // the same click twice records once
      expect((await graph.acknowledgements.append([ack])).alreadyPresent).toEqual(['card-click-0001']);

      const mine = await graph.acknowledgements.forStaff('00000000-0000-4000-8000-000000000002');
      expect(mine.map((a) => a.ackKey)).toEqual(['card-click-0001']);

      const listRes = await fetch(`${server.url}/graph/v1.0/sites/root/lists/Acknowledgements/items?$expand=fields`, { headers: AUTH });
      const items = ((await listRes.json()) as { value: Array<{ createdBy: { user: { displayName: string } } }> }).value;
      expect(items).toHaveLength(1);
      expect(items[0]?.createdBy.user.displayName).toBe(LOCAL_APP_IDENTITY.name);
    } finally {
      await server.close();
    }
  });
});

describe("the meeting criteria the server hands the bot", () => {
  // a Teams meeting id: base64, with a `/` and `=` that the link encodes
  const MEETING_ID = 'MCMxOTptZWV0aW5nX01qRXpZV0kx/ZGMtYkB0aHJlYWQudjIjMA==';

  async function unfurl(url: string, link: string): Promise<{ status: number; body: { composeExtension: { attachments: Array<{ content: unknown }> }; cacheInfo?: unknown } }> {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invokeActivity('composeExtension/queryLink', { url: link })) });
    return { status: res.status, body: (await res.json()) as never };
  }

  it("are read from the Meeting criteria list, so a link to the meeting's page unfurls into a card of what was attached", async () => {
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    const server = await startTestServer({ config, port: 0, logSink: () => undefined });
    try {
      const link = `${server.url}/#/meetings/${encodeURIComponent(MEETING_ID)}`;
      const before = await unfurl(server.url, link);
      expect(before.status).toBe(200);
      expect(literalText(before.body.composeExtension.attachments[0]!.content)).toContain('Aan dit overleg zijn nog geen circulaire criteria gekoppeld.');

      const graph = serverGraph(config, () => server.url);
      await graph.meetingCriteria.save({
        meetingId: MEETING_ID,
        checklistItemIds: ['roads-asphalt-reclaimed-content', 'roads-limit-paved-area'],
        attachedBy: '00000000-0000-4000-8000-000000000003',
        subject: 'Kick-off Dorpsstraat',
      });
      expect(await graph.meetingCriteria.get(MEETING_ID)).toMatchObject({ subject: 'Kick-off Dorpsstraat', checklistItemIds: ['roads-asphalt-reclaimed-content', 'roads-limit-paved-area'] });

      const after = await unfurl(server.url, link);
      const card = after.body.composeExtension.attachments[0]!.content;
      expect(literalText(card)).toContain('Kick-off Dorpsstraat');
      expect(cardTexts(card).executeData.filter((d) => d.itemId !== undefined).map((d) => [d.itemId, d.contextType, d.contextRef])).toEqual([
        ['roads-asphalt-reclaimed-content', 'meeting', MEETING_ID],
        ['roads-limit-paved-area', 'meeting', MEETING_ID],
      ]);
      expect(after.body.cacheInfo).toEqual({ cacheType: 'no-cache' });
    } finally {
      await server.close();
    }
  });
});

describe('tenant mode bot certificate', () => {
  it('stops the start, naming BOT_CERTIFICATE_PATH, when the file holds no private key', async () => {
    const dir = tempDir();
    const pem = join(dir, 'bot.pem');
    writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const config = loadConfig({
      CC_MODE: 'tenant',
      HOST: '127.0.0.1',
      CC_PUBLIC_URL: 'https://keuzes.example.nl',
      AZURE_TENANT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      AZURE_CLIENT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_CERTIFICATE_PATH: pem,
      BOT_CERTIFICATE_THUMBPRINT: 'ab'.repeat(32),
      CC_GRAPH_SITE_ID: 'contoso.sharepoint.com,0f2c3a4b-1111-4222-8333-444455556666,0f2c3a4b-1111-4222-8333-444455556666',
    });
    const attempt = startTestServer({ config, port: 0, logSink: () => undefined });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(/BOT_CERTIFICATE_PATH: the file holds no PEM private key/);
  });
});
