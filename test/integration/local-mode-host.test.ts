// Local mode answers only requests addressed to this machine's loopback names on its own port, so
// a web page that points a name of its own at 127.0.0.1 (DNS rebinding) reads nothing: 421 with the
// reason. Tenant mode, behind its platform's front end, is not held to this.
import { request } from 'node:http';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { isLoopbackHost } from '../../src/server/loopback-host';
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-host-');

/** a GET with the Host header as given (fetch would not send a made-up one) */
function get(url: string, host: string | undefined): Promise<{ status: number; body: string }> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${makeDevToken(DEFAULT_DEMO_USER)}`, ...(host === undefined ? {} : { host }) };
    const req = request({ hostname, port, path: `${pathname}${search}`, headers, setHost: host !== undefined }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host a local server answers', () => {
  let server: RunningServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir('data-'), CC_WEB_ROOT: tempDir('web-') }), port: 0, logSink: () => undefined });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server.close());

  it.each(['/graph/v1.0/sites/root/lists', '/app-config.json', '/healthz', '/graph/_emulator/faults'])('refuses %s to a foreign name with 421 and the reason', async (path) => {
    const answer = await get(`${server.url}${path}`, `attacker.example:${port}`);
    expect(answer.status).toBe(421);
    const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('misdirectedRequest');
    expect(body.error.message).toContain(`localhost, 127.0.0.1 or [::1] on port ${port}`);
    expect(answer.body).not.toContain('Acknowledgements');
  });

  it('refuses its own loopback address on another port, and a Host without a port', async () => {
    expect((await get(`${server.url}/healthz`, `127.0.0.1:${port + 1}`)).status).toBe(421);
    expect((await get(`${server.url}/healthz`, '127.0.0.1')).status).toBe(421);
    // no Host at all: Node itself refuses it (400), or the check does (421)
    expect([400, 421]).toContain((await get(`${server.url}/healthz`, undefined)).status);
  });

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])('answers %s on its own port', async (name) => {
    const answer = await get(`${server.url}/graph/v1.0/sites/root/lists`, `${name}:${port}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Checklists');
  });

  it('reads Host names exactly', () => {
    expect(isLoopbackHost('localhost:80', 80)).toBe(true);
    expect(isLoopbackHost('localhost', 80)).toBe(true);
    expect(isLoopbackHost('localhost.attacker.example:3978', 3978)).toBe(false);
    expect(isLoopbackHost('127.0.0.1.nip.io:3978', 3978)).toBe(false);
    expect(isLoopbackHost('[::2]:3978', 3978)).toBe(false);
    expect(isLoopbackHost('user@localhost:3978', 3978)).toBe(false);
  });
});

describe('a tenant server', () => {
  it('answers whatever name its platform reaches it by', async () => {
    const GUID = '0f2c3a4b-1111-4222-8333-444455556666';
    const config = loadConfig({
      CC_MODE: 'tenant',
      HOST: '127.0.0.1',
      CC_PUBLIC_URL: 'https://keuzes.example.nl',
      AZURE_TENANT_ID: GUID,
      AZURE_CLIENT_ID: GUID,
      BOT_ID: GUID,
      BOT_CLIENT_SECRET: 'secret',
      CC_GRAPH_SITE_ID: `contoso.sharepoint.com,${GUID},${GUID}`,
      CC_WEB_ROOT: tempDir('web-'),
    });
    const server = await startTestServer({ config, port: 0, logSink: () => undefined });
    try {
      expect((await get(`${server.url}/healthz`, 'keuzes.example.nl')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
