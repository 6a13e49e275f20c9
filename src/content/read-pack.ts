// Reads a content pack folder from disk (Node: the CLI, the server, tests and the build).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentPack } from '../domain/content/model';
import type { PackFile, PackResult } from '../domain/content/validate-pack';
import { PACKAGE_ROOT } from './package-root';

/** the folder of the default pack that ships with the app */
export const DEFAULT_PACK_DIR = join(PACKAGE_ROOT, 'src', 'content');

/** the YAML files of a pack folder and its generated JSON (the learned document type), with paths relative to it */
export function readPackFiles(dir: string): PackFile[] {
  const files: PackFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ya?ml|json)$/.test(entry.name)) files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    return [];
  }
  walk(dir);
  return files;
}

/**
 * the validator, loaded on first use: parsing YAML with positions and checking it with zod is most
 * of the command line's start-up, and a cached pack needs neither
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = (): typeof import('../domain/content/validate-pack') => require('../domain/content/validate-pack');

/**
 * Where the compiled program keeps packs it has validated, keyed by a hash of their files: beside
 * the compiled code, which a rebuild (the only way its validation rules change) empties. Running
 * from sources (tests, tsx) the rules can change under the same files, so nothing is cached there.
 */
const CACHE_DIR = __filename.endsWith('.js') ? join(__dirname, '.validated-packs') : undefined;

function packHash(files: readonly PackFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

function cachedPack(file: string): ContentPack | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ContentPack;
  } catch {
    return undefined;
  }
}

export function readContentPack(dir: string = DEFAULT_PACK_DIR): PackResult {
  const files = readPackFiles(dir);
  const cacheFile = CACHE_DIR && join(CACHE_DIR, `${packHash(files)}.json`);
  const cached = cacheFile && cachedPack(cacheFile);
  if (cached) return { ok: true, pack: cached };
  const result = validator().loadContentPack(files);
  if (result.ok && cacheFile) {
    try {
      mkdirSync(CACHE_DIR!, { recursive: true });
      // written whole, then renamed: a reader never sees half a pack
      writeFileSync(`${cacheFile}.${process.pid}`, JSON.stringify(result.pack));
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    } catch {
      // a read-only install validates every time; nothing else changes
    }
  }
  return result;
}
