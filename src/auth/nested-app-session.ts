// Tenant mode: tokens through nested app authentication (NAA). Inside Teams, Outlook and
// microsoft365.com the host brokers the token; in a plain browser the same client is a standard
// public client, so a popup is the fallback. Silent first; a popup only when MSAL says interaction
// is required. Redirect flows are never used: they throw under NAA.
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { apiScopeFor, GRAPH_SCOPES } from './graph-scopes';
import { SignInRequiredError, type AuthSession, type SignedInUser } from './session';

/** the calls this module makes on MSAL's client, so a test fake is small */
export type TokenClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'ssoSilent' | 'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount'
>;

export interface NestedAppAuthOptions {
  clientId: string;
  tenantId: string;
  /** the host's user, a hint so the right account is used without asking */
  loginHint?: string;
  scopes?: readonly string[];
  /** the scope of the app's own API; `api://<this page's host>/<client id>/access_as_user` by default */
  apiScopes?: readonly string[];
  /** whether the host offers nested app authentication; only changes the session's label */
  nested: boolean;
  /** builds the MSAL client; defaults to a lazily loaded createNestablePublicClientApplication */
  createClient?: () => Promise<{ client: TokenClient; isInteractionRequired: (error: unknown) => boolean }>;
}

export type NestedAppSignIn =
  | { status: 'signed-in'; session: AuthSession }
  /** nothing could be had silently: `signIn` must run from a click (browsers block other popups) */
  | { status: 'needs-sign-in'; signIn: () => Promise<AuthSession> };

async function loadMsalClient(options: NestedAppAuthOptions) {
  const msal = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  const client = await msal.createNestablePublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
      redirectUri: `${window.location.origin}/`,
    },
    cache: { cacheLocation: 'localStorage' },
  });
  return { client, isInteractionRequired: (error: unknown) => error instanceof msal.InteractionRequiredAuthError };
}

export function userOf(account: AccountInfo): SignedInUser {
  const claims = account.idTokenClaims as { oid?: string; groups?: unknown } | undefined;
  const groups = Array.isArray(claims?.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
  return {
    id: claims?.oid ?? account.localAccountId,
    displayName: account.name ?? account.username,
    upn: account.username,
    ...(groups.length > 0 ? { groupIds: groups.map((g) => g.toLowerCase()) } : {}),
  };
}

export async function signInWithNestedAppAuth(options: NestedAppAuthOptions): Promise<NestedAppSignIn> {
  const { client, isInteractionRequired } = await (options.createClient ?? (() => loadMsalClient(options)))();
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];

  const remember = (result: AuthenticationResult): AuthenticationResult => {
    if (result.account) client.setActiveAccount(result.account);
    return result;
  };

  const silent = async (wanted: string[] = scopes): Promise<AuthenticationResult> => {
    const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
    if (account) return remember(await client.acquireTokenSilent({ scopes: wanted, account }));
    return remember(await client.ssoSilent({ scopes: wanted, loginHint: options.loginHint }));
  };

  const popup = async (wanted: string[] = scopes): Promise<AuthenticationResult> => remember(await client.acquireTokenPopup({ scopes: wanted, loginHint: options.loginHint }));

  /** silent first; a popup only when MSAL says the person must act */
  const tokenFor = (wanted: () => string[]) => async (): Promise<string> => {
    try {
      return (await silent(wanted())).accessToken;
    } catch (error) {
      if (!isInteractionRequired(error)) throw error;
      try {
        return (await popup(wanted())).accessToken;
      } catch (popupError) {
        throw new SignInRequiredError(`sign-in is needed: ${popupError instanceof Error ? popupError.message : String(popupError)}`);
      }
    }
  };
  const token = tokenFor(() => scopes);
  const apiToken = tokenFor(() => [...(options.apiScopes ?? [apiScopeFor(window.location.host, options.clientId)])]);

  const sessionFor = (result: AuthenticationResult): AuthSession => {
    const account = result.account ?? client.getActiveAccount();
    if (!account) throw new SignInRequiredError('the sign-in returned no account');
    return { kind: options.nested ? 'nested-app' : 'popup', user: userOf(account), getGraphToken: token, getApiToken: apiToken };
  };

  try {
    return { status: 'signed-in', session: sessionFor(await silent()) };
  } catch (error) {
    if (!isInteractionRequired(error)) throw error;
    return { status: 'needs-sign-in', signIn: async () => sessionFor(await popup()) };
  }
}
