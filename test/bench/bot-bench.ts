// The message extension under load on loopback: autocannon (in this process) against the bot on an
// Express app in a child process (so load generator and server do not share an event loop), with a
// trivial JSON route on the same app as the baseline of the same run.
//   search: composeExtension/query at 50 concurrent connections (target p99 < 100 ms)
//   message action: composeExtension/submitAction on a 5,000-word message (target p99 < 200 ms)
// Every request comes from its own conversation, as many people would search at once; the
// per-conversation rate limit stays on. Search runs twice: with a mix of popular words (the bot
// remembers recent searches) and with queries that never repeat; and once more in tenant mode,
// where the token guard validates each request's token (one token, as Teams reuses them).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { mountMessageExtension } from '../../src/bot';
import { MemoryAcknowledgementStore } from '../support/bot/memory-acknowledgement-store';
import { bundledPack } from '../support/bot/test-environment';
import { createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { createTokenAuthority } from '../support/bot-token';
import { generatedTender } from './generated-tender';
import { runOnItsOwn } from './measure';

const BASELINE_PATH = '/bench/baseline';
const SEARCH_QUERIES = ['asfalt', 'laptop', 'LED', 'materialendepot', 'verharding', 'bedrijfskleding', 'hergebruik', 'zonnepanelen'];

export const BENCH_BOT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const SERVICE_URL = 'http://localhost/';

function listen(app: express.Express): Promise<number> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function serve(): Promise<void> {
  const pack = bundledPack();
  const local = express();
  // the baseline does what every request does before the bot: parse a JSON activity, answer JSON
  local.post(BASELINE_PATH, express.json({ limit: '256kb' }), (req, res) => {
    res.json({ type: (req.body as { type?: string }).type ?? null });
  });
  await mountMessageExtension(local, { mode: 'local', pack, acknowledgements: new MemoryAcknowledgementStore(), publicBaseUrl: 'http://localhost:3978' });
  const tenant = express();
  await mountMessageExtension(tenant, {
    mode: 'tenant',
    botId: BENCH_BOT_ID,
    pack,
    acknowledgements: new MemoryAcknowledgementStore(),
    publicBaseUrl: 'http://localhost:3978',
    tokenValidation: { botFrameworkKeys: createLocalJWKSet(JSON.parse(process.env.BOT_BENCH_JWKS!) as JSONWebKeySet) },
  });
  process.stdout.write(`listening ${await listen(local)} ${await listen(tenant)}\n`);
}

function activity(conversation: number, name: string, value: unknown): string {
  return JSON.stringify({
    type: 'invoke',
    name,
    id: `a${conversation}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    locale: 'nl-NL',
    from: { id: `29:user-${conversation % 500}`, name: 'Bench', aadObjectId: '00000000-0000-0000-0000-0000000000be' },
    recipient: { id: 'bot' },
    conversation: { id: `bench-${conversation}` },
    value,
  });
}

/** the first `words` words of the generated tender, as a Teams message body */
function longMessage(words: number): string {
  const text = generatedTender(words * 2).split(/\s+/).slice(0, words).join(' ');
  return `<p>${text}</p>`;
}

/** words of the pack's criteria, for queries that never repeat */
function vocabulary(): string[] {
  const words = new Set<string>();
  for (const checklist of bundledPack().checklists) for (const item of checklist.items) for (const w of item.text.nl.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(w);
  return [...words];
}

interface Load {
  path: string;
  connections: number;
  seconds: number;
  body: (n: number) => string;
  headers?: Record<string, string>;
}

async function load(base: string, spec: Load): Promise<autocannon.Result> {
  let n = 0;
  const result = await autocannon({
    url: `${base}${spec.path}`,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json', ...spec.headers }, setupRequest: (req) => ({ ...req, body: spec.body(n++) }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${spec.path}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return result;
}

const round = (x: number) => Math.round(x * 100) / 100;

export async function runBotBench(): Promise<Record<string, unknown>> {
  const authority = await createTokenAuthority();
  const child = spawn(process.execPath, ['--import', 'tsx', __filename], {
    env: { ...process.env, BOT_BENCH_SERVE: '1', BOT_BENCH_JWKS: JSON.stringify(authority.jwks) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [port, tenantPort] = await new Promise<[number, number]>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /listening (\d+) (\d+)/.exec(out);
        if (match) resolve([Number(match[1]), Number(match[2])]);
      });
      child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const tenantBase = `http://127.0.0.1:${tenantPort}`;
    const token = await authority.sign({ aud: BENCH_BOT_ID, serviceurl: SERVICE_URL });
    const words = vocabulary();
    const neverRepeated = (n: number) => `${words[n % words.length]} ${words[Math.floor(n / words.length) % words.length]}`;
    const coldSearchBody = (n: number) => activity(n, 'composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'query', value: neverRepeated(n + 7919) }], queryOptions: { skip: 0, count: 10 } });
    const message = longMessage(5000);
    const searchBody = (n: number) => activity(n, 'composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'query', value: SEARCH_QUERIES[n % SEARCH_QUERIES.length] }], queryOptions: { skip: 0, count: 10 } });
    const checkBody = (n: number) => activity(n, 'composeExtension/submitAction', { commandId: 'checkMessage', commandContext: 'message', messagePayload: { id: `m${n}`, body: { contentType: 'html', content: message } } });

    // warm up the JIT and the matcher's caches
    await load(base, { path: '/api/messages', connections: 10, seconds: 2, body: searchBody });
    await load(base, { path: '/api/messages', connections: 2, seconds: 2, body: checkBody });

    const baseline = await load(base, { path: BASELINE_PATH, connections: 50, seconds: 5, body: searchBody });
    const search = await load(base, { path: '/api/messages', connections: 50, seconds: 8, body: searchBody });
    const coldSearch = await load(base, { path: '/api/messages', connections: 50, seconds: 8, body: coldSearchBody });
    await load(tenantBase, { path: '/api/messages', connections: 10, seconds: 2, body: searchBody, headers: { authorization: `Bearer ${token}` } });
    const tenantSearch = await load(tenantBase, { path: '/api/messages', connections: 50, seconds: 8, body: searchBody, headers: { authorization: `Bearer ${token}` } });
    const checkOne = await load(base, { path: '/api/messages', connections: 1, seconds: 5, body: checkBody });
    const checkTen = await load(base, { path: '/api/messages', connections: 10, seconds: 5, body: checkBody });
    const baselineOne = await load(base, { path: BASELINE_PATH, connections: 1, seconds: 3, body: checkBody });

    return {
      'baseline (JSON route), 50 conn: p50 / p99 ms': `${baseline.latency.p50} / ${baseline.latency.p99}`,
      'baseline, 50 conn: requests/s': round(baseline.requests.average),
      'search, 50 conn: p50 / p99 ms': `${search.latency.p50} / ${search.latency.p99}`,
      'search, 50 conn: requests/s': round(search.requests.average),
      'search p99 < 100 ms': search.latency.p99 < 100,
      'search / baseline p50 ratio': round(search.latency.p50 / Math.max(baseline.latency.p50, 1)),
      'search / baseline p99 ratio': round(search.latency.p99 / Math.max(baseline.latency.p99, 1)),
      'search / baseline throughput ratio': round(search.requests.average / baseline.requests.average),
      'search, never-repeated queries, 50 conn: p50 / p99 ms': `${coldSearch.latency.p50} / ${coldSearch.latency.p99}`,
      'search, never-repeated queries: requests/s': round(coldSearch.requests.average),
      'search, tenant mode (token validated), 50 conn: p50 / p99 ms': `${tenantSearch.latency.p50} / ${tenantSearch.latency.p99}`,
      'search, tenant mode: requests/s': round(tenantSearch.requests.average),
      'message action, 5,000 words, 1 conn: p50 / p99 ms': `${checkOne.latency.p50} / ${checkOne.latency.p99}`,
      'message action, 5,000 words, 10 conn: p50 / p99 ms': `${checkTen.latency.p50} / ${checkTen.latency.p99}`,
      'message action p99 < 200 ms (1 conn)': checkOne.latency.p99 < 200,
      'baseline with the 5,000-word body, 1 conn: p50 / p99 ms': `${baselineOne.latency.p50} / ${baselineOne.latency.p99}`,
      'message action / baseline p99 ratio (1 conn)': round(checkOne.latency.p99 / Math.max(baselineOne.latency.p99, 1)),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.env.BOT_BENCH_SERVE === '1') {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else if (require.main === module) {
  runOnItsOwn(runBotBench);
}
