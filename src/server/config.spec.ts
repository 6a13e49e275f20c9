import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDirsRemovedAfterAll } from '../../test/support/temp-dirs';
import { ConfigError, loadConfig, parseFaults, PROJECT_ROOT, TENANT_VARIABLES, type ServerConfig } from './config';

const GUID_A = '0f2c3a4b-1111-4222-8333-444455556666';
const GUID_B = '9e8d7c6b-5555-4666-8777-888899990000';
const SITE = `contoso.sharepoint.com,${GUID_A},${GUID_B}`;

const TENANT_ENV: Record<string, string> = {
  CC_MODE: 'tenant',
  CC_PUBLIC_URL: 'https://keuzes.example.nl',
  AZURE_TENANT_ID: GUID_A,
  AZURE_CLIENT_ID: GUID_B,
  BOT_ID: GUID_A,
  BOT_CLIENT_SECRET: 'bot-secret-value',
  CC_GRAPH_SITE_ID: SITE,
};

function problemsFor(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

function tenant(env: Record<string, string | undefined>): Extract<ServerConfig, { mode: 'tenant' }> {
  const config = loadConfig(env);
  if (config.mode !== 'tenant') throw new Error('expected tenant mode');
  return config;
}

describe('local mode', () => {
  it('needs nothing: loopback, port 3978, data under .local, the default threshold and no faults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      host: '127.0.0.1',
      port: 3978,
      dataDir: resolve(PROJECT_ROOT, '.local'),
      webRoot: resolve(PROJECT_ROOT, 'build/web'),
      listViewThreshold: 5000,
      faults: {},
      trustProxy: false,
    });
  });

  it('reads the data folder, threshold and faults from the environment', () => {
    const config = loadConfig({ CC_DATA_DIR: '/tmp/cc-data', CC_LIST_VIEW_THRESHOLD: '100', CC_FAULTS: 'throttle=0.2,drop=0.02,latency=50' });
    expect(config).toMatchObject({ dataDir: '/tmp/cc-data', listViewThreshold: 100, faults: { throttleRate: 0.2, dropRate: 0.02, latencyMs: 50 } });
  });

  it('refuses to listen beyond loopback, since it accepts development tokens', () => {
    const error = problemsFor({ HOST: '0.0.0.0' });
    expect(error.problems).toEqual([{ variable: 'HOST', problem: expect.stringContaining('loopback') }]);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['CC_LIST_VIEW_THRESHOLD', '0'],
    ['CC_FAULTS', 'throttle=1.5'],
    ['CC_FAULTS', 'explode=1'],
    ['CC_TRUST_PROXY', 'everyone'],
    ['CC_PUBLIC_URL', 'ftp://example.nl'],
  ])('names %s when it holds %p', (variable, value) => {
    const error = problemsFor({ [variable]: value });
    expect(error.problems.map((p) => p.variable)).toEqual([variable]);
    expect(error.message).toContain(`${variable}: malformed`);
  });

  it.each(TENANT_VARIABLES)('refuses to start with %s set and CC_MODE left out, and says why', (variable) => {
    const error = problemsFor({ [variable]: variable.includes('ID') ? GUID_A : 'value' });
    expect(error.problems).toEqual([{ variable, problem: 'set, but it belongs to tenant mode' }]);
    expect(error.message).toContain("CC_MODE is not set (so 'local')");
    expect(error.message).toContain('checks no tokens');
    expect(error.message).toContain('Set CC_MODE=tenant');
    expect(error.message).not.toContain(GUID_A);
  });

  it('refuses every tenant setting at once, and an https public URL, also with CC_MODE=local', () => {
    const error = problemsFor({ ...TENANT_ENV, CC_MODE: 'local' });
    expect(error.problems.map((p) => p.variable)).toEqual(['CC_PUBLIC_URL', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'BOT_ID', 'BOT_CLIENT_SECRET', 'CC_GRAPH_SITE_ID']);
    expect(error.message).toContain("CC_MODE is 'local'");
    expect(error.message).not.toContain('bot-secret-value');
  });

  it('takes an http public URL on this machine', () => {
    expect(loadConfig({ CC_PUBLIC_URL: 'http://localhost:3978' })).toMatchObject({ mode: 'local', publicUrl: 'http://localhost:3978' });
  });

  it('refuses an unknown mode by naming CC_MODE', () => {
    expect(problemsFor({ CC_MODE: 'production' }).problems).toEqual([{ variable: 'CC_MODE', problem: expect.stringContaining("'tenant'") }]);
  });
});

