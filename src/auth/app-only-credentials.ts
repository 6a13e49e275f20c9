// Tenant-mode tokens for the server and the CLI: app-only (client credentials) with the app's own
// secret. The app registration holds Sites.Selected (application) with a grant on the one site, so
// the token reaches that site only. MSAL caches the token and renews it before it expires.
import { ConfidentialClientApplication, type AuthenticationResult } from '@azure/msal-node';
import type { TokenProvider } from '../storage/graph/middleware';

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

export function appOnlyTokenProvider(
  config: AppOnlyConfig,
  client: ClientCredentialClient = new ConfidentialClientApplication({
    auth: { clientId: config.clientId, authority: authorityFor(config.tenantId), clientSecret: config.clientSecret },
  }),
): TokenProvider {
  return async () => {
    const result: AuthenticationResult | null = await client.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
    if (!result?.accessToken) throw new Error('Microsoft Entra ID gave no app-only token');
    return result.accessToken;
  };
}
