// /healthz while the server matches: `npm start`'s entry (dist/node/server.js, local mode, its
// matching pool) in a child process; /healthz asked one after another, first on an idle server (the
// baseline of the same run), then while 10 connections each send 5,000-word message actions
// (target: every answer within 100 ms).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureNodeBuild } from '../support/node-build';
import { checkMessageActivity, messageOfWords } from '../support/long-message';
import { median, runOnItsOwn } from './measure';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

async function healthWhile(base: string, done: () => boolean, atLeast = 0): Promise<number[]> {
  const latencies: number[] = [];
  while (!done() || latencies.length < atLeast) {
    const start = performance.now();
    const response = await fetch(`${base}/healthz`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function runHealthBench(): Promise<Record<string, unknown>> {
  const dist = await ensureNodeBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-health-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(dist, 'server.js')], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', HOME: dataDir, PORT: String(port), CC_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('is listening')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const post = async (activity: object) => {
      const response = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}`);
    };
    // the pool's threads start with the first text
    await post(checkMessageActivity(messageOfWords(0), 0));
    const idle = await healthWhile(base, () => true, 200);

    const texts = Array.from({ length: 10 }, (_, n) => messageOfWords(n + 1));
    let finished = false;
    let actions = 0;
    const load = Promise.all(
      texts.map(async (text, connection) => {
        for (let round = 0; round < 5; round++) {
          await post(checkMessageActivity(text, 100 + connection * 10 + round));
          actions++;
        }
      }),
    ).finally(() => (finished = true));
    const busy = await healthWhile(base, () => finished);
    await load;
    return {
      'message actions of 5,000 words, on 10 connections': actions,
      '/healthz idle: median (baseline)': ms(median(idle)),
      '/healthz while matching: median': ms(median(busy)),
      '/healthz while matching: p99': ms(p99(busy)),
      '/healthz while matching: slowest': `${ms(Math.max(...busy))}  (target ≤ 100 ms)`,
      'ratio median while matching / idle': `${(median(busy) / median(idle)).toFixed(2)}×  (${busy.length} answers)`,
    };
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) runOnItsOwn(runHealthBench);