describe('tenant mode', () => {
  it('starts with every required value', () => {
    const config = tenant(TENANT_ENV);
    expect(config).toMatchObject({
      host: '0.0.0.0',
      publicUrl: 'https://keuzes.example.nl',
      tenantId: GUID_A,
      clientId: GUID_B,
      botId: GUID_A,
      botCredential: { kind: 'secret', clientSecret: 'bot-secret-value' },
      graphSiteId: SITE,
      // without AZURE_CLIENT_SECRET the bot writes to SharePoint as itself
      graphAppOnly: { clientId: GUID_A, credential: { kind: 'secret', clientSecret: 'bot-secret-value' } },
    });
    expect(config).not.toHaveProperty('dataDir');
  });

  it('writes as the tab app when AZURE_CLIENT_SECRET is set, like the CLI', () => {
    const config = tenant({ ...TENANT_ENV, AZURE_CLIENT_SECRET: 'app-secret' });
    expect(config.graphAppOnly).toEqual({ clientId: GUID_B, credential: { kind: 'secret', clientSecret: 'app-secret' } });
  });

  it.each(['CC_PUBLIC_URL', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'BOT_ID', 'BOT_CLIENT_SECRET', 'CC_GRAPH_SITE_ID'])('stops without %s and names it', (variable) => {
    const error = problemsFor({ ...TENANT_ENV, [variable]: undefined });
    expect(error.problems).toEqual([{ variable, problem: expect.stringMatching(/^missing: /) }]);
    expect(error.message).toContain(`${variable}: missing`);
  });

  it('treats an empty value as missing', () => {
    expect(problemsFor({ ...TENANT_ENV, BOT_ID: '  ' }).problems).toEqual([{ variable: 'BOT_ID', problem: expect.stringMatching(/^missing/) }]);
  });

  it.each([
    ['CC_PUBLIC_URL', 'http://keuzes.example.nl', 'https'],
    ['CC_PUBLIC_URL', 'https://keuzes.example.nl/app', 'no path'],
    ['AZURE_TENANT_ID', 'soest.onmicrosoft.com', 'GUID'],
    ['AZURE_CLIENT_ID', '1234', 'GUID'],
    ['BOT_ID', `${GUID_A}x`, 'GUID'],
    ['CC_GRAPH_SITE_ID', 'https://contoso.sharepoint.com/sites/keuzes', 'hostname,site-collection-guid,web-guid'],
    ['HOST', 'my-host', 'IP address'],
  ])('names %s when it is malformed (%p)', (variable, value, hint) => {
    const error = problemsFor({ ...TENANT_ENV, [variable]: value });
    expect(error.problems).toEqual([{ variable, problem: expect.stringContaining(hint) }]);
    expect(error.problems[0]?.problem).toMatch(/^malformed/);
  });

  it('lists every problem at once, in the order of .env.example', () => {
    const error = problemsFor({ CC_MODE: 'tenant', AZURE_TENANT_ID: 'nope' });
    expect(error.problems.map((p) => p.variable)).toEqual(['CC_PUBLIC_URL', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'BOT_ID', 'BOT_CLIENT_SECRET', 'CC_GRAPH_SITE_ID']);
  });

  it('never repeats a value in its message: some are secrets', () => {
    const error = problemsFor({ ...TENANT_ENV, BOT_CERTIFICATE_PATH: '/x.pem', AZURE_TENANT_ID: 'tenant-secret-looking-value' });
    expect(error.message).not.toContain('bot-secret-value');
    expect(error.message).not.toContain('tenant-secret-looking-value');
    expect(error.problems.map((p) => p.variable)).toEqual(['AZURE_TENANT_ID', 'BOT_CLIENT_SECRET']);
  });

  it('accepts Entra tokens of no app unless CC_BOT_ALLOWED_APP_IDS names them', () => {
    expect(tenant(TENANT_ENV).botAllowedEntraApps).toEqual([]);
    expect(tenant({ ...TENANT_ENV, CC_BOT_ALLOWED_APP_IDS: `${GUID_B.toUpperCase()}, ${GUID_A}` }).botAllowedEntraApps).toEqual([GUID_B, GUID_A]);
    expect(problemsFor({ ...TENANT_ENV, CC_BOT_ALLOWED_APP_IDS: 'my-agent' }).problems).toEqual([{ variable: 'CC_BOT_ALLOWED_APP_IDS', problem: expect.stringContaining('client ids (GUIDs)') }]);
  });

  it('refuses fault injection: there is no emulator in a tenant', () => {
    expect(problemsFor({ ...TENANT_ENV, CC_FAULTS: 'throttle=0.1' }).problems).toEqual([{ variable: 'CC_FAULTS', problem: expect.stringContaining('local emulator') }]);
  });

  describe('a certificate instead of a secret', () => {
    const dir = tempDirsRemovedAfterAll('cc-cert-')();
    const pem = join(dir, 'bot.pem');
    writeFileSync(pem, '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n');
    const thumbprint = 'AB:'.repeat(31) + 'AB';
    const withCertificate = { ...TENANT_ENV, BOT_CLIENT_SECRET: undefined, BOT_CERTIFICATE_PATH: pem, BOT_CERTIFICATE_THUMBPRINT: thumbprint };

    it('is read with its thumbprint normalised', () => {
      expect(tenant(withCertificate).botCredential).toEqual({ kind: 'certificate', certificatePath: pem, thumbprintSha256: 'ab'.repeat(32) });
    });

    it('needs a file that exists and a SHA-256 thumbprint', () => {
      const error = problemsFor({ ...withCertificate, BOT_CERTIFICATE_PATH: join(dir, 'absent.pem'), BOT_CERTIFICATE_THUMBPRINT: 'abc' });
      expect(error.problems.map((p) => p.variable)).toEqual(['BOT_CERTIFICATE_PATH', 'BOT_CERTIFICATE_THUMBPRINT']);
    });

    it('may not be combined with a secret', () => {
      expect(problemsFor({ ...withCertificate, BOT_CLIENT_SECRET: 's' }).problems).toEqual([
        { variable: 'BOT_CLIENT_SECRET', problem: expect.stringContaining('not both') },
      ]);
    });
  });
});

