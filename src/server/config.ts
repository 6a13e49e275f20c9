// The server's configuration, read from the environment once at start and checked with zod.
// Local mode needs nothing; tenant mode needs its Entra, bot and SharePoint settings, and a missing
// or malformed one stops the start with a message that names the variable (never its value: some
// are secrets).
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LIST_VIEW_THRESHOLD } from './graph-emulator/engine';
import { parseFaultText } from './graph-emulator/faults';
import type { FaultConfig } from './graph-emulator/types';
import { PACKAGE_ROOT } from '../content/package-root';
import { CONTENT_ID, GUID } from '../domain/ids';

/** the folder the app is installed in; defaults are resolved from here, not from the cwd */
export const PROJECT_ROOT = PACKAGE_ROOT;

/** Express's `trust proxy` setting: off, a hop count, or named ranges and addresses */
export type TrustProxy = boolean | number | string[];

export type BotCredential =
  | { kind: 'secret'; clientSecret: string }
  /** a PEM file holding the private key (and certificate), with the certificate's SHA-256 thumbprint */
  | { kind: 'certificate'; certificatePath: string; thumbprintSha256: string };

interface CommonConfig {
  /** the address to listen on */
  host: string;
  port: number;
  /** the built web app (webpack output) */
  webRoot: string;
  trustProxy: TrustProxy;
  /** the largest JSON body accepted under /api */
  bodyLimitBytes: number;
  /** the app's version (package.json) */
  appVersion: string;
  /** the Teams app id of the manifest, for deep links from cards into the tab; web links without it */
  teamsAppId?: string;
  /** who sees the whole adoption dashboard: members of these Entra groups, or of these teams */
  coordinators: { groupIds: string[]; teams: string[] };
  /** how the server's own API tells a caller's team (issue 13; see the block near loadConfig) */
  callers?: CallerSettings;
}

export interface LocalConfig extends CommonConfig {
  mode: 'local';
  /** where the emulator's SQLite file lives */
  dataDir: string;
  listViewThreshold: number;
  faults: FaultConfig;
  /** the http origin links point at when it is not the server's own address (local mode serves loopback only) */
  publicUrl?: string;
}

export interface TenantConfig extends CommonConfig {
  mode: 'tenant';
  /** the https origin the app is hosted at, without a trailing slash */
  publicUrl: string;
  tenantId: string;
  /** the Entra app of the tab (nested app authentication, delegated Graph) */
  clientId: string;
  /** the bot's Entra app id; its credential also gives the bot app-only Graph access */
  botId: string;
  botCredential: BotCredential;
  /**
   * who the bot writes acknowledgements to SharePoint as (app-only, Sites.Selected): the tab's app
   * with AZURE_CLIENT_SECRET when that is set (the same identity as the CLI), otherwise the bot's own app
   */
  graphAppOnly: { clientId: string; credential: BotCredential };
  /** the SharePoint site's Graph id: `hostname,site-collection-guid,web-guid` */
  graphSiteId: string;
  /** Entra apps (client ids) of this tenant whose own tokens may call the bot; none by default */
  botAllowedEntraApps: string[];
}

export type ServerConfig = LocalConfig | TenantConfig;

export const DEFAULT_PORT = 3978;
export const DEFAULT_BODY_LIMIT_KB = 512;

export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** the configuration cannot be used; `problems` names each variable and what it should hold */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly mode: string,
    readonly problems: readonly ConfigProblem[],
    /** what the message opens and closes with, when it is not an incomplete or malformed configuration */
    framing?: { why: string; fix: string },
  ) {
    super(
      [
        `Circular Choices cannot start${mode === 'local' || mode === 'tenant' ? ` in ${mode} mode` : ''}: ${framing?.why ?? 'the configuration is incomplete or malformed.'}`,
        ...problems.map((p) => `  ${p.variable}: ${p.problem}`),
        framing?.fix ?? 'Set these in the environment or in .env (see .env.example).',
      ].join('\n'),
    );
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;
const SITE_ID = new RegExp(`^[a-z0-9.-]+,${GUID.source.slice(1, -1)},${GUID.source.slice(1, -1)}$`, 'i');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** an empty variable counts as unset, as `FOO=` in a .env file means "no value" */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** a variable that must be set and match `pattern`; `expected` says what it should hold */
function requiredMatching(pattern: RegExp, expected: string) {
  return optionalText.pipe(
    z.string({ error: `missing: set it to ${expected}` }).regex(pattern, { error: `malformed: expected ${expected}` }),
  );
}

function integerIn(min: number, max: number, fallback: number, expected: string) {
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, { error: `malformed: expected ${expected}` })
      .transform(Number)
      .pipe(z.number().min(min, { error: `malformed: expected ${expected}` }).max(max, { error: `malformed: expected ${expected}` }))
      .optional()
      .default(fallback),
  );
}

