// The app package as an administrator gets it: built from the committed local values, validated
// offline against the official schema, and refused with a message naming what is wrong.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { GRAPH_SCOPES } from '../../src/auth/graph-scopes';
import { buildAppPackage, packageProblems, renderLocalisation, renderManifest, REPOSITORY_ROOT, templateValues, type BuildOptions } from '../../manifest/package/app-package';
import { packageSettings } from '../../manifest/package/package-environment';
import { PackageError } from '../../manifest/package/package-error';
import { schemaErrors } from '../../manifest/package/schema-validation';

// office-addin-manifest needs the ESM-only uuid package only to make new GUIDs; reading never does
jest.mock('uuid', () => ({ v4: () => randomUUID() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mock above
const { OfficeAddinManifest } = require('office-addin-manifest') as typeof import('office-addin-manifest');


/** JSON read back from the package, indexed freely in assertions */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest's shape is the schema's concern, checked above
type Json = any;

const LOCAL_ENV = join(REPOSITORY_ROOT, 'manifest/env/local.env');
const TENANT_VALUES = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: '22222222-3333-4444-8555-666666666666',
  AZURE_CLIENT_ID: '33333333-4444-4555-8666-777777777777',
  CC_PUBLIC_URL: 'https://keuzes.example.nl',
  CC_DEVELOPER_NAME: 'Gemeente Voorbeeld',
  CC_WEBSITE_URL: 'https://www.example.nl/circulair',
  CC_PRIVACY_URL: 'https://www.example.nl/privacy',
  CC_TERMS_URL: 'https://www.example.nl/voorwaarden',
};

let outDir: string;
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'cc-package-'));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** a build that reads only what the test gives it: never a developer's own .env.local */
const build = (name: string, options: BuildOptions = {}) =>
  buildAppPackage({ envFiles: [LOCAL_ENV], processEnv: {}, outFile: join(outDir, `${name}.zip`), ...options });

async function refusal(options: BuildOptions): Promise<PackageError> {
  const error = await build('refused', options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PackageError);
  return error as PackageError;
}

const readZip = (path: string) => {
  const zip = new AdmZip(path);
  return {
    names: zip.getEntries().map((e) => e.entryName).sort(),
    json: (name: string) => JSON.parse(zip.readAsText(name)) as Json,
    bytes: (name: string) => zip.readFile(name)!,
  };
};

