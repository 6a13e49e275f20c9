import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runBatch } from './batch';
import { absoluteBase, createGraphClient, filterParam, linkPath, odataString } from './client';
import { GraphRequestError } from './errors';
import { readAllPages } from './paging';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** a loopback HTTP server whose answers each test scripts */
async function serve(handler: Handler): Promise<{ server: Server; base: string; seen: { method: string; url: string; auth?: string }[] }> {
  const seen: { method: string; url: string; auth?: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/graph/v1.0`, seen };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const noWait = { sleep: async () => undefined };

describe('createGraphClient against a plain-http host', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  it('sends the bearer token and follows absolute http next links through every page', async () => {
    const started = await serve((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const page = Number(url.searchParams.get('$skiptoken') ?? '0');
      const next = page < 2 ? `${started.base}/sites/s1/lists/l1/items?$skiptoken=${page + 1}&$top=2` : undefined;
      json(res, 200, { value: [{ id: String(page * 2 + 1) }, { id: String(page * 2 + 2) }], ...(next ? { '@odata.nextLink': next } : {}) });
    });
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 'token-abc', retry: noWait });
    const items = await readAllPages<{ id: string }>(http, '/sites/s1/lists/l1/items?$top=2');
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    // the library puts OData options first, as it does with https links; the set is unchanged
    const asked = started.seen.map((s) => {
      const url = new URL(s.url, 'http://x');
      return `${url.pathname} ${[...url.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&')}`;
    });
    expect(asked).toEqual([
      '/graph/v1.0/sites/s1/lists/l1/items $top=2',
      '/graph/v1.0/sites/s1/lists/l1/items $skiptoken=1&$top=2',
      '/graph/v1.0/sites/s1/lists/l1/items $skiptoken=2&$top=2',
    ]);
    expect(started.seen.every((s) => s.auth === 'Bearer token-abc')).toBe(true);
  });

  it('refuses to follow a link to another host, so the token never leaves', async () => {
    const started = await serve((_req, res) => json(res, 200, { value: [], '@odata.nextLink': 'http://evil.example/graph/v1.0/next' }));
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: noWait });
    await expect(readAllPages(http, '/sites/s1/lists')).rejects.toMatchObject({ code: 'foreignLink' });
  });

  it('waits as long as Retry-After says on 429 and 503, then succeeds', async () => {
    let calls = 0;
    const started = await serve((_req, res) => {
      calls++;
      if (calls === 1) json(res, 429, { error: { code: 'activityLimitReached', message: 'slow down' } }, { 'Retry-After': '3' });
      else if (calls === 2) json(res, 503, { error: { code: 'serviceNotAvailable', message: 'busy' } }, { 'Retry-After': '1' });
      else json(res, 200, { id: 'root' });
    });
    server = started.server;
    const waits: number[] = [];
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: { sleep: async (ms) => void waits.push(ms) } });
    await expect(http.get('/sites/root')).resolves.toEqual({ id: 'root' });
    expect(waits).toEqual([3000, 1000]);
  });

  it('gives a throttled answer back, typed with its Retry-After, when the wait is longer than allowed', async () => {
    const started = await serve((_req, res) =>
      json(res, 429, { error: { code: 'activityLimitReached', message: 'slow down', innerError: { code: 'throttledRequest' } } }, { 'Retry-After': '600' }),
    );
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: { ...noWait, maxRetryAfterMs: 60_000 } });
    const error = await http.get('/sites/root').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ status: 429, code: 'activityLimitReached', details: { retryAfter: 600, innerCode: 'throttledRequest' } });
  });

  it('retries a dropped connection and maps a Graph error body to a typed error once', async () => {
    let calls = 0;
    const started = await serve((req, res) => {
      calls++;
      if (calls === 1) {
        req.socket.destroy();
        return;
      }
      json(res, 404, { error: { code: 'itemNotFound', message: 'The resource could not be found.' } });
    });
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: noWait });
    await expect(http.get('/sites/s1/lists/l1/items/9')).rejects.toMatchObject({ status: 404, code: 'itemNotFound', isRefusal: true });
    expect(calls).toBe(2);
  });

  it('reports no answer as status 0 after its attempts', async () => {
    const started = await serve((req) => req.socket.destroy());
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: { ...noWait, maxRetries: 2 } });
    await expect(http.get('/sites/root')).rejects.toMatchObject({ status: 0, code: 'networkError', isTransient: true });
    expect(started.seen).toHaveLength(3);
  });

  it('encodes filter values so quotes and reserved characters arrive intact', async () => {
    const started = await serve((_req, res) => json(res, 200, { value: [] }));
    server = started.server;
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: noWait });
    await http.get(`/sites/s1/lists/l1/items?${filterParam(`fields/ContextRef eq ${odataString("O'Brien & co #1")}`)}`);
    const url = new URL(started.seen[0]!.url, 'http://x');
    expect(url.searchParams.get('$filter')).toBe("fields/ContextRef eq 'O''Brien & co #1'");
  });
});