/** an origin: scheme and host (and port), nothing after it; returned without a trailing slash */
function origin(schemes: readonly string[], expected: string) {
  return z.string().transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `malformed: expected ${expected}` });
      return z.NEVER;
    }
    const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password;
    if (!schemes.includes(url.protocol) || !bare) {
      ctx.addIssue({ code: 'custom', message: `malformed: expected ${expected}` });
      return z.NEVER;
    }
    return url.origin;
  });
}

/** settings that belong to a tenant: with any of them, local mode would run a tenant's setup without its checks */
export const TENANT_VARIABLES = [
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
  'BOT_ID',
  'BOT_CLIENT_SECRET',
  'BOT_CERTIFICATE_PATH',
  'BOT_CERTIFICATE_THUMBPRINT',
  'CC_GRAPH_SITE_ID',
  'CC_BOT_ALLOWED_APP_IDS',
] as const;

const PUBLIC_URL_TENANT = 'the https origin the app is hosted at, e.g. https://keuzes.example.nl (no path)';
const PUBLIC_URL_LOCAL = 'the http origin the app is reached at on this machine, e.g. http://localhost:3978 (no path)';

const trustProxy = optionalText.transform((value, ctx): TrustProxy => {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  const valid = entries.every((e) => {
    if (named.has(e)) return true;
    const [address, bits, ...rest] = e.split('/');
    if (rest.length > 0 || !address || isIP(address) === 0) return false;
    return bits === undefined || /^\d{1,3}$/.test(bits);
  });
  if (!valid) {
    ctx.addIssue({
      code: 'custom',
      message: 'malformed: expected false, true, a hop count, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and CIDR ranges',
    });
    return z.NEVER;
  }
  return entries;
});

/** `throttle=0.2,drop=0.02,latency=50` → the emulator's FaultConfig (its settings are the emulator's, in faults.ts) */
export const parseFaults = parseFaultText;

const faults = optionalText.transform((value, ctx): FaultConfig => {
  if (value === undefined) return {};
  const parsed = parseFaults(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: `malformed: ${parsed}` });
    return z.NEVER;
  }
  return parsed;
});

/** a comma-separated list, each entry checked */
const listOf = (entry: RegExp, expected: string) =>
  optionalText.pipe(
    z
      .string()
      .optional()
      .transform((v) => (v ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0))
      .refine((list) => list.every((x) => entry.test(x)), { error: `malformed: expected ${expected}, separated by commas` }),
  );

/** the team local mode's demo coordinator (Noor Visser, src/auth/demo-staff.ts) belongs to */
export const LOCAL_COORDINATOR_TEAM = 'programma-duurzaamheid';

const common = {
  PORT: integerIn(0, 65535, DEFAULT_PORT, 'a port number from 0 to 65535'),
  CC_COORDINATOR_GROUP_IDS: listOf(GUID, 'Entra group ids (GUIDs)'),
  CC_COORDINATOR_TEAMS: listOf(CONTENT_ID, 'team ids of the content pack (lower-case words joined by hyphens)'),
  CC_WEB_ROOT: optionalText,
  CC_TRUST_PROXY: trustProxy,
  CC_BODY_LIMIT_KB: integerIn(1, 10_240, DEFAULT_BODY_LIMIT_KB, 'a size in kilobytes from 1 to 10240'),
  TEAMS_APP_ID: optionalText.pipe(z.string().regex(GUID, { error: "malformed: expected the Teams app id of the app's manifest, a GUID" }).optional()),
};

