// Tests of the command line and of `npm start`'s entry run what a person runs: the compiled
// dist/node (see webpack.config.js). It is rebuilt here when a source is newer than it, so a test
// never passes on a stale build; parallel test files wait for the one that builds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestMtime, underBuildLock } from './build-lock';

const ROOT = resolve(__dirname, '..', '..');
export const NODE_DIST = join(ROOT, 'dist', 'node');
const LOCK_DIR = join(ROOT, 'dist', '.node-build-lock');
const SOURCES = ['src', 'webpack.config.js', 'package-lock.json'];
const OUTPUTS = ['server.js', 'cli.js'];

function isStale(): boolean {
  const built = Math.min(...OUTPUTS.map((f) => statSync(join(NODE_DIST, f), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

/** dist/node, built first when a source changed since the last build */
export async function ensureNodeBuild(): Promise<string> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  return underBuildLock(LOCK_DIR, 'build of dist/node', 3 * 60_000, () => {
    if (isStale()) {
      const started = new Date();
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--env', 'target=node'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 3 * 60_000,
      });
      // webpack leaves a file it would write unchanged untouched, so a source saved again without a
      // change that reaches the output (a type, a comment) left the build stale for good, and every
      // test file that needs it rebuilt it; the outputs now say when they were last built (a source
      // saved during the build is still newer)
      for (const file of OUTPUTS) utimesSync(join(NODE_DIST, file), started, started);
    }
    return NODE_DIST;
  });
}
