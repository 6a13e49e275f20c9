// The folder the app is installed in (the one with its package.json). Found by walking up from this
// module, because the same code runs as TypeScript sources (src/…, under jest or tsx) and bundled
// (dist/node/…, under `npm start` and the command line), at different depths.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'circular-choices';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE_NAME} above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);

/** the app's version, from its package.json */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
