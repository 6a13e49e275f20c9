// The `circular-choices` command as a user runs it: a real process on the compiled command line,
// real files, exit codes.
import { execFile } from 'node:child_process';
import { writeFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureNodeBuild } from '../support/node-build';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');
const tempDir = tempDirsRemovedAfterAll('cc-match-');

beforeAll(ensureNodeBuild, 180_000);

async function cli(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run('node', [BIN, ...args], { cwd: ROOT });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  } else {
    child.child.stdin?.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('circular-choices match', () => {
  it('prints the JSON contract for a text on standard input', async () => {
    const text = 'Aanbesteding groot onderhoud asfaltverhardingen. CPV 45233252-0.';
    const { code, stdout } = await cli(['match', '-', '--json'], text);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['documentType', 'productGroups', 'checklistItems', 'actions']);
    expect(result.documentType).toBe('tender');
    expect(result.productGroups[0].id).toBe('roads');
    for (const e of result.productGroups[0].evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result.checklistItems.length).toBeGreaterThan(3);
    expect(result.checklistItems.every((i: { productGroup?: string }) => i.productGroup === undefined || i.productGroup === 'roads')).toBe(true);
  });

  it('gives empty lists for an unrelated text', async () => {
    const { code, stdout } = await cli(['match', '--json'], 'Aanbesteding collectieve ongevallenverzekering.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ productGroups: [], checklistItems: [], actions: [] });
  });

  it('summarises in Dutch by default and in English on request', async () => {
    const dir = tempDir();
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'Levering van bureaustoelen en vergadertafels voor het gemeentehuis.');
    const nl = await cli(['match', file]);
    expect(nl.stdout).toContain('Kantoormeubilair en inrichting');
    expect(nl.stdout).toContain('Criteria om te overwegen');
    const en = await cli(['match', file, '--lang', 'en']);
    expect(en.stdout).toContain('Office furniture and interiors');
  });

  it('exits 1 for a missing file and 2 for a bad option', async () => {
    const missing = await cli(['match', 'no-such-file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read no-such-file.txt: ENOENT/);
    const badLang = await cli(['match', '--lang', 'fr'], 'x');
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toMatch(/--lang must be nl or en/);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});

describe('circular-choices content validate', () => {
  it('accepts the bundled pack', async () => {
    const { code, stdout } = await cli(['content', 'validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: soest-default/);
  });

  it('names file, path and line of an error in a broken copy, and exits 1', async () => {
    const dir = tempDir('cc-pack-');
    cpSync(join(ROOT, 'src', 'content'), dir, { recursive: true, filter: (p) => !p.endsWith('.ts') });
    // the compiled CLI keeps packs it validated: the copy is valid (and kept) before it is broken
    expect((await cli(['content', 'validate', dir])).code).toBe(0);
    const file = join(dir, 'checklists', 'roads.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s+ambition: /.test(l));
    lines[at] = lines[at]!.replace(/ambition: \w+/, 'ambition: heroic');
    writeFileSync(file, lines.join('\n'));
    const { code, stderr } = await cli(['content', 'validate', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(`checklists/roads.yaml:${at + 1}: items[0].ambition: "heroic" is not allowed`);
  });
});
