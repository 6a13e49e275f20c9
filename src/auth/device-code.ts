// Tenant-mode sign-in for an administrator at a terminal: the device-code flow prints a code to
// enter at microsoft.com/devicelogin; after that, tokens are renewed silently for the session.
import type { AccountInfo, PublicClientApplication } from '@azure/msal-node';
import { authorityFor, GRAPH_DEFAULT_SCOPE, MissingConfigurationError, msalNode, type TokenProvider } from './app-only-credentials';

export interface DeviceCodeConfig {
  tenantId: string;
  clientId: string;
  scopes?: string[];
}

/** reads AZURE_TENANT_ID and AZURE_CLIENT_ID (no secret: a public client) */
export function readDeviceCodeConfig(env: Record<string, string | undefined>): DeviceCodeConfig {
  const names = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID'] as const;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new MissingConfigurationError(missing, 'device-code sign-in');
  return { tenantId: env.AZURE_TENANT_ID!.trim(), clientId: env.AZURE_CLIENT_ID!.trim() };
}

export type DeviceCodeClient = Pick<PublicClientApplication, 'acquireTokenByDeviceCode' | 'acquireTokenSilent'>;

/**
 * a token provider that signs in once with a device code (showing `prompt` the instructions) and
 * then renews silently; calls made while the sign-in waits share it instead of asking again
 */
export function deviceCodeTokenProvider(
  config: DeviceCodeConfig,
  prompt: (message: string) => void,
  client: DeviceCodeClient = new (msalNode().PublicClientApplication)({ auth: { clientId: config.clientId, authority: authorityFor(config.tenantId) } }),
): TokenProvider {
  const scopes = config.scopes ?? [GRAPH_DEFAULT_SCOPE];
  let account: AccountInfo | null = null;
  let signingIn: Promise<string> | undefined;
  const signIn = async (): Promise<string> => {
    const result = await client.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (response) => prompt(response.message) });
    if (!result?.accessToken) throw new Error('the device-code sign-in gave no token');
    account = result.account;
    return result.accessToken;
  };
  return async () => {
    if (account) {
      try {
        return (await client.acquireTokenSilent({ account, scopes })).accessToken;
      } catch {
        account = null;
      }
    }
    signingIn ??= signIn().finally(() => {
      signingIn = undefined;
    });
    return signingIn;
  };
}
