// App-only sign-in (client credentials), the one place for it: the CLI's tenant commands with the
// app's secret, and the server (the bot's SharePoint writes) with a secret or a certificate. The app
// registration holds Sites.Selected (application) with a grant on the one site, so the token
// reaches that site only. MSAL caches each token and renews it before it expires.
import type { AuthenticationResult, ConfidentialClientApplication, NodeAuthOptions } from '@azure/msal-node';
import { readFileSync } from 'node:fs';
import type { TokenProvider } from '../storage/graph/middleware';

/** MSAL for Node, loaded on first use: most commands of the command line never sign in */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const msalNode = (): typeof import('@azure/msal-node') => require('@azure/msal-node');

// the token providers here are made for the Graph client: its type, not a copy
export type { TokenProvider };

/** Graph's scope for app-only tokens: whatever application permissions were granted */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** configuration a tenant-mode command needs and did not get */
export class MissingConfigurationError extends Error {
  override readonly name = 'MissingConfigurationError';
  constructor(readonly variables: string[], purpose: string) {
    super(`${purpose} needs ${variables.join(', ')} in the environment (or in .env); ${variables.length > 1 ? 'they are' : 'it is'} not set`);
  }
}

export interface AppOnlyConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/** reads AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, naming each one that is missing */
export function readAppOnlyConfig(env: Record<string, string | undefined>): AppOnlyConfig {
  const names = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'] as const;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new MissingConfigurationError(missing, 'app-only sign-in (client credentials)');
  return { tenantId: env.AZURE_TENANT_ID!.trim(), clientId: env.AZURE_CLIENT_ID!.trim(), clientSecret: env.AZURE_CLIENT_SECRET!.trim() };
}

/** the one MSAL call this module makes, so a test fake is a line */
export type ClientCredentialClient = Pick<ConfidentialClientApplication, 'acquireTokenByClientCredential'>;

export function authorityFor(tenantId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}`;
}

/** how the app proves who it is: a client secret, or a PEM file with the private key (and certificate) and the certificate's SHA-256 thumbprint */
export type AppCredential = { kind: 'secret'; clientSecret: string } | { kind: 'certificate'; certificatePath: string; thumbprintSha256: string };

/** a credential that cannot be used (an unreadable or keyless certificate file) */
export class AppCredentialError extends Error {
  override readonly name = 'AppCredentialError';
}

const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** MSAL's credential options for a secret, or for the key (and certificate chain) in a PEM file */
export function msalCredential(credential: AppCredential): Pick<NodeAuthOptions, 'clientSecret' | 'clientCertificate'> {
  if (credential.kind === 'secret') return { clientSecret: credential.clientSecret };
  let pem: string;
  try {
    pem = readFileSync(credential.certificatePath, 'utf8');
  } catch {
    throw new AppCredentialError('the certificate file cannot be read');
  }
  const privateKey = PRIVATE_KEY.exec(pem)?.[0];
  if (!privateKey) throw new AppCredentialError('the file holds no PEM private key');
  const chain = pem.match(CERTIFICATE);
  return {
    clientCertificate: {
      thumbprintSha256: credential.thumbprintSha256,
      privateKey,
      // sending the public chain lets Entra accept certificate rollover without a new upload (SNI)
      ...(chain ? { x5c: chain.join('\n') } : {}),
    },
  };
}

/** an app-only token for one scope (`https://graph.microsoft.com/.default`, the Bot Framework's…) */
export type AppTokenProvider = (scope: string | string[]) => Promise<string>;

/** app-only tokens for any scope; the credential is read now, so a bad certificate shows at once */
export function appOnlyTokens(
  tenantId: string,
  clientId: string,
  credential: AppCredential,
  client: ClientCredentialClient = new (msalNode().ConfidentialClientApplication)({ auth: { clientId, authority: authorityFor(tenantId), ...msalCredential(credential) } }),
): AppTokenProvider {
  return async (scope) => {
    const result: AuthenticationResult | null = await client.acquireTokenByClientCredential({ scopes: Array.isArray(scope) ? scope : [scope] });
    if (!result?.accessToken) throw new Error('Microsoft Entra ID gave no app-only token');
    return result.accessToken;
  };
}

/** Graph tokens for the CLI's tenant commands, from AZURE_CLIENT_SECRET */
export function appOnlyTokenProvider(config: AppOnlyConfig, client?: ClientCredentialClient): TokenProvider {
  const tokens = appOnlyTokens(config.tenantId, config.clientId, { kind: 'secret', clientSecret: config.clientSecret }, client);
  return () => tokens(GRAPH_DEFAULT_SCOPE);
}
