// Tests of the command line and of `npm start`'s entry run what a person runs: the compiled
// dist/node (see webpack.config.js). It is rebuilt here when a source is newer than it, so a test
// never passes on a stale build; parallel test files wait for the one that builds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
export const NODE_DIST = join(ROOT, 'dist', 'node');
const LOCK_DIR = join(ROOT, 'dist', '.node-build-lock');
const SOURCES = ['src', 'webpack.config.js', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isStale(): boolean {
  const built = Math.min(...['server.js', 'cli.js'].map((f) => statSync(join(NODE_DIST, f), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** dist/node, built first when a source changed since the last build */
export async function ensureNodeBuild(): Promise<string> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 3 * 60_000) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (waited > 3 * 60_000) throw new Error('waited three minutes for another build of dist/node');
      await sleep(200);
    }
  }
  try {
    if (isStale()) {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--env', 'target=node'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 3 * 60_000,
      });
    }
    return NODE_DIST;
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