describe('parseFaults', () => {
  it('reads every fault the emulator knows', () => {
    expect(parseFaults('throttle=0.5, drop=0, latency=10, retryAfter=0, dropPhase=after')).toEqual({
      throttleRate: 0.5,
      dropRate: 0,
      latencyMs: 10,
      retryAfterSeconds: 0,
      dropPhase: 'after',
    });
  });

  it.each(['throttle', 'latency=-1', 'latency=1.5', 'drop=2', 'dropPhase=sometimes', 'retryAfter=99999'])('says what is wrong with %p', (text) => {
    expect(typeof parseFaults(text)).toBe('string');
  });
});

describe('dashboard coordinators', () => {
  it('are the demo coordinator team locally unless set', () => {
    expect(loadConfig({}).coordinators).toEqual({ groupIds: [], teams: ['programma-duurzaamheid'] });
    expect(loadConfig({ CC_COORDINATOR_TEAMS: 'inkoop, vastgoed' }).coordinators.teams).toEqual(['inkoop', 'vastgoed']);
  });

  it('are nobody in a tenant unless set, and malformed ids are named', () => {
    expect(tenant(TENANT_ENV).coordinators).toEqual({ groupIds: [], teams: [] });
    expect(tenant({ ...TENANT_ENV, CC_COORDINATOR_GROUP_IDS: `${GUID_A},${GUID_B}` }).coordinators.groupIds).toEqual([GUID_A, GUID_B]);
    expect(problemsFor({ ...TENANT_ENV, CC_COORDINATOR_GROUP_IDS: 'coordinators' }).problems).toEqual([
      { variable: 'CC_COORDINATOR_GROUP_IDS', problem: 'malformed: expected Entra group ids (GUIDs), separated by commas' },
    ]);
  });
});
