// Reads a content pack folder from disk (Node: the CLI, the server, tests and the build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContentPack, type PackFile, type PackResult } from '../domain/content/validate-pack';
import { PACKAGE_ROOT } from './package-root';

/** the folder of the default pack that ships with the app */
export const DEFAULT_PACK_DIR = join(PACKAGE_ROOT, 'src', 'content');

/** the YAML files of a pack folder, with paths relative to it */
export function readPackFiles(dir: string): PackFile[] {
  const files: PackFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    return [];
  }
  walk(dir);
  return files;
}

export function readContentPack(dir: string = DEFAULT_PACK_DIR): PackResult {
  return loadContentPack(readPackFiles(dir));
}
