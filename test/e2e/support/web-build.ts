// The end-to-end tests and the bench run against a production build of the web app. It is built
// once per run, and only when a source it depends on is newer than the last build. Each build goes
// to a folder of its own under build/e2e and `current.json` names the newest, so a build made by
// one test run never pulls files from under a server another run is still serving; parallel test
// files wait for the one that builds. Where `npm start` has just made the same production build in
// build/web (as after the README's Quick start), a copy of it serves instead of a second build.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestMtime, underBuildLock } from '../../support/build-lock';
import type { Surface } from '../../../src/app/surfaces/surfaces';

export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');
const BUILDS_DIR = join(PROJECT_ROOT, 'build', 'e2e');
const CURRENT_FILE = join(BUILDS_DIR, 'current.json');
const LOCK_DIR = join(BUILDS_DIR, '.lock');
const SOURCES = ['src/app', 'src/hosts', 'src/auth', 'src/domain', 'src/storage', 'src/server/api', 'src/content', 'webpack.config.js', 'package-lock.json', 'assets'];
/** `npm run build:web`'s output: the same webpack configuration and mode, in build/web */
const START_BUILD: WebBuild = { webRoot: join(PROJECT_ROOT, 'build', 'web'), statsFile: join(PROJECT_ROOT, 'build', 'web-stats.json') };
/** builds older than this that are no longer current are removed */
const KEEP_OLD_BUILDS_MS = 30 * 60_000;

export interface WebBuild {
  /** the folder the server serves */
  webRoot: string;
  /** webpack's stats summary of that build (see webpack.config.js) */
  statsFile: string;
}

/**
 * the surfaces' pages, read from their JSON. Not imported from surfaces.ts: jest's globalSetup loads
 * modules with Node's resolver, which finds surfaces.json before surfaces.ts, so SURFACES was
 * undefined there, every build looked incomplete and each run built the web app anew
 */
const surfacePages = (): string[] => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'src', 'app', 'surfaces', 'surfaces.json'), 'utf8')) as Surface[]).map((surface) => surface.html);

const buildIn = (dir: string): WebBuild => ({ webRoot: join(BUILDS_DIR, dir), statsFile: join(BUILDS_DIR, `${dir}-stats.json`) });

/** complete when every surface's page is there (a build made before a surface was added is not) */
const isComplete = (build: WebBuild): boolean => surfacePages().every((html) => existsSync(join(build.webRoot, html))) && existsSync(build.statsFile);

/** the newest complete build, if any */
export function currentWebBuild(): WebBuild | undefined {
  try {
    const { dir } = JSON.parse(readFileSync(CURRENT_FILE, 'utf8')) as { dir: string };
    const build = buildIn(dir);
    return isComplete(build) ? build : undefined;
  } catch {
    return undefined;
  }
}

function isStale(build: WebBuild | undefined): boolean {
  if (!build) return true;
  const built = statSync(build.statsFile).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(PROJECT_ROOT, source)) > built);
}

function pruneOldBuilds(keep: string): void {
  for (const entry of readdirSync(BUILDS_DIR)) {
    if (!entry.startsWith('web-') || entry.startsWith(keep)) continue;
    const path = join(BUILDS_DIR, entry);
    if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(path, { recursive: true, force: true });
  }
}

function build(into: WebBuild): void {
  try {
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', `outputDir=${into.webRoot}`], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 5 * 60_000,
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`the web build failed: ${output.message}\n${output.stdout?.toString() ?? ''}\n${output.stderr?.toString() ?? ''}`);
  }
}

/**
 * a copy, not build/web itself: the next `npm start` rebuilds build/web in place (its pages keep
 * their names), which must not change the files under a server a test run is still serving
 */
function copyStartBuild(into: WebBuild): void {
  cpSync(START_BUILD.webRoot, into.webRoot, { recursive: true });
  // the stats last: they mark the copy complete and date it
  copyFileSync(START_BUILD.statsFile, into.statsFile);
}

/** the current production build, made first when sources changed since the last one */
export async function ensureWebBuild(): Promise<WebBuild> {
  mkdirSync(BUILDS_DIR, { recursive: true });
  // a lock older than five minutes is left from a killed run
  return underBuildLock(LOCK_DIR, 'web build', 5 * 60_000, () => {
    const current = currentWebBuild();
    if (!isStale(current)) return current!;
    const dir = `web-${Date.now()}`;
    if (isComplete(START_BUILD) && !isStale(START_BUILD)) copyStartBuild(buildIn(dir));
    else build(buildIn(dir));
    // the switch to the new build is one rename, so a reader never sees half of it
    writeFileSync(`${CURRENT_FILE}.tmp`, JSON.stringify({ dir }));
    renameSync(`${CURRENT_FILE}.tmp`, CURRENT_FILE);
    pruneOldBuilds(dir);
    return currentWebBuild()!;
  });
}
