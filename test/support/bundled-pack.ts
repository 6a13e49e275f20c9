// The bundled content pack for tests, as src/content holds it. Parsing its YAML and validating it
// takes a second or two, and every spec that renders pages or cards needs it, so the valid pack
// is kept as JSON under node_modules/.cache, keyed by the pack's files and the validation code:
// a change to either reads and validates it afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PACK_DIR, readPackFiles } from '../../src/content/read-pack';
import type { ContentPack } from '../../src/domain/content/model';
import { loadContentPack } from '../../src/domain/content/validate-pack';

const ROOT = join(__dirname, '..', '..');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'circular-choices-tests');
/** the code whose rules decide what a valid pack is */
const VALIDATION_DIR = join(ROOT, 'src', 'domain', 'content');

/** a fresh copy of the bundled pack on every call, so a test may change its copy */
export function bundledPack(): ContentPack {
  const files = readPackFiles(DEFAULT_PACK_DIR);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  for (const name of readdirSync(VALIDATION_DIR).sort()) if (name.endsWith('.ts')) hash.update(`${name}\0${readFileSync(join(VALIDATION_DIR, name), 'utf8')}\0`);
  const cached = join(CACHE_DIR, `pack-${hash.digest('hex').slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as ContentPack;
  } catch {
    const result = loadContentPack(files);
    if (!result.ok) throw new Error(`the bundled content pack is not valid: ${result.errors.length} errors, the first: ${JSON.stringify(result.errors[0])}`);
    mkdirSync(CACHE_DIR, { recursive: true });
    // written whole, then renamed: a parallel test file never reads half of it
    const temporary = `${cached}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(result.pack));
    renameSync(temporary, cached);
    return result.pack;
  }
}