const localSchema = z.object({
  ...common,
  HOST: optionalText.pipe(
    z
      .string()
      .refine((h) => LOOPBACK_HOSTS.has(h), {
        error: 'malformed: local mode accepts development tokens, so it listens on loopback only (127.0.0.1, ::1 or localhost)',
      })
      .optional(),
  ),
  CC_DATA_DIR: optionalText,
  CC_LIST_VIEW_THRESHOLD: integerIn(1, 1_000_000, DEFAULT_LIST_VIEW_THRESHOLD, 'a whole number of items, e.g. 5000'),
  CC_FAULTS: faults,
  CC_PUBLIC_URL: optionalText.pipe(origin(['http:'], PUBLIC_URL_LOCAL).optional()),
});

const tenantSchema = z.object({
    ...common,
    HOST: optionalText.pipe(
      z
        .string()
        .refine((h) => h === 'localhost' || isIP(h) !== 0, { error: 'malformed: expected an IP address to listen on, e.g. 0.0.0.0' })
        .optional(),
    ),
    CC_PUBLIC_URL: optionalText.pipe(z.string({ error: `missing: set it to ${PUBLIC_URL_TENANT}` }).pipe(origin(['https:'], PUBLIC_URL_TENANT))),
    AZURE_TENANT_ID: requiredMatching(GUID, 'the Entra tenant id, a GUID'),
    AZURE_CLIENT_ID: requiredMatching(GUID, "the application (client) id of the tab's Entra app registration, a GUID"),
    BOT_ID: requiredMatching(GUID, "the bot's Microsoft App id (its Entra app registration), a GUID"),
    CC_GRAPH_SITE_ID: requiredMatching(SITE_ID, "the SharePoint site's Graph id, 'hostname,site-collection-guid,web-guid'"),
    CC_FAULTS: optionalText.pipe(z.undefined({ error: 'not allowed: fault injection exists only for the local emulator' })),
    CC_BOT_ALLOWED_APP_IDS: listOf(GUID, 'client ids (GUIDs) of Entra apps in your tenant allowed to call the bot'),
  });

type RawEnv = Record<string, string | undefined>;

const setting = (env: RawEnv, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** the bot needs exactly one credential: a client secret, or a certificate file with its thumbprint */
function botCredentialProblems(env: RawEnv): ConfigProblem[] {
  const secret = setting(env, 'BOT_CLIENT_SECRET');
  const path = setting(env, 'BOT_CERTIFICATE_PATH');
  const thumbprint = setting(env, 'BOT_CERTIFICATE_THUMBPRINT');
  if (secret !== undefined && (path !== undefined || thumbprint !== undefined)) {
    return [{ variable: 'BOT_CLIENT_SECRET', problem: 'ambiguous: set either BOT_CLIENT_SECRET or BOT_CERTIFICATE_PATH with BOT_CERTIFICATE_THUMBPRINT, not both' }];
  }
  if (secret !== undefined) return [];
  if (path === undefined && thumbprint === undefined) {
    return [
      {
        variable: 'BOT_CLIENT_SECRET',
        problem: "missing: set the bot app's client secret, or BOT_CERTIFICATE_PATH and BOT_CERTIFICATE_THUMBPRINT for a certificate",
      },
    ];
  }
  const problems: ConfigProblem[] = [];
  if (path === undefined) {
    problems.push({ variable: 'BOT_CERTIFICATE_PATH', problem: 'missing: the PEM file with the private key of the certificate named by BOT_CERTIFICATE_THUMBPRINT' });
  } else if (!existsSync(resolve(path))) {
    problems.push({ variable: 'BOT_CERTIFICATE_PATH', problem: 'malformed: no file at this path; expected a PEM file with the private key' });
  }
  if (thumbprint === undefined) {
    problems.push({ variable: 'BOT_CERTIFICATE_THUMBPRINT', problem: "missing: the certificate's SHA-256 thumbprint, 64 hex digits" });
  } else if (!SHA256_HEX.test(thumbprint.replace(/:/g, ''))) {
    problems.push({ variable: 'BOT_CERTIFICATE_THUMBPRINT', problem: "malformed: expected the certificate's SHA-256 thumbprint, 64 hex digits" });
  }
  return problems;
}

function problemsOf(error: z.ZodError): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of error.issues) {
    const variable = String(issue.path[0] ?? 'environment');
    // one line per variable: the first issue is the one to fix first
    if (seen.has(variable)) continue;
    seen.add(variable);
    problems.push({ variable, problem: issue.message });
  }
  return problems;
}

