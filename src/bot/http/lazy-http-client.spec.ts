import { Client, type Middleware } from '@microsoft/teams.common';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LazyHttpClient } from './lazy-http-client';

describe('the lazily made HTTP client', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** what the SDK does to a client: clone for the app, clone per activity with a token, add a middleware */
  async function sendThrough(root: Client) {
    const calls: string[] = [];
    const middleware: Middleware = { invoke: async (context, next) => (calls.push(String(context.config.url)), next()) };
    const app = root.clone({ headers: { 'User-Agent': 'teams.ts[apps]/2.1.0' } });
    const perActivity = app.clone({ baseUrl: base, token: 'activity-token', headers: { 'User-Agent': 'extra/1', 'X-Correlation': 'c-1' } });
    perActivity.use(middleware);
    const got = await perActivity.get<{ ok: boolean }>('/v3/conversations');
    await perActivity.post('/v3/conversations/x/activities', { type: 'message', text: 'hi' });
    const request = seen.splice(0);
    return { status: got.status, data: got.data, calls, request: request.map((r) => ({ ...r, headers: { ua: r.headers['user-agent'], auth: r.headers.authorization, corr: r.headers['x-correlation'], type: r.headers['content-type'] } })) };
  }

  it('sends exactly what a plain teams.common client sends: headers, user agents, token, middlewares, bodies', async () => {
    const plain = await sendThrough(new Client({ headers: { 'X-Root': 'r' } }));
    const lazy = await sendThrough(new LazyHttpClient({ headers: { 'X-Root': 'r' } }));
    expect(lazy).toEqual(plain);
    expect(plain.request[0]!.headers).toEqual({ ua: 'extra/1 teams.ts[apps]/2.1.0', auth: 'Bearer activity-token', corr: 'c-1', type: undefined });
    expect(plain.calls).toEqual(['/v3/conversations', '/v3/conversations/x/activities']);
  });

  it('makes no axios instance for a copy until the copy sends a request', async () => {
    const copy = new LazyHttpClient({ baseUrl: base }).clone().clone({ headers: { 'X-A': '1' } });
    expect(copy).toBeInstanceOf(LazyHttpClient);
    expect(Object.getOwnPropertyDescriptor(copy, 'http')).toBeUndefined();
    await copy.get('/ping');
    expect(Object.getOwnPropertyDescriptor(copy, 'http')).toBeDefined();
    expect(seen.splice(0)[0]!.headers['x-a']).toBe('1');
  });

  it('makes a copy with interceptors at once, and the interceptors run', async () => {
    const calls: string[] = [];
    const root = new LazyHttpClient({ baseUrl: base });
    root.use({ request: ({ config }) => (calls.push(String(config.url)), config) });
    const copy = root.clone();
    expect(Object.getOwnPropertyDescriptor(copy, 'http')).toBeDefined();
    await copy.get('/intercepted');
    seen.splice(0);
    expect(calls).toEqual(['/intercepted']);
  });
});
