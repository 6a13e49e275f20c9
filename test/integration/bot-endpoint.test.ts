// /api/messages over real HTTP: who may call it (local mode without a bot id; otherwise only with a
// valid Bot Framework token, or an Entra token of an allowed app in the configured tenant, checked
// by the token guard against key sets the test made), what it turns away (oversized, malformed),
// and the rate limits (per conversation, and per address for failed authentications).
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { BotConfigurationError, mountMessageExtension, type BotDeps } from '../../src/bot';
import { MemoryAcknowledgementStore } from '../support/bot/memory-acknowledgement-store';
import { bundledPack } from '../support/bot/test-environment';
import { createTokenAuthority, entraIssuerV1, entraIssuerV2, type TestTokenAuthority } from '../support/bot-token';

const BOT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const TENANT_ID = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT_ID = '99999999-2222-4333-8444-555555555555';
const ALLOWED_APP = 'aaaaaaaa-1111-4111-8111-111111111111';
const OTHER_APP = 'bbbbbbbb-2222-4222-8222-222222222222';
const MANY = { requests: 10_000, windowMs: 60_000 };
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
  let tenantAuthority: TestTokenAuthority;
  let foreignAuthority: TestTokenAuthority;
  let tenant: RunningBot;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    authority = await createTokenAuthority();
    tenantAuthority = await createTokenAuthority(entraIssuerV2(TENANT_ID), 'tenant-key');
    foreignAuthority = await createTokenAuthority(entraIssuerV2(OTHER_TENANT_ID), 'foreign-key');
    tenant = await startBot({
      mode: 'tenant',
      botId: BOT_ID,
      botClientSecret: 'not-used-offline',
      tenantId: TENANT_ID,
      allowedEntraApps: [ALLOWED_APP],
      tokenValidation: { botFrameworkKeys: authority.keys, botFrameworkEndorsements: authority.endorsementsOf, tenantKeys: tenantAuthority.keys },
      limits: { failedAuth: MANY },
    });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('in local mode without a bot id, answers the Agents Playground without a token', async () => {
    const local = await startBot({ mode: 'local' });
    try {
      const answer = await post(local.url, searchActivity());
      expect(answer.status).toBe(200);
      expect(resultCount(answer.body)).toBeGreaterThan(2);
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

  it('in tenant mode, answers an activity with a valid Bot Framework token for its service URL', async () => {
    const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
    const answer = await post(tenant.url, searchActivity(), { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(resultCount(answer.body)).toBeGreaterThan(2);
    // the service URL as Teams writes it in the activity may differ in its trailing slash and case
    const sameUrl = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL.toUpperCase().replace(/\/$/, '') });
    expect((await post(tenant.url, searchActivity(), { authorization: `Bearer ${sameUrl}` })).status).toBe(200);
  });

  it.each([
    ['a v2 token (azp)', () => tenantAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP })],
    ['a v1 token (sts.windows.net, appid)', () => tenantAuthority.sign({ iss: entraIssuerV1(TENANT_ID), aud: BOT_ID, tid: TENANT_ID, appid: ALLOWED_APP })],
  ])('in tenant mode, answers an Entra token of an allowed app in the configured tenant: %s', async (_case, token) => {
    const answer = await post(tenant.url, searchActivity(), { authorization: `Bearer ${await token()}` });
    expect(answer.status).toBe(200);
    expect(resultCount(answer.body)).toBeGreaterThan(2);
  });

  it.each([
    ['no Authorization header', async () => undefined],
    ['an unsigned token (alg none)', async () => authority.unsigned({ aud: BOT_ID, serviceurl: SERVICE_URL })],
    ['a token signed with another key', async () => authority.forge({ aud: BOT_ID, serviceurl: SERVICE_URL })],
    ['a token naming a key nobody published', async () => authority.signWithKid('unknown-key', { aud: BOT_ID, serviceurl: SERVICE_URL })],
    ['an expired token', async () => authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL, iat: now() - 7200, nbf: now() - 7200, exp: now() - 900 })],
    ['a token for another bot', async () => authority.sign({ aud: '99999999-0000-4000-8000-000000000000', serviceurl: SERVICE_URL })],
    ['a token from another issuer', async () => authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL, iss: 'https://issuer.example.com' })],
    ['a token for another service URL', async () => authority.sign({ aud: BOT_ID, serviceurl: 'https://evil.example.com/' })],
    ['a Bot Framework token without a service URL', async () => authority.sign({ aud: BOT_ID })],
    ['a malformed token', async () => 'not.a.token'],
    // the two the Teams SDK alone accepted
    ['a same-tenant Entra token from another app', async () => tenantAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: OTHER_APP })],
    ['a foreign-tenant Entra token with the bot id as audience', async () => foreignAuthority.sign({ aud: BOT_ID, tid: OTHER_TENANT_ID, azp: ALLOWED_APP })],
    ['a foreign-tenant v1 token with the bot id as audience', async () => foreignAuthority.sign({ iss: entraIssuerV1(OTHER_TENANT_ID), aud: BOT_ID, tid: OTHER_TENANT_ID, appid: ALLOWED_APP })],
    ["a foreign tenant's token claiming our tid", async () => foreignAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP })],
    ["an allowed app's token signed with a key not of the tenant", async () => tenantAuthority.forge({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP })],
    ["an allowed app's token for another audience", async () => tenantAuthority.sign({ aud: OTHER_APP, tid: TENANT_ID, azp: ALLOWED_APP })],
    ["an allowed app's token for another service URL", async () => tenantAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP, serviceurl: 'https://evil.example.com/' })],
  ])('in tenant mode, turns away %s with 401', async (_case, token) => {
    const value = await token();
    const answer = await post(tenant.url, searchActivity(), value ? { authorization: `Bearer ${value}` } : {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: 'the request is not authenticated' });
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.stringify(answer.body)).not.toContain('asfalt');
  });

  it('accepts no Entra token at all while the allowlist is empty (the default)', async () => {
    const bot = await startBot({ mode: 'tenant', botId: BOT_ID, tenantId: TENANT_ID, tokenValidation: { botFrameworkKeys: authority.keys, tenantKeys: tenantAuthority.keys } });
    try {
      const token = await tenantAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP });
      expect((await post(bot.url, searchActivity(), { authorization: `Bearer ${token}` })).status).toBe(401);
    } finally {
      await bot.close();
    }
  });

  it('in local mode with a bot id configured, validates tokens too', async () => {
    const local = await startBot({ mode: 'local', botId: BOT_ID, tokenValidation: { botFrameworkKeys: authority.keys } });
    try {
      expect((await post(local.url, searchActivity())).status).toBe(401);
      const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
      expect((await post(local.url, searchActivity(), { authorization: `Bearer ${token}` })).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it("turns away a Bot Framework token whose key is not endorsed for the activity's channel, as the Bot Framework's validators do", async () => {
    const webchatOnly = await createTokenAuthority(undefined, 'webchat-key', ['webchat']);
    const bot = await startBot({
      mode: 'tenant',
      botId: BOT_ID,
      tokenValidation: { botFrameworkKeys: webchatOnly.keys, botFrameworkEndorsements: webchatOnly.endorsementsOf },
    });
    try {
      const token = await webchatOnly.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
      expect((await post(bot.url, searchActivity(), { authorization: `Bearer ${token}` })).status).toBe(401);
      expect((await post(bot.url, { ...searchActivity(), channelId: 'webchat' }, { authorization: `Bearer ${token}` })).status).not.toBe(401);
    } finally {
      await bot.close();
    }
  });

  it('refuses to mount in tenant mode without a bot id, or with one that is not a GUID, or with an allowlist that is not', async () => {
    await expect(startBot({ mode: 'tenant' })).rejects.toThrow(BotConfigurationError);
    await expect(startBot({ mode: 'tenant', botId: 'my-bot' })).rejects.toThrow('must be a GUID');
    await expect(startBot({ mode: 'tenant', botId: BOT_ID, tenantId: TENANT_ID, allowedEntraApps: ['my-app'] })).rejects.toThrow('client ids (GUIDs)');
  });

  it('ignores the SDK environment variables that would open the door', async () => {
    const saved = { ...process.env };
    process.env.DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS = 'true';
    try {
      const bot = await startBot({ mode: 'tenant', botId: BOT_ID, tokenValidation: { botFrameworkKeys: authority.keys } });
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

/** a JSON body sent as a stream, so without a Content-Length */
const postChunked = (url: string, json: string) => {
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(json));
      controller.close();
    },
  });
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
};

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
      const response = await postChunked(hosted.url, JSON.stringify({ ...searchActivity(), text: 'x'.repeat(300 * 1024) }));
      expect(response.status).toBe(413);
    } finally {
      await hosted.close();
    }
  });

  it('a body nested too deep to serialise, sent in chunks after a host parser: 413, never a 500', async () => {
    const hosted = await startBot({ mode: 'local' }, (app) => app.use('/api', express.json({ limit: '1mb' })));
    try {
      // 100,000 levels fit in 200 KB, parse fine, and overflow the stack of JSON.stringify
      const response = await postChunked(hosted.url, '['.repeat(100_000) + ']'.repeat(100_000));
      expect(response.status).toBe(413);
    } finally {
      await hosted.close();
    }
  });

  it.each([
    ['mounted alone', () => undefined],
    ['after a host parser with a higher limit', (app: express.Express) => void app.use('/api', express.json({ limit: '1mb' }))],
  ])('an activity over 256 KB once decompressed, sent gzipped: 413 (%s)', async (_case, host) => {
    const hosted = await startBot({ mode: 'local' }, host);
    try {
      const zipped = gzipSync(JSON.stringify({ ...searchActivity(), text: 'x'.repeat(300 * 1024) }));
      expect(zipped.length).toBeLessThan(4 * 1024);
      const response = await fetch(hosted.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: zipped });
      expect(response.status).toBe(413);
      // a small gzipped activity is read as any other
      const small = await fetch(hosted.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(JSON.stringify(searchActivity())) });
      expect(small.status).toBe(200);
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

  it('limits failed authentications per address without giving them back, and they never use up a conversation', async () => {
    const authority = await createTokenAuthority();
    const bot = await startBot(
      { mode: 'tenant', botId: BOT_ID, limits: { rateLimit: { requests: 2, windowMs: 10_000 }, failedAuth: { requests: 3, windowMs: 60_000 } }, tokenValidation: { botFrameworkKeys: authority.keys } },
      // the addresses of the test's two senders arrive as a proxy would pass them
      (app) => app.set('trust proxy', true),
    );
    const attacker = { 'x-forwarded-for': '203.0.113.66' };
    const teams = { 'x-forwarded-for': '52.112.0.10' };
    try {
      const forged = await authority.forge({ aud: BOT_ID, serviceurl: SERVICE_URL });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(bot.url, searchActivity('victim'), { ...attacker, authorization: `Bearer ${forged}` })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const token = await authority.sign({ aud: BOT_ID, serviceurl: SERVICE_URL });
      // once over its budget the address is turned away unchecked, even with a good token
      const blocked = await post(bot.url, searchActivity('other'), { ...attacker, authorization: `Bearer ${token}` });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toEqual({ error: 'too many failed authentications from this address', retryAfterSeconds: expect.any(Number) });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(50);
      // the victim's conversation kept its whole budget
      expect((await post(bot.url, searchActivity('victim'), { ...teams, authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await post(bot.url, searchActivity('victim'), { ...teams, authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await post(bot.url, searchActivity('victim'), { ...teams, authorization: `Bearer ${token}` })).status).toBe(429);
      expect(bot.logged.filter((e) => e.msg === 'message extension: request not authenticated')).toHaveLength(3);
    } finally {
      await bot.close();
    }
  });
});

/** a stand-in for the Bot Framework connector at an activity's service URL: records what the bot sends */
async function startConnector(): Promise<{ serviceUrl: string; received: Array<{ path: string; body: Record<string, unknown> }>; close(): Promise<void> }> {
  const received: Array<{ path: string; body: Record<string, unknown> }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8').on('data', (c: string) => (text += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { serviceUrl: `http://127.0.0.1:${port}/`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('activities without a value', () => {
  const plain = (type: string, serviceUrl: string, extra: Record<string, unknown> = {}) => ({
    type,
    id: `${type}-1`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'nl-NL',
    from: { id: '29:alex', name: 'Alex', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
    recipient: { id: `28:${BOT_ID}` },
    conversation: { id: 'a:personal-chat' },
    ...extra,
  });

  it('are all answered 200: conversation updates, installs, chat messages, typing', async () => {
    const connector = await startConnector();
    const bot = await startBot({ mode: 'local' });
    try {
      for (const activity of [
        plain('conversationUpdate', connector.serviceUrl, { membersAdded: [{ id: `28:${BOT_ID}` }] }),
        plain('installationUpdate', connector.serviceUrl, { action: 'add' }),
        plain('installationUpdate', connector.serviceUrl, { action: 'remove' }),
        plain('message', connector.serviceUrl, { text: 'hallo' }),
        plain('typing', connector.serviceUrl),
      ]) {
        const answer = await post(bot.url, activity);
        expect({ type: activity.type, status: answer.status }).toEqual({ type: activity.type, status: 200 });
      }
      expect(bot.logged.filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('welcome an install with a short message, in the Dutch of its locale', async () => {
    const connector = await startConnector();
    const bot = await startBot({ mode: 'local' });
    try {
      expect((await post(bot.url, plain('installationUpdate', connector.serviceUrl, { action: 'add' }))).status).toBe(200);
      await until(() => connector.received.length > 0);
      expect(connector.received).toHaveLength(1);
      expect(connector.received[0]!.path).toBe('/v3/conversations/a:personal-chat/activities');
      expect(connector.received[0]!.body).toMatchObject({ type: 'message', text: expect.stringContaining('Welkom bij Circulaire keuzes') });
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('answer a chat message with the help card, in English for an English locale', async () => {
    const connector = await startConnector();
    const bot = await startBot({ mode: 'local' });
    try {
      expect((await post(bot.url, plain('message', connector.serviceUrl, { text: 'hello?', locale: 'en-GB' }))).status).toBe(200);
      await until(() => connector.received.length > 0);
      expect(connector.received).toHaveLength(1);
      const body = connector.received[0]!.body as { attachments: { contentType: string; content: { body: unknown[]; actions: { url: string }[] } }[] };
      expect(body.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = JSON.stringify(body.attachments[0]!.content);
      expect(card).toContain('How to use Circular Choices');
      expect(card).toContain('More actions');
      expect(body.attachments[0]!.content.actions[0]!.url).toBe('http://localhost:3978/');
    } finally {
      await bot.close();
      await connector.close();
    }
  });

  it('send nothing to a service URL no token vouched for (an Entra token names none)', async () => {
    const connector = await startConnector();
    const tenantAuthority = await createTokenAuthority(entraIssuerV2(TENANT_ID), 'tenant-key');
    const bot = await startBot({
      mode: 'tenant',
      botId: BOT_ID,
      tenantId: TENANT_ID,
      allowedEntraApps: [ALLOWED_APP],
      tokenValidation: { botFrameworkKeys: tenantAuthority.keys, tenantKeys: tenantAuthority.keys },
    });
    try {
      const token = await tenantAuthority.sign({ aud: BOT_ID, tid: TENANT_ID, azp: ALLOWED_APP });
      const answer = await post(bot.url, plain('message', connector.serviceUrl, { text: 'hallo' }), { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(connector.received).toEqual([]);
      expect(bot.logged.map((e) => e.msg)).toContain('message extension: no reply, the token vouched for no service URL');
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