describe('the local package', () => {
  it('holds the manifest, its English strings and the two icons, flat, and the manifest passes the official 1.25 schema', async () => {
    const built = await build('local');
    const zip = readZip(built.zipPath);
    expect(zip.names).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = zip.json('manifest.json');
    expect(manifest.manifestVersion).toBe('1.25');
    expect(await schemaErrors(manifest, '1.25', 'manifest')).toEqual([]);
    expect(await schemaErrors(zip.json('en.json'), '1.25', 'localization')).toEqual([]);
    expect(zip.bytes('color.png').equals(readFileSync(join(REPOSITORY_ROOT, 'assets/color.png')))).toBe(true);
  });

  it('is Dutch by default with an English file, and takes its ids and addresses from manifest/env/local.env', async () => {
    const { manifest } = await build('local-values');
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'nl', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    expect((manifest.name as { short: string }).short).toBe('Circulaire keuzes');
    expect(manifest.id).toBe('6f1c2e3a-4b5d-4c6e-8f70-a1b2c3d4e5f6');
    expect(manifest.validDomains).toEqual(['localhost:3978']);
    const m = manifest as Json;
    expect(m.bots[0].botId).toBe('0b6f5c1e-2d3a-4e5f-9a8b-7c6d5e4f3a21');
    expect(m.composeExtensions[0].botId).toBe(m.bots[0].botId);
    expect(m.staticTabs[0].contentUrl).toBe('http://localhost:3978/');
    expect(m.composeExtensions[0].messageHandlers).toEqual([{ type: 'link', value: { domains: ['localhost:3978'] } }]);
  });

  it('asks for exactly the token the tab requests, so Teams can prefetch it (nested app authentication)', async () => {
    const { manifest } = await build('naa');
    expect((manifest as Json).webApplicationInfo).toEqual({
      id: '3c2b1a09-8f7e-4d6c-b5a4-938271605f4e',
      resource: 'api://localhost:3978/3c2b1a09-8f7e-4d6c-b5a4-938271605f4e',
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://localhost:3978', scopes: [...GRAPH_SCOPES] }],
    });
  });

  it('declares the Outlook add-in: the meeting organizer button and the send check that only prompts', async () => {
    const { manifest, includesOutlook } = await build('outlook');
    expect(includesOutlook).toBe(true);
    const [extension] = (manifest as Json).extensions;
    expect(extension.requirements.scopes).toEqual(['mail', 'document']);
    expect(extension.ribbons[0].requirements.scopes).toEqual(['mail']);
    expect(extension.ribbons[0].contexts).toEqual(['meetingDetailsOrganizer']);
    expect(extension.autoRunEvents[0].events).toEqual([{ type: 'appointmentSending', actionId: 'onAppointmentSendHandler', options: { sendMode: 'promptUser' } }]);
    expect(extension.autoRunEvents[0].requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
  });

  it('declares the Word pane in the same extension, and writes its XML manifest for the admin center beside the zip', async () => {
    const built = await build('word', { processEnv: TENANT_VALUES });
    const [extension] = (built.manifest as Json).extensions;
    const word = extension.runtimes.find((r: Json) => r.requirements.scopes.includes('document'));
    expect(word.code.page).toBe('https://keuzes.example.nl/word.html');
    expect(extension.ribbons[1]).toMatchObject({ requirements: { scopes: ['document'] }, contexts: ['default'] });
    expect(built.wordAddinPath).toBe(join(outDir, 'word.word-addin.xml'));
    // Microsoft's own reader of add-in manifests (office-addin-manifest) reads it as a Word task pane
    const info = await OfficeAddinManifest.readManifestFile(built.wordAddinPath!);
    expect(info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Document'], version: built.settings.version, defaultLocale: 'nl-NL', displayName: 'Circulaire keuzes' });
    expect(info.defaultSettings?.sourceLocation).toBe('https://keuzes.example.nl/word.html');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.id).not.toBe(TENANT_VALUES.TEAMS_APP_ID);
    expect(readFileSync(built.wordAddinPath!, 'utf8')).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
  });

  it('escapes a developer name that would otherwise break the XML', async () => {
    const built = await build('escaped', { processEnv: { ...TENANT_VALUES, CC_DEVELOPER_NAME: 'Gemeente <Soest> & "Baarn"' } });
    expect((await OfficeAddinManifest.readManifestFile(built.wordAddinPath!)).providerName).toBe('Gemeente <Soest> & "Baarn"');
  });

  it('leaves the Outlook add-in and its English strings out when asked, and still validates', async () => {
    const built = await build('teams-only', { withoutOutlook: true });
    expect(built.wordAddinPath).toBeUndefined();
    const zip = readZip(built.zipPath);
    expect(zip.json('manifest.json').extensions).toBeUndefined();
    expect(Object.keys(zip.json('en.json')).filter((k) => k.startsWith('extensions'))).toEqual([]);
    expect(await schemaErrors(zip.json('manifest.json'), '1.25', 'manifest')).toEqual([]);
  });

  it('warns that plain http on localhost is for inspection only', async () => {
    const { warnings } = await build('warned');
    expect(warnings).toEqual([expect.stringContaining('Teams and Outlook load only https pages')]);
  });
});

describe('values from the environment', () => {
  it('lets the process environment win over the env file, and builds a tenant package without warnings', async () => {
    const { manifest, warnings } = await build('tenant', { processEnv: TENANT_VALUES });
    const m = manifest as Json;
    expect(m.id).toBe(TENANT_VALUES.TEAMS_APP_ID);
    expect(m.validDomains).toEqual(['keuzes.example.nl']);
    expect(m.configurableTabs[0].configurationUrl).toBe('https://keuzes.example.nl/#/config');
    expect(m.webApplicationInfo.nestedAppAuthInfo[0].redirectUri).toBe('brk-multihub://keuzes.example.nl');
    expect(m.extensions[0].runtimes[1].code).toEqual({ page: 'https://keuzes.example.nl/outlook-events.html', script: 'https://keuzes.example.nl/outlook-events.js' });
    expect(warnings).toEqual([]);
  });

  it('names every missing value, says where to set it, and writes no zip', async () => {
    const outFile = join(outDir, 'missing.zip');
    const { BOT_ID: _bot, AZURE_CLIENT_ID: _client, ...rest } = TENANT_VALUES;
    const error = await refusal({ envFiles: [], processEnv: rest, outFile });
    expect(error.problems).toEqual([expect.stringMatching(/^BOT_ID is missing/), expect.stringMatching(/^AZURE_CLIENT_ID is missing/), expect.stringMatching(/^no env file was found/)]);
    expect(error.message).toContain('manifest/env/<env>.env');
    expect(existsSync(outFile)).toBe(false);
  });

  it('treats an empty value as missing, as FOO= does in .env', async () => {
    const error = await refusal({ processEnv: { BOT_ID: '  ' } });
    expect(error.problems).toEqual([expect.stringMatching(/^BOT_ID is missing/)]);
  });

  it('refuses a malformed id, a public URL with a path, plain http off loopback and a bad version, all at once', () => {
    const attempt = () =>
      packageSettings({ ...TENANT_VALUES, BOT_ID: 'my-bot', APP_VERSION: 'v2' }, { version: '1.0.0' });
    expect(attempt).toThrow(PackageError);
    try {
      attempt();
    } catch (error) {
      expect((error as PackageError).problems).toEqual([
        'BOT_ID: "my-bot" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
        'APP_VERSION: "v2" must be a version like 1.2.3',
      ]);
    }
    expect(() => packageSettings({ ...TENANT_VALUES, CC_PUBLIC_URL: 'https://keuzes.example.nl/app' }, { version: '1.0.0' })).toThrow(/without a path/);
    expect(() => packageSettings({ ...TENANT_VALUES, CC_PUBLIC_URL: 'http://keuzes.example.nl' }, { version: '1.0.0' })).toThrow(/https only/);
  });

  it('reads the version from package.json unless APP_VERSION says otherwise', async () => {
    const pkg = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await build('version')).manifest.version).toBe(pkg.version);
    expect((await build('version-set', { processEnv: { APP_VERSION: '2.4.1' } })).manifest.version).toBe('2.4.1');
  });

  it('keeps the last good package when a later build fails', async () => {
    const outFile = join(outDir, 'kept.zip');
    await build('kept', { outFile });
    const before = readFileSync(outFile);
    await expect(build('kept', { outFile, processEnv: { TEAMS_APP_ID: 'nope' } })).rejects.toThrow(PackageError);
    expect(readFileSync(outFile).equals(before)).toBe(true);
    expect(existsSync(`${outFile}.partial`)).toBe(false);
  });
});

