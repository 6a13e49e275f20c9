// `npm run package` as an administrator runs it: exit codes, what it prints, and a guide that
// names every value the package asks for.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../manifest/build-package';
import { REPOSITORY_ROOT } from '../../manifest/package/app-package';
import { REQUIRED_VARIABLES } from '../../manifest/package/package-environment';


let outDir: string;
const saved: Record<string, string | undefined> = {};
let printed: string[];

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'cc-package-cli-'));
  // the tests decide every value: none may leak in from the machine's environment
  for (const name of [...Object.keys(REQUIRED_VARIABLES), 'APP_VERSION']) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  rmSync(outDir, { recursive: true, force: true });
});
beforeEach(() => {
  printed = [];
  const capture = (...args: unknown[]) => void printed.push(args.join(' '));
  jest.spyOn(console, 'log').mockImplementation(capture);
  jest.spyOn(console, 'warn').mockImplementation(capture);
  jest.spyOn(console, 'error').mockImplementation(capture);
});
afterEach(() => jest.restoreAllMocks());

describe('npm run package', () => {
  it('builds the local package, says where and what, and exits 0', async () => {
    const out = join(outDir, 'local.zip');
    expect(await main(['--out', out])).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = printed.join('\n');
    expect(text).toContain('manifest 1.25 (validated offline)');
    expect(text).toContain('Office add-in (Outlook, Word) included');
    expect(text).toMatch(/Word add-in's XML manifest \(admin center\) .*local\.word-addin\.xml/);
    expect(text).toContain('warning: CC_PUBLIC_URL is http://localhost:3978');
  });

  it('says when the Office add-in is left out', async () => {
    expect(await main(['--out', join(outDir, 'teams.zip'), '--without-outlook'])).toBe(0);
    expect(printed.join('\n')).toContain('Office add-in (Outlook, Word) left out');
  });

  it('exits 1 and names each missing value for an env that has no file', async () => {
    const out = join(outDir, 'nothing.zip');
    expect(await main(['--env', 'cc-test-nothing', '--out', out])).toBe(1);
    const text = printed.join('\n');
    for (const name of Object.keys(REQUIRED_VARIABLES)) expect(text).toContain(`${name} is missing`);
    expect(text).toContain('no env file was found (looked for manifest/env/cc-test-nothing.env, .env.cc-test-nothing)');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with the usage for an unknown option, and refuses an env name that could be a path', async () => {
    expect(await main(['--outlook'])).toBe(1);
    expect(printed.join('\n')).toContain('Usage: npm run package');
    printed = [];
    expect(await main(['--env', '../secrets', '--out', join(outDir, 'x.zip')])).toBe(1);
    expect(printed.join('\n')).toContain('--env "../secrets": use lower-case letters, digits and hyphens');
  });
});

describe('docs/deploy.md', () => {
  const guide = readFileSync(join(REPOSITORY_ROOT, 'docs/deploy.md'), 'utf8');

  it('explains every value the package asks for', () => {
    for (const name of Object.keys(REQUIRED_VARIABLES)) expect(guide).toContain(`\`${name}\``);
  });

  it('gives the exact per-site grant request and both SPA redirects', () => {
    expect(guide).toContain('POST https://graph.microsoft.com/v1.0/sites/{site-id}/permissions');
    expect(guide).toContain('"roles": ["write"]');
    expect(guide).toContain('brk-multihub://');
  });
});
