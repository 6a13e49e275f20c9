// The server over real HTTP on an ephemeral loopback port: security headers, health, public
// configuration, the web app's cache rules, the emulator's mount, and how bad requests are answered.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { loadConfig, type ServerConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { invokeActivity } from '../support/invoke-activity';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const GUID_A = '0f2c3a4b-1111-4222-8333-444455556666';
const GUID_B = '9e8d7c6b-5555-4666-8777-888899990000';
const TENANT_ENV = {
  CC_MODE: 'tenant',
  HOST: '127.0.0.1',
  CC_PUBLIC_URL: 'https://keuzes.example.nl',
  AZURE_TENANT_ID: GUID_A,
  AZURE_CLIENT_ID: GUID_B,
  AZURE_CLIENT_SECRET: 'app-secret-do-not-leak',
  BOT_ID: GUID_A,
  BOT_CLIENT_SECRET: 'bot-secret-do-not-leak',
  CC_GRAPH_SITE_ID: `contoso.sharepoint.com,${GUID_A},${GUID_B}`,
  CC_COORDINATOR_GROUP_IDS: ` ${GUID_B.toUpperCase()} `,
};

const EXPECTED_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  // Word on the web: its editor frame
  'https://*.officeapps.live.com',
];
// … and the SharePoint or OneDrive page that opens the document: any in local mode, the
// municipality's own in a tenant (its site's host and its OneDrive for work)
const LOCAL_FRAME_ANCESTORS = [...EXPECTED_FRAME_ANCESTORS, 'https://*.sharepoint.com'];
const TENANT_SHAREPOINT = ['https://contoso.sharepoint.com', 'https://contoso-my.sharepoint.com'];

interface Harness {
  server: RunningServer;
  logs: Array<Record<string, unknown>>;
  webRoot: string;
  dataDir: string;
}

const tempDir = tempDirsRemovedAfterAll('cc-http-');