/** the order of .env.example, so the message reads like the file a person fixes */
const VARIABLE_ORDER = ['CC_MODE', 'HOST', 'PORT', 'CC_PUBLIC_URL', ...TENANT_VARIABLES, 'TEAMS_APP_ID'];

function sortedByVariable(problems: ConfigProblem[]): ConfigProblem[] {
  const rank = (v: string) => {
    const i = VARIABLE_ORDER.indexOf(v);
    return i === -1 ? VARIABLE_ORDER.length : i;
  };
  return [...problems].sort((a, b) => rank(a.variable) - rank(b.variable));
}

function pathFrom(value: string | undefined, fallback: string): string {
  // a path typed by a person is relative to where they are; the defaults belong to the project
  return value === undefined ? resolve(PROJECT_ROOT, fallback) : resolve(value);
}

export interface LoadConfigOptions {
  appVersion?: string;
}

function loadModeConfig(env: Record<string, string | undefined>, options: LoadConfigOptions): ServerConfig {
  const appVersion = options.appVersion ?? '0.0.0';
  const modeValue = (env.CC_MODE ?? '').trim() || 'local';
  if (modeValue !== 'local' && modeValue !== 'tenant') {
    throw new ConfigError(modeValue, [{ variable: 'CC_MODE', problem: "malformed: expected 'local' (the default) or 'tenant'" }]);
  }

  /** the settings both modes read the same way */
  const shared = (e: z.infer<z.ZodObject<typeof common>>) => ({
    port: e.PORT,
    webRoot: pathFrom(e.CC_WEB_ROOT, 'build/web'),
    trustProxy: e.CC_TRUST_PROXY,
    bodyLimitBytes: e.CC_BODY_LIMIT_KB * 1024,
    appVersion,
    ...(e.TEAMS_APP_ID ? { teamsAppId: e.TEAMS_APP_ID.toLowerCase() } : {}),
  });

  if (modeValue === 'local') {
    const tenantLike: ConfigProblem[] = TENANT_VARIABLES.filter((name) => setting(env, name) !== undefined).map((variable) => ({
      variable,
      problem: 'set, but it belongs to tenant mode',
    }));
    if (/^https:/i.test(setting(env, 'CC_PUBLIC_URL') ?? '')) tenantLike.push({ variable: 'CC_PUBLIC_URL', problem: 'an https address, which only a hosted (tenant-mode) server has' });
    if (tenantLike.length > 0) {
      throw new ConfigError('local', sortedByVariable(tenantLike), {
        why: `tenant settings are present but CC_MODE is ${env.CC_MODE?.trim() ? `'${modeValue}'` : "not set (so 'local')"}. Local mode checks no tokens and its emulator accepts any bearer, so it must not run with a tenant's settings:`,
        fix: 'Set CC_MODE=tenant to run against the tenant, or remove these variables to run locally.',
      });
    }
    const parsed = localSchema.safeParse(env);
    if (!parsed.success) throw new ConfigError('local', problemsOf(parsed.error));
    const e = parsed.data;
    return {
      mode: 'local',
      host: e.HOST ?? '127.0.0.1',
      ...shared(e),
      dataDir: pathFrom(e.CC_DATA_DIR, '.local'),
      listViewThreshold: e.CC_LIST_VIEW_THRESHOLD,
      faults: e.CC_FAULTS,
      ...(e.CC_PUBLIC_URL ? { publicUrl: e.CC_PUBLIC_URL } : {}),
      coordinators: {
        groupIds: e.CC_COORDINATOR_GROUP_IDS,
        teams: e.CC_COORDINATOR_TEAMS.length > 0 ? e.CC_COORDINATOR_TEAMS : [LOCAL_COORDINATOR_TEAM],
      },
    };
  }

  const parsed = tenantSchema.safeParse(env);
  const problems = [...(parsed.success ? [] : problemsOf(parsed.error)), ...botCredentialProblems(env)];
  if (!parsed.success || problems.length > 0) throw new ConfigError('tenant', sortedByVariable(problems));
  const e = parsed.data;
  const secret = setting(env, 'BOT_CLIENT_SECRET');
  const botCredential: BotCredential =
    secret !== undefined
      ? { kind: 'secret', clientSecret: secret }
      : {
          kind: 'certificate',
          certificatePath: resolve(setting(env, 'BOT_CERTIFICATE_PATH') ?? ''),
          thumbprintSha256: (setting(env, 'BOT_CERTIFICATE_THUMBPRINT') ?? '').replace(/:/g, '').toLowerCase(),
        };
  const appSecret = setting(env, 'AZURE_CLIENT_SECRET');
  const clientId = e.AZURE_CLIENT_ID.toLowerCase();
  const botId = e.BOT_ID.toLowerCase();
  return {
    mode: 'tenant',
    // a hosted server sits behind the platform's front end, which reaches it on its private address
    host: e.HOST ?? '0.0.0.0',
    ...shared(e),
    publicUrl: e.CC_PUBLIC_URL,
    tenantId: e.AZURE_TENANT_ID.toLowerCase(),
    clientId,
    botId,
    botCredential,
    graphAppOnly: appSecret !== undefined ? { clientId, credential: { kind: 'secret', clientSecret: appSecret } } : { clientId: botId, credential: botCredential },
    graphSiteId: e.CC_GRAPH_SITE_ID,
    botAllowedEntraApps: e.CC_BOT_ALLOWED_APP_IDS.map((a) => a.toLowerCase()),
    coordinators: { groupIds: e.CC_COORDINATOR_GROUP_IDS.map((g) => g.toLowerCase()), teams: e.CC_COORDINATOR_TEAMS },
  };
}

