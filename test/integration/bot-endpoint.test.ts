// /api/messages over real HTTP: who may call it (local mode without a bot id; otherwise only with a
// valid Bot Framework token, checked by the Teams SDK against a signing key the test made), what
// it turns away (oversized, malformed), and the per-conversation rate limit.
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotConfigurationError, mountMessageExtension, type BotDeps } from '../../src/bot';
import { MemoryAcknowledgementStore } from '../support/bot/memory-acknowledgement-store';
import { bundledPack } from '../support/bot/test-environment';
import { startTokenAuthority, type TestTokenAuthority } from '../support/bot-token';

const BOT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const pack = bundledPack();

interface RunningBot {
  url: string;
  logged: Record<string, unknown>[];
  close(): Promise<void>;
}

async function startBot(deps: Partial<BotDeps>, host: (app: express.Express) => void = () => undefined): Promise<RunningBot> {
  const app = express();
  host(app);
  const logged: Record<string, unknown>[] = [];
  await mountMessageExtension(app, {
    mode: 'local',
    pack,
    acknowledgements: new MemoryAcknowledgementStore(),
    publicBaseUrl: 'http://localhost:3978',
    log: (entry) => logged.push(entry as Record<string, unknown>),
    ...deps,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/messages`, logged, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const searchActivity = (conversation = 'conv-1') => ({
  type: 'invoke',
  name: 'composeExtension/query',
  id: 'a1',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  locale: 'nl-NL',
  from: { id: '29:alex', name: 'Alex', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
  recipient: { id: `28:${BOT_ID}` },
  conversation: { id: conversation },
  value: { commandId: 'searchCriteria', parameters: [{ name: 'query', value: 'asfalt' }] },
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> | undefined; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

const resultCount = (body: Record<string, unknown> | undefined) => (body as { composeExtension: { attachments: unknown[] } }).composeExtension.attachments.length;

describe('who may call /api/messages', () => {
  let authority: TestTokenAuthority;
  let tenant: RunningBot;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    authority = await startTokenAuthority();
    tenant = await startBot({ mode: 'tenant', botId: BOT_ID, botClientSecret: 'not-used-offline', tenantId: '11111111-2222-4333-8444-555555555555', tokenValidation: { openIdMetadataUrl: authority.openIdMetadataUrl } });
  });
  afterAll(async () => {
    await tenant.close();
    await authority.close();
  });

  it('in local mode without a bot id, answers the Agents Playground without a token', async () => {
    const local = await startBot({ mode: 'local' });
    try {
      const answer = await post(local.url, searchActivity());
      expect(answer.status).toBe(200);
      expect(resultCount(answer.body)).toBe(2);
    } finally {
      await local.close();
    }
  });

  it('answers a chosen search result (selectItem) with the full card', async () => {
    const local = await startBot({ mode: 'local' });
    try {
      const answer = await post(local.url, { ...searchActivity(), name: 'composeExtension/selectItem', value: { selectItem: { kind: 'criterion', id: 'roads-limit-paved-area' } } });
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).toContain('"verb":"decide"');
    } finally {
      await local.close();
    }
  });

  it('in tenant mode, answers an activity with a valid token signed by the published key', async () => {
    const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
    const answer = await post(tenant.url, searchActivity(), { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(resultCount(answer.body)).toBe(2);
    expect(authority.keysRequested()).toBeGreaterThan(0);
  });

  it.each([
    ['no Authorization header', async () => undefined],
    ['an unsigned token (alg none)', async () => authority.unsigned({ aud: BOT_ID, serviceurl: SERVICE_URL })],
    ['a token signed with another key', async () => authority.forge({ aud: BOT_ID, serviceurl: SERVICE_URL })],
    ['an expired token', async () => authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL, iat: now() - 7200, nbf: now() - 7200, exp: now() - 900 })],
    ['a token for another bot', async () => authority.sign({ aud: '99999999-0000-4000-8000-000000000000', serviceurl: SERVICE_URL })],
    ['a token from another issuer', async () => authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL, iss: 'https://issuer.example.com' })],
    ['a token for another service URL', async () => authority.sign({ aud: BOT_ID, serviceurl: 'https://evil.example.com/' })],
    ['a malformed token', async () => 'not.a.token'],
  ])('in tenant mode, turns away %s with 401', async (_case, token) => {
    const value = await token();
    const answer = await post(tenant.url, searchActivity(), value ? { authorization: `Bearer ${value}` } : {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: expect.any(String) });
    expect(JSON.stringify(answer.body)).not.toContain('asfalt');
  });

  it('in local mode with a bot id configured, validates tokens too', async () => {
    const local = await startBot({ mode: 'local', botId: BOT_ID, tokenValidation: { openIdMetadataUrl: authority.openIdMetadataUrl } });
    try {
      expect((await post(local.url, searchActivity())).status).toBe(401);
      const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
      expect((await post(local.url, searchActivity(), { authorization: `Bearer ${token}` })).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('refuses to mount in tenant mode without a bot id, or with one that is not a GUID', async () => {
    await expect(startBot({ mode: 'tenant' })).rejects.toThrow(BotConfigurationError);
    await expect(startBot({ mode: 'tenant', botId: 'my-bot' })).rejects.toThrow('must be a GUID');
  });

  it('ignores the SDK environment variables that would open the door', async () => {
    const saved = { ...process.env };
    process.env.DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS = 'true';
    try {
      const bot = await startBot({ mode: 'tenant', botId: BOT_ID, tokenValidation: { openIdMetadataUrl: authority.openIdMetadataUrl } });
      try {
        expect((await post(bot.url, searchActivity())).status).toBe(401);
      } finally {
        await bot.close();
      }
    } finally {
      process.env = saved;
    }
  });
});

describe('what /api/messages turns away', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ mode: 'local' });
  });
  afterAll(() => bot.close());

  it('an activity larger than 256 KB: 413 with a reason', async () => {
    const big = { ...searchActivity(), text: 'x'.repeat(300 * 1024) };
    const answer = await post(bot.url, big);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: 'the activity is too large', limitBytes: 256 * 1024 });
  });

  it('a large activity sent in chunks without a length, after a host parser with a higher limit: 413', async () => {
    const hosted = await startBot({ mode: 'local' }, (app) => app.use('/api', express.json({ limit: '1mb' })));
    try {
      const big = JSON.stringify({ ...searchActivity(), text: 'x'.repeat(300 * 1024) });
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      });
      const response = await fetch(hosted.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
    } finally {
      await hosted.close();
    }
  });

  it.each([
    ['broken JSON', '{"type": "invoke",', 400, 'the body is not valid JSON'],
    ['an array', '[1,2,3]', 400, 'the body must be an activity (a JSON object)'],
    ['an activity without a conversation', JSON.stringify({ type: 'message', from: { id: 'u' } }), 400, 'activity.conversation: Invalid input: expected object, received undefined'],
    ['an invoke without a name', JSON.stringify({ ...searchActivity(), name: undefined }), 400, 'activity.name: an invoke activity needs a name'],
    ['a service URL that is not a string', JSON.stringify({ ...searchActivity(), serviceUrl: 42 }), 400, 'activity.serviceUrl: Invalid input: expected string, received number'],
  ])('%s: 400 with the reason', async (_case, body, status, reason) => {
    const answer = await post(bot.url, body);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: 'malformed activity', reason });
  });

  it('a body that is not JSON: 415', async () => {
    const response = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(response.status).toBe(415);
  });

  it('an invoke whose value is not an object: 400; one whose object is nonsense: an answer, never a 500', async () => {
    const names = ['composeExtension/query', 'composeExtension/queryLink', 'composeExtension/submitAction', 'composeExtension/fetchTask', 'adaptiveCard/action', 'fileConsent/invoke', 'message/submitAction'];
    for (const name of names) {
      for (const value of [null, 42, 'x', []]) {
        const answer = await post(bot.url, { ...searchActivity(`c-${name}`), name, value });
        expect({ name, value, status: answer.status }).toEqual({ name, value, status: 400 });
      }
      for (const value of [{}, { commandId: { nested: true } }, { action: null }, { messagePayload: 'x', data: 7 }]) {
        const answer = await post(bot.url, { ...searchActivity(`c-${name}`), name, value });
        expect({ name, value, status: answer.status }).toEqual({ name, value, status: 200 });
      }
    }
    expect(bot.logged.filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('the per-conversation rate limit', () => {
  it('answers 429 with Retry-After once a conversation sends too much, other conversations go on', async () => {
    const bot = await startBot({ mode: 'local', limits: { rateLimit: { requests: 3, windowMs: 10_000 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(bot.url, searchActivity('busy'))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await post(bot.url, searchActivity('busy'));
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.body).toEqual({ error: 'too many activities for this conversation', retryAfterSeconds: expect.any(Number) });
      expect((await post(bot.url, searchActivity('quiet'))).status).toBe(200);
    } finally {
      await bot.close();
    }
  });

  it('does not let unauthenticated requests use up a conversation', async () => {
    const authority = await startTokenAuthority();
    const bot = await startBot({ mode: 'tenant', botId: BOT_ID, limits: { rateLimit: { requests: 2, windowMs: 10_000 } }, tokenValidation: { openIdMetadataUrl: authority.openIdMetadataUrl } });
    try {
      for (let i = 0; i < 5; i++) expect((await post(bot.url, searchActivity('victim'))).status).toBe(401);
      const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
      expect((await post(bot.url, searchActivity('victim'), { authorization: `Bearer ${token}` })).status).toBe(200);
    } finally {
      await bot.close();
      await authority.close();
    }
  });
});
