// The values a package is built from: an env file per target (manifest/env/<env>.env, committed,
// non-secret), the repository's .env.<env> (gitignored, a person's own), then the process
// environment, each later one winning, as the server treats .env. The same variable names as the
// server's (.env.example) so one set of values serves both.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { PackageError } from './package-error';
import { GUID } from '../../src/domain/ids';

export type EnvValues = Readonly<Record<string, string | undefined>>;

/** what the manifest needs from the environment, with what each is for (in messages) */
export const REQUIRED_VARIABLES = {
  TEAMS_APP_ID: 'the Teams app id, a GUID you choose once and keep (manifest "id")',
  BOT_ID: "the bot's Microsoft App id (Azure Bot resource)",
  AZURE_CLIENT_ID: "the tab's Entra app registration (client id), for nested app authentication",
  CC_PUBLIC_URL: 'the origin the app is served at, e.g. https://keuzes.example.nl',
  CC_DEVELOPER_NAME: 'who publishes the app, e.g. your organisation (at most 32 characters)',
  CC_WEBSITE_URL: "the app's support page",
  CC_PRIVACY_URL: 'the privacy statement',
  CC_TERMS_URL: 'the terms of use',
} as const;

export type RequiredVariable = keyof typeof REQUIRED_VARIABLES;

/** the env files read for a target, in the order they apply */
export function envFilesFor(root: string, env: string): string[] {
  return [resolve(root, 'manifest/env', `${env}.env`), resolve(root, `.env.${env}`)];
}

/** values from the existing files among `files` (later files win), then `processEnv` on top */
export function loadPackageEnvironment(files: readonly string[], processEnv: EnvValues): { values: Record<string, string>; read: string[] } {
  const values: Record<string, string> = {};
  const read: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    let parsed: Record<string, string>;
    try {
      parsed = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (error) {
      throw new PackageError([`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`]);
    }
    Object.assign(values, parsed);
    read.push(file);
  }
  for (const [name, value] of Object.entries(processEnv)) if (value !== undefined) values[name] = value;
  // an empty value means "not set", as `FOO=` does in the server's .env
  for (const [name, value] of Object.entries(values)) if (value.trim() === '') delete values[name];
  return { values, read };
}

const SEMVER = /^\d+\.\d+\.\d+$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** the checked values the template is filled from */
export interface PackageSettings {
  teamsAppId: string;
  botId: string;
  clientId: string;
  /** scheme, host and port, without a trailing slash */
  origin: string;
  /** host and port, as validDomains and the link handler want them */
  domain: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
  version: string;
  /** things that work for local inspection but not in Teams */
  warnings: string[];
}

function httpUrl(name: string, raw: string, problems: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name}: "${raw}" is not a URL`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name}: must be an https address, is ${url.protocol}`);
    return undefined;
  }
  return url;
}

/**
 * checks every value the manifest needs and reports all problems at once: the missing ones by
 * name, the malformed ones with what is expected
 */
export function packageSettings(values: EnvValues, defaults: { version: string }): PackageSettings {
  const missing = (Object.keys(REQUIRED_VARIABLES) as RequiredVariable[]).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new PackageError(
      missing.map((name) => `${name} is missing: ${REQUIRED_VARIABLES[name]}`),
      'The app package was not built: set these in manifest/env/<env>.env, .env.<env> or the environment (docs/deploy.md)',
    );
  }
  const v = values as Record<RequiredVariable, string> & EnvValues;
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'AZURE_CLIENT_ID'] as const) {
    if (!GUID.test(v[name])) problems.push(`${name}: "${v[name]}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  }
  const version = values.APP_VERSION ?? defaults.version;
  if (!SEMVER.test(version)) problems.push(`APP_VERSION: "${version}" must be a version like 1.2.3`);
  if (v.CC_DEVELOPER_NAME.length > 32) problems.push(`CC_DEVELOPER_NAME: at most 32 characters, has ${v.CC_DEVELOPER_NAME.length}`);

  let origin = '';
  let domain = '';
  const publicUrl = httpUrl('CC_PUBLIC_URL', v.CC_PUBLIC_URL, problems);
  if (publicUrl) {
    if (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash || publicUrl.username) {
      problems.push(`CC_PUBLIC_URL: give the origin only (scheme, host and port), without a path: "${v.CC_PUBLIC_URL}"`);
    } else if (publicUrl.protocol === 'http:' && !LOOPBACK_HOSTS.has(publicUrl.hostname)) {
      problems.push(`CC_PUBLIC_URL: Teams and Outlook load pages over https only: "${v.CC_PUBLIC_URL}"`);
    } else {
      origin = publicUrl.origin;
      domain = publicUrl.host;
      if (publicUrl.protocol === 'http:') {
        warnings.push(`CC_PUBLIC_URL is ${origin}: fine to inspect and validate, but Teams and Outlook load only https pages (use a dev tunnel to try it in a tenant)`);
      }
    }
  }
  for (const name of ['CC_WEBSITE_URL', 'CC_PRIVACY_URL', 'CC_TERMS_URL'] as const) httpUrl(name, v[name], problems);
  if (problems.length > 0) throw new PackageError(problems);

  return {
    teamsAppId: v.TEAMS_APP_ID.toLowerCase(),
    botId: v.BOT_ID.toLowerCase(),
    clientId: v.AZURE_CLIENT_ID.toLowerCase(),
    origin,
    domain,
    developerName: v.CC_DEVELOPER_NAME,
    websiteUrl: v.CC_WEBSITE_URL,
    privacyUrl: v.CC_PRIVACY_URL,
    termsUrl: v.CC_TERMS_URL,
    version,
    warnings,
  };
}