// --- the server's own API: callers (issue 13). Read apart from the schemas above, so the modes'
// settings and these stay separate. ---

export interface CallerSettings {
  /** Entra group id (lower case) → programme team id: a caller's team comes from their token's groups */
  teamGroups: ReadonlyMap<string, string>;
  /** audiences accepted besides the client id and api://<public host>/<client id> */
  apiAudiences: readonly string[];
}

const TEAM_GROUPS_EXPECTED = 'pairs of an Entra group id and a team id of the content pack, e.g. 1b2c…=inkoop,3d4e…=vastgoed';

/** CC_TEAM_GROUPS and CC_API_AUDIENCES, or the problems with them */
export function readCallerSettings(env: Record<string, string | undefined>): { settings: CallerSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const teamGroups = new Map<string, string>();
  for (const pair of (env.CC_TEAM_GROUPS ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [group, team, ...rest] = pair.split('=').map((p) => p.trim());
    if (!group || !team || rest.length > 0 || !GUID.test(group) || !CONTENT_ID.test(team)) {
      problems.push({ variable: 'CC_TEAM_GROUPS', problem: `malformed pair '${pair}': expected ${TEAM_GROUPS_EXPECTED}` });
      break;
    }
    teamGroups.set(group.toLowerCase(), team);
  }
  const apiAudiences = (env.CC_API_AUDIENCES ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  return { settings: { teamGroups, apiAudiences }, problems };
}

/** the configuration the environment describes; throws ConfigError naming every bad variable */
export function loadConfig(env: Record<string, string | undefined>, options: LoadConfigOptions = {}): ServerConfig {
  const config = loadModeConfig(env, options);
  const callers = readCallerSettings(env);
  if (callers.problems.length > 0) throw new ConfigError(config.mode, callers.problems);
  return { ...config, callers: callers.settings };
}
