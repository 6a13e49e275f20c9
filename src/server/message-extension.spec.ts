import { MemoryAcknowledgementStore } from '../../test/support/bot/memory-acknowledgement-store';
import { MemoryMeetingCriteriaStore } from '../../test/support/bot/memory-meeting-criteria-store';
import { bundledPack } from '../../test/support/bot/test-environment';
import { loadConfig } from './config';
import { botDeps, type MessageExtensionContext } from './message-extension';

const GUID_A = '0f2c3a4b-1111-4222-8333-444455556666';
const GUID_B = '9e8d7c6b-5555-4666-8777-888899990000';

const TENANT_ENV = {
  CC_MODE: 'tenant',
  CC_PUBLIC_URL: 'https://keuzes.example.nl',
  AZURE_TENANT_ID: GUID_A,
  AZURE_CLIENT_ID: GUID_B,
  AZURE_CLIENT_SECRET: 'app-secret',
  BOT_ID: GUID_A,
  BOT_CLIENT_SECRET: 'bot-secret-value',
  CC_GRAPH_SITE_ID: `contoso.sharepoint.com,${GUID_A},${GUID_B}`,
};

describe("the bot's dependencies", () => {
  const pack = bundledPack();
  const context = (env: Record<string, string>): MessageExtensionContext => ({
    config: loadConfig(env),
    pack,
    acknowledgements: new MemoryAcknowledgementStore(),
    meetingCriteria: new MemoryMeetingCriteriaStore(),
    publicBaseUrl: () => 'https://keuzes.example.nl',
    log: () => undefined,
  });

  it.each([
    ['locally', { CC_DATA_DIR: '/tmp/cc-unused' }],
    ['in a tenant', TENANT_ENV],
  ])("carry the same meeting criteria store as the server's lists %s, so meeting links unfurl into cards", (_where, env) => {
    const given = context(env);
    const deps = botDeps(given);
    expect(deps.meetingCriteria).toBe(given.meetingCriteria);
    expect(deps.acknowledgements).toBe(given.acknowledgements);
  });

  it('leave it out when the server has none', () => {
    const { meetingCriteria: _left, ...without } = context({ CC_DATA_DIR: '/tmp/cc-unused' });
    expect('meetingCriteria' in botDeps(without)).toBe(false);
  });
});