/** a message extension search, as Teams (or the Agents Playground) sends it */
const searchInvoke = (text: string) =>
  invokeActivity('composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'searchText', value: text }], queryOptions: { skip: 0, count: 5 } });

async function start(env: Record<string, string>, build: boolean): Promise<Harness> {
  const dataDir = tempDir('cc-data-');
  const webRoot = join(tempDir('cc-web-'), 'web');
  if (build) {
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Circulaire keuzes</title><script src="/main.3f2a9c1b7d.js"></script>');
    writeFileSync(join(webRoot, 'main.3f2a9c1b7d.js'), 'console.log("tab");');
    writeFileSync(join(webRoot, 'assets', 'logo.png'), 'png');
    mkdirSync(join(webRoot, 'assets', 'outlook'), { recursive: true });
    writeFileSync(join(webRoot, 'assets', 'outlook', 'icon-32.png'), 'icon');
    writeFileSync(join(webRoot, '.secret'), 'hidden');
  }
  const config: ServerConfig = loadConfig({ ...env, CC_DATA_DIR: dataDir, CC_WEB_ROOT: webRoot });
  const logs: Array<Record<string, unknown>> = [];
  const server = await startTestServer({ config, port: 0, logSink: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  return { server, logs, webRoot, dataDir };
}

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('local mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start({}, true);
  });
  afterAll(() => h.server.close());

  it('listens on loopback at the URL it reports', () => {
    expect(h.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lets only Teams, Outlook, Word, Microsoft 365 and itself frame the app, and never sends X-Frame-Options', async () => {
    for (const path of ['/', '/healthz', '/api/nothing', '/graph/v1.0/sites/root']) {
      const res = await fetch(`${h.server.url}${path}`);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors')).toEqual(LOCAL_FRAME_ANCESTORS);
      expect(res.headers.get('x-frame-options')).toBeNull();
    }
  });

  it('sends the rest of the policy and the other security headers', async () => {
    const res = await fetch(`${h.server.url}/`);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // locally Graph is the same-origin emulator: nothing else may be reached
    // teams-js's valid-origins list, that one file only
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no HSTS over plain http, and does not believe X-Forwarded-Proto from an untrusted client', async () => {
    expect((await fetch(`${h.server.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    const spoofed = await fetch(`${h.server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });

  it('reports health with the emulator database checked', async () => {
    const res = await fetch(`${h.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', mode: 'local', version: expect.any(String), checks: { graphEmulator: 'ok' } });
    expect(typeof body.uptime).toBe('number');
  });

  it('gives the browser its configuration: same-origin emulator, the root site, the content version', async () => {
    const res = await fetch(`${h.server.url}/app-config.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      mode: 'local',
      clientId: 'circular-choices-local',
      graphBaseUrl: '/graph/v1.0',
      siteId: 'root',
      appVersion: expect.any(String),
      contentVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      // the demo coordinator's team sees the whole dashboard locally
      coordinators: { groupIds: [], teams: ['programma-duurzaamheid'] },
    });
  });

  it('mounts the emulator at /graph/v1.0: the local site answers with next links on this origin', async () => {
    const res = await fetch(`${h.server.url}/graph/v1.0/sites/root`, { headers: { authorization: `Bearer ${makeDevToken(DEMO_STAFF[0]!)}` } });
    expect(res.status).toBe(200);
    const site = (await res.json()) as { id: string; '@odata.context': string };
    expect(site.id).toMatch(/^localhost,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    expect(site['@odata.context'].startsWith(`${h.server.url}/graph/v1.0/`)).toBe(true);
  });

  it('serves the web app: HTML revalidated, hashed assets cached for a year, other files revalidated', async () => {
    const index = await fetch(`${h.server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Circulaire keuzes');
    expect(index.headers.get('cache-control')).toBe('no-cache');

    const hashed = await fetch(`${h.server.url}/main.3f2a9c1b7d.js`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('content-type')).toMatch(/javascript/);

    const logo = await fetch(`${h.server.url}/assets/logo.png`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers /favicon.ico with the app icon, so a browser logs no 404 for it', async () => {
    const icon = await fetch(`${h.server.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(await icon.text()).toBe('icon');
  });

  it('keeps dotfiles private and answers 404 for files that are not there', async () => {
    expect((await fetch(`${h.server.url}/.secret`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/nothing-here.js`)).status).toBe(404);
  });

  it('answers malformed JSON under /api with 400 and a reason, and keeps serving', async () => {
    const res = await fetch(`${h.server.url}/api/acknowledgements`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('malformedJson');
    expect(body.error.message).toMatch(/not valid JSON/);
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(/\bat\s+\S+\s+\(/);
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413, and a non-JSON body with 415', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(600 * 1024) });
    const tooLarge = await fetch(`${h.server.url}/api/acknowledgements`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe('bodyTooLarge');

    const form = await fetch(`${h.server.url}/api/acknowledgements`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(form.status).toBe(415);
  });

  it('leaves the body of /api/messages to the bot, which reads it only after the token check', async () => {
    // the bot's own door answers (its limit and its reasons), not the /api parser
    const broken = await fetch(`${h.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
    expect([broken.status, await broken.json()]).toEqual([400, { error: 'malformed activity', reason: 'the body is not valid JSON' }]);
    const big = await fetch(`${h.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(300 * 1024) }) });
    expect([big.status, await big.json()]).toEqual([413, { error: 'the activity is too large', limitBytes: 256 * 1024 }]);
  });

  it('hands /api/messages to the message extension: a search from the Agents Playground gets cards', async () => {
    const res = await fetch(`${h.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(searchInvoke('asfalt')) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { composeExtension: { type: string; attachments: Array<{ contentType: string }> } };
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(body.composeExtension.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    const res = await fetch(`${h.server.url}/api/unknown/route?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'notFound', message: expect.stringContaining('/api/unknown/route') });
  });

  it('logs one JSON line per request, without the query, the token or the body', async () => {
    const res = await fetch(`${h.server.url}/graph/v1.0/sites/root?search=jan.jansen%40soest.nl`, {
      headers: { authorization: 'Bearer token-that-must-not-be-logged', 'x-request-id': 'trace-42' },
    });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    await res.text();
    await new Promise((r) => setTimeout(r, 20));
    const lines = h.logs.filter((l) => l.requestId === 'trace-42');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', method: 'GET', path: '/graph/v1.0/sites/root', status: res.status, durationMs: expect.any(Number) }),
    ]);
    const everything = JSON.stringify(h.logs);
    expect(everything).not.toContain('token-that-must-not-be-logged');
    expect(everything).not.toContain('soest.nl');
  });

  it('replaces a request id that could smuggle text into the log', async () => {
    const res = await fetch(`${h.server.url}/healthz`, { headers: { 'x-request-id': 'a b"}{"level":"error' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('local mode before the web app is built', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start({}, false);
  });
  afterAll(() => h.server.close());

  it('answers / with 503 and says to run npm run build, then serves the build once it exists', async () => {
    const before = await fetch(`${h.server.url}/`);
    expect(before.status).toBe(503);
    expect(await before.text()).toContain('npm run build');
    // the API and health still work without the web app
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);

    mkdirSync(h.webRoot, { recursive: true });
    writeFileSync(join(h.webRoot, 'index.html'), '<!doctype html><title>built</title>');
    const after = await fetch(`${h.server.url}/`);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('built');
  });
});

describe('tenant mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(TENANT_ENV, true);
  });
  afterAll(() => h.server.close());

  it('runs no emulator: /graph is not served, even with a development token', async () => {
    expect(h.server.emulator).toBeUndefined();
    const res = await fetch(`${h.server.url}/graph/v1.0/sites/root`, { headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' } });
    expect(res.status).toBe(404);
    expect((await fetch(`${h.server.url}/graph/_emulator/health`)).status).toBe(404);
  });

  it('refuses an activity without a Bot Framework token', async () => {
    const res = await fetch(`${h.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(searchInvoke('asfalt')) });
    expect(res.status).toBe(401);
  });

  it('lets the browser reach Microsoft Graph, Entra and teams-js its valid-origins list, nothing else', async () => {
    const csp = directives((await fetch(`${h.server.url}/healthz`)).headers.get('content-security-policy'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json', 'https://graph.microsoft.com', 'https://login.microsoftonline.com', ...TENANT_SHAREPOINT]);
    // another tenant's SharePoint page cannot frame the app
    expect(csp.get('frame-ancestors')).toEqual([...EXPECTED_FRAME_ANCESTORS, ...TENANT_SHAREPOINT]);
  });

  it('sends HSTS, the public URL being https', async () => {
    expect((await fetch(`${h.server.url}/healthz`)).headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('reports health without an emulator check', async () => {
    const body = (await (await fetch(`${h.server.url}/healthz`)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', mode: 'tenant', checks: {} });
  });

  it('gives the browser public ids only: no secret, no bot credential', async () => {
    const res = await fetch(`${h.server.url}/app-config.json`);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      mode: 'tenant',
      clientId: GUID_B,
      tenantId: GUID_A,
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      siteId: TENANT_ENV.CC_GRAPH_SITE_ID,
      appVersion: expect.any(String),
      contentVersion: expect.any(String),
      coordinators: { groupIds: [GUID_B], teams: [] },
    });
    expect(text).not.toContain('do-not-leak');
    expect(text).not.toMatch(/secret|certificate|thumbprint/i);
  });
});

describe('behind a trusted proxy', () => {
  let h: Harness;
  beforeAll(async () => {
    // local mode with a plain-http tunnel origin: HSTS depends on the proxy's word alone
    h = await start({ CC_TRUST_PROXY: 'loopback', CC_PUBLIC_URL: 'http://localhost:3978' }, true);
  });
  afterAll(() => h.server.close());

  it('sends HSTS when the proxy says the request came over https, and not otherwise', async () => {
    const viaHttps = await fetch(`${h.server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const viaHttp = await fetch(`${h.server.url}/healthz`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(viaHttp.headers.get('strict-transport-security')).toBeNull();
  });
});
