// Starting and stopping: graceful close lets in-flight requests finish and closes the emulator's
// database; `npm start`'s entry (the compiled dist/node/server.js, as a child process) refuses a bad tenant
// configuration with exit code 1 and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { loadConfig } from '../../src/server/config';
import { startTestServer } from '../support/test-server';
import { emulatorDbFile } from '../../src/server/local-emulator';
import { ensureNodeBuild, NODE_DIST } from '../support/node-build';
import { startMetricsCache } from '../../src/server/metrics/start-metrics-cache';
import { DEFAULT_RETRY_POLICY, type GraphHttp } from '../../src/storage/graph';
import { bundledPack } from '../support/bundled-pack';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';


beforeAll(ensureNodeBuild, 180_000);

const tempDir = tempDirsRemovedAfterAll('cc-life-');

/** a GET that resolves with the status, or rejects when the connection is cut or refused */
function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(url, { agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

async function localServer(shutdownTimeoutMs?: number) {
  const dataDir = tempDir();
  const config = loadConfig({ CC_DATA_DIR: dataDir, CC_WEB_ROOT: join(dataDir, 'no-web') });
  const server = await startTestServer({ config, port: 0, logSink: () => undefined, ...(shutdownTimeoutMs ? { shutdownTimeoutMs } : {}) });
  return { server, dbFile: emulatorDbFile(dataDir) };
}

describe('graceful close', () => {
  it('finishes a request in flight, then refuses new connections and closes the database', async () => {
    const { server, dbFile } = await localServer();
    // the emulator's latency fault makes a request that is still running when close() begins
    server.emulator?.setFaults({ latencyMs: 400 });
    const inFlight = get(`${server.url}/graph/v1.0/sites/root`, { authorization: `Bearer ${makeDevToken(DEMO_STAFF[0]!)}` });
    await new Promise((r) => setTimeout(r, 100));
    const closed = server.close();

    await expect(inFlight).resolves.toBe(200);
    await closed;
    await expect(get(`${server.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    // better-sqlite3 folds the write-ahead log back into the file when the last connection closes
    expect(existsSync(dbFile)).toBe(true);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it('cuts a request that outlasts the shutdown timeout instead of hanging', async () => {
    const { server } = await localServer(150);
    // a client that announces a body and never sends all of it keeps its request open
    const stalled = new Promise<number>((done, fail) => {
      const req = request(`${server.url}/api/messages`, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('response', (res) => done(res.statusCode ?? 0));
      req.on('error', fail);
      req.write('{"type":');
    });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(stalled).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('can be called twice', async () => {
    const { server } = await localServer();
    await Promise.all([server.close(), server.close()]);
  });

  it("stops the metrics cache's Graph call in flight, instead of leaving it to retry for half a minute after the server is gone", async () => {
    const signals: AbortSignal[] = [];
    // a Graph that never answers until the call is given up
    const pending = (signal: AbortSignal | undefined) => {
      if (signal) signals.push(signal);
      return new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(new Error('given up'))));
    };
    const http: GraphHttp = {
      baseUrl: 'http://127.0.0.1:9/v1.0',
      retryPolicy: DEFAULT_RETRY_POLICY,
      get: (_path, call) => pending(call?.signal),
      post: (_path, _body, call) => pending(call?.signal),
      patch: (_path, _body, call) => pending(call?.signal),
      delete: (_path, call) => pending(call?.signal),
    };
    const metrics = startMetricsCache({
      config: { cacheFile: join(tempDir(), 'metrics-cache.sqlite'), refreshSeconds: 30, minContributors: 5, adoptionList: false },
      pack: bundledPack(),
      http,
      siteId: 'root',
      graphBaseUrl: http.baseUrl,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    for (let i = 0; i < 100 && signals.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    await metrics.close();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('reports a port in use as a start-up problem, and leaves the other server running', async () => {
    const { server } = await localServer();
    const port = Number(new URL(server.url).port);
    const config = loadConfig({ CC_DATA_DIR: tempDir() });
    await expect(startTestServer({ config, port, logSink: () => undefined })).rejects.toThrow(/already in use.*PORT/);
    expect(await get(`${server.url}/healthz`)).toBe(200);
    await server.close();
  });
});

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(env: Record<string, string>, whileRunning?: (stdout: () => string, signal: (s: NodeJS.Signals) => void) => Promise<void>): Promise<ChildResult> {
  const cwd = tempDir(); // no .env here: only the variables given count
  const child = spawn(process.execPath, [join(NODE_DIST, 'server.js')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  // a failed check stops the server too, so no process outlives the test and keeps jest from exiting
  const during = whileRunning?.(() => stdout, (s) => child.kill(s)).catch((error: unknown) => {
    child.kill('SIGTERM');
    throw error;
  });
  return Promise.all([exited, during]).then(([code]) => ({ code, stdout, stderr }));
}

describe('npm start (node dist/node/server.js)', () => {
  it('stops with exit code 1 and names the missing variable in tenant mode, without a stack trace', async () => {
    const result = await runMain({
      CC_MODE: 'tenant',
      CC_PUBLIC_URL: 'https://keuzes.example.nl',
      AZURE_TENANT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      AZURE_CLIENT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_CLIENT_SECRET: 'not-printed',
      // CC_GRAPH_SITE_ID is missing
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CC_GRAPH_SITE_ID: missing');
    expect(result.stderr).toContain('.env.example');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr + result.stdout).not.toContain('not-printed');
    expect(result.stdout).not.toContain('listening');
  });

  it("refuses to start with a tenant's settings when CC_MODE is left out, and says why", async () => {
    const result = await runMain({
      CC_PUBLIC_URL: 'https://keuzes.example.nl',
      AZURE_TENANT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_ID: '0f2c3a4b-1111-4222-8333-444455556666',
      BOT_CLIENT_SECRET: 'not-printed',
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CC_MODE is not set (so 'local')");
    expect(result.stderr).toContain('Local mode checks no tokens');
    expect(result.stderr).toContain('BOT_CLIENT_SECRET: set, but it belongs to tenant mode');
    expect(result.stderr).toContain('Set CC_MODE=tenant');
    expect(result.stderr + result.stdout).not.toContain('not-printed');
    expect(result.stdout).not.toContain('listening');
  });

  it('starts in local mode with nothing set, logs its URL, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    let healthStatus = 0;
    const result = await runMain({ CC_DATA_DIR: dataDir, PORT: '0' }, async (stdout, signal) => {
      const deadline = Date.now() + 20_000;
      while (!/"url":"(http:[^"]+)"/.test(stdout()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const url = /"url":"(http:[^"]+)"/.exec(stdout())?.[1];
      if (!url) throw new Error(`no URL logged: ${stdout()}`);
      healthStatus = await get(`${url}/healthz`);
      signal('SIGTERM');
    });
    expect(healthStatus).toBe(200);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['Circular Choices is listening', 'shutting down', 'stopped']));
    expect(existsSync(emulatorDbFile(dataDir))).toBe(true);
  });
});