describe('links in the browser and against Graph', () => {
  it('resolves a same-origin base against the page, and turns the absolute links the server gives into paths below it', () => {
    const base = absoluteBase('/graph/v1.0', 'http://localhost:3978');
    expect(base).toBe('http://localhost:3978/graph/v1.0');
    expect(linkPath(base, 'http://localhost:3978/graph/v1.0/sites/root/lists/l/items?$skiptoken=abc%3D%3D')).toBe('/sites/root/lists/l/items?$skiptoken=abc%3D%3D');
    expect(linkPath(base, 'sites/root')).toBe('/sites/root');
    expect(() => linkPath(base, 'http://localhost:3979/graph/v1.0/sites/root')).toThrow(/not followed/);
    expect(() => linkPath(base, 'http://localhost:3978/graph/v1.0evil/x')).toThrow(/not followed/);
  });

  it('does the same for Graph itself', () => {
    const base = absoluteBase('https://graph.microsoft.com/v1.0/');
    expect(linkPath(base, 'https://graph.microsoft.com/v1.0/sites/a,b,c/lists/l/items/delta?token=xyz')).toBe('/sites/a,b,c/lists/l/items/delta?token=xyz');
    expect(() => linkPath(base, 'https://graph.microsoft.com/beta/sites/root')).toThrow(/not followed/);
  });
});

describe('runBatch', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  it('sends at most 20 requests per batch and resends only the throttled sub-requests after their Retry-After', async () => {
    const batches: string[][] = [];
    const throttledOnce = new Set<string>();
    const started = await serve((_req, res, body) => {
      const { requests } = JSON.parse(body) as { requests: { id: string }[] };
      batches.push(requests.map((r) => r.id));
      json(res, 200, {
        responses: requests.map((r) => {
          if (Number(r.id) % 7 === 0 && !throttledOnce.has(r.id)) {
            throttledOnce.add(r.id);
            return { id: r.id, status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'activityLimitReached', message: 'x' } } };
          }
          if (r.id === '5') return { id: r.id, status: 400, body: { error: { code: 'invalidRequest', message: 'bad field' } } };
          return { id: r.id, status: 201, body: { id: `item-${r.id}` } };
        }),
      });
    });
    server = started.server;
    const waits: number[] = [];
    const http = createGraphClient({ baseUrl: started.base, getToken: async () => 't', retry: { sleep: async (ms) => void waits.push(ms) } });
    const requests = Array.from({ length: 45 }, (_, i) => ({ id: String(i + 1), method: 'POST' as const, url: '/sites/s/lists/l/items', body: { fields: {} } }));
    const results = await runBatch(http, requests, { concurrency: 1 });
    expect(batches.every((b) => b.length <= 20)).toBe(true);
    expect(batches.slice(0, 2).map((b) => b.length)).toEqual([20, 2]);
    expect(results.size).toBe(45);
    expect([...results.values()].filter((r) => r.error).map((r) => [r.id, r.error?.code])).toEqual([['5', 'invalidRequest']]);
    expect(results.get('7')).toMatchObject({ status: 201, body: { id: 'item-7' } });
    expect(waits).toEqual([2000, 2000, 2000]);
  });
});