describe('a broken manifest', () => {
  const settings = packageSettings(TENANT_VALUES, { version: '1.0.0' });
  const fresh = () => renderManifest(REPOSITORY_ROOT, templateValues(settings), true) as Json;
  const english = () => renderLocalisation(REPOSITORY_ROOT, true);

  it('fails with the schema\'s own message for a meeting context Teams does not know', async () => {
    const manifest = fresh();
    manifest.configurableTabs[0].context.push('sidePanel');
    const problems = await packageProblems(REPOSITORY_ROOT, manifest, english(), true);
    expect(problems).toEqual([expect.stringMatching(/^manifest\.json: \/configurableTabs\/0\/context\/5 must be equal to one of the allowed values/)]);
  });

  it('fails with the schema\'s message for an id that is not a GUID', async () => {
    const manifest = fresh();
    manifest.composeExtensions[0].botId = 'circular-bot';
    const problems = await packageProblems(REPOSITORY_ROOT, manifest, english(), true);
    expect(problems).toEqual([expect.stringMatching(/^manifest\.json: \/composeExtensions\/0\/botId must match pattern/)]);
  });

  it('fails for a command title longer than Teams shows, in either language', async () => {
    const manifest = fresh();
    manifest.composeExtensions[0].commands[0].title = 'Circulaire criteria en acties zoeken';
    const localisation = { ...english(), 'composeExtensions[0].commands[2].title': 'Check a draft document for circular criteria' };
    const problems = await packageProblems(REPOSITORY_ROOT, manifest, localisation, true);
    expect(problems).toEqual([
      expect.stringMatching(/^manifest\.json: \/composeExtensions\/0\/commands\/0\/title must NOT have more than 32 characters/),
      expect.stringMatching(/^en\.json: \/composeExtensions\[0\]\.commands\[2\]\.title must NOT have more than 32 characters/),
    ]);
  });

  it('finds an English key that names nothing and a Dutch text left untranslated', async () => {
    const localisation = english();
    delete localisation['composeExtensions[0].commands[1].title'];
    localisation['composeExtensions[0].commands[3].title'] = 'Ghost command';
    const problems = await packageProblems(REPOSITORY_ROOT, fresh(), localisation, true);
    expect(problems).toEqual([
      'en.json: "composeExtensions[0].commands[3].title" names no text in the manifest',
      'en.json: no translation of composeExtensions[0].commands[1].title ("Circulair checken")',
    ]);
  });

  it('names a placeholder that has no value, with where it is', () => {
    const root = mkdtempSync(join(tmpdir(), 'cc-template-'));
    try {
      mkdirSync(join(root, 'manifest'), { recursive: true });
      const template = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'manifest/manifest.template.json'), 'utf8')) as Json;
      template.developer.name = '${{CC_PUBLISHER}}';
      writeFileSync(join(root, 'manifest/manifest.template.json'), JSON.stringify(template));
      expect(() => renderManifest(root, templateValues(settings), false)).toThrow('manifest/manifest.template.json: developer.name uses ${{CC_PUBLISHER}}, which has no value');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
