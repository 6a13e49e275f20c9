// `content list` and `content validate` in-process, with the bundled pack and a broken copy of it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PACK_DIR } from '../../content/read-pack';
import type { CliIO } from '../cli-io';
import { main } from '../main';
import { tempDirsRemovedAfterAll } from '../../../test/support/temp-dirs';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), readStdin: async () => '', stdinIsTerminal: true, env: {}, cwd: process.cwd() };
  const code = await main(['node', 'circular-choices', ...args], io);
  return { code, out, err };
}

const tempDir = tempDirsRemovedAfterAll('cc-pack-');

describe('circular-choices content', () => {
  it('lists every criterion as JSON with the audit fields', async () => {
    const { code, out } = await run(['content', 'list', '--json']);
    expect(code).toBe(0);
    const records = JSON.parse(out) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(150);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(['id', 'productGroup', 'theme', 'kind', 'ambition', 'rStrategy', 'text', 'verification', 'source']);
      expect(['mvi', 'eu-gpp', 'national-guidance', 'municipal-proposal', 'practice']).toContain((r.source as { kind: string }).kind);
    }
    expect(records.find((r) => r.id === 'street-cleaning-image-based')).toMatchObject({ productGroup: 'street-cleaning', theme: 'circularity' });
  });

  it('marks municipal proposals in the readable list', async () => {
    const { out } = await run(['content', 'list']);
    expect(out).toMatch(/Voorstel, nog niet vastgesteld: /);
  });

  it('names file, line and path when a criterion breaks a consistency rule', async () => {
    const dir = tempDir();
    cpSync(DEFAULT_PACK_DIR, dir, { recursive: true, filter: (src) => !/\.(ts|cjs)$/.test(src) });
    const file = join(dir, 'checklists', 'cleaning.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    ambition: significant\n    kind: award', '    ambition: basis\n    kind: award'));
    const { code, err } = await run(['content', 'validate', dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/^checklists\/cleaning\.yaml:\d+: items\[5\]\.ambition: cleaning-durable-machines: an award criterion cannot be 'basis'/m);
  });
});
