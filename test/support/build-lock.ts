// What the tests' builds (the web app for the browser tests, dist/node for the command line and
// npm start's entry) share: whether a source is newer than a build, and one builder at a time
// across parallel test files.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** specs beside the code: no build includes them, so editing one rebuilds nothing */
const SPEC_FILE = /\.spec\.tsx?$/;

/** the newest modification time in a file or folder (specs left out), 0 when it is missing */
export function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) if (!SPEC_FILE.test(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * runs `build` while holding `lockDir` (a folder made atomically); other test files wait for it. A
 * lock older than `staleMs` is left from a killed run and taken over.
 */
export async function underBuildLock<T>(lockDir: string, what: string, staleMs: number, build: () => T): Promise<T> {
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > staleMs) rmSync(lockDir, { recursive: true, force: true });
      if (waited > staleMs + 60_000) throw new Error(`waited ${Math.round(waited / 60_000)} minutes for another ${what}`);
      await sleep(250);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
