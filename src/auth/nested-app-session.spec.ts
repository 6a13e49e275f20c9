import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { userOf, signInWithNestedAppAuth, type TokenClient } from './nested-app-session';
import { SignInRequiredError } from './session';

class InteractionRequired extends Error {}

const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'noor@soest.example', localAccountId: 'local-1', name: 'Noor', idTokenClaims: { oid: 'oid-1' } } as AccountInfo;
const result = (token: string): AuthenticationResult => ({ accessToken: token, account } as AuthenticationResult);

function fakeClient(behaviour: { silent: () => Promise<AuthenticationResult>; popup?: () => Promise<AuthenticationResult>; accounts?: AccountInfo[] }) {
  const calls: string[] = [];
  let active: AccountInfo | null = null;
  const client: TokenClient = {
    getActiveAccount: () => active,
    getAllAccounts: () => behaviour.accounts ?? [],
    setActiveAccount: (a) => {
      active = a;
    },
    acquireTokenSilent: async (request) => (calls.push(`silent:${request.scopes.join(' ')}`), behaviour.silent()),
    ssoSilent: async (request) => (calls.push(`sso:${request.loginHint}`), behaviour.silent()),
    acquireTokenPopup: async () => (calls.push('popup'), (behaviour.popup ?? (() => Promise.reject(new Error('no popup'))))()),
  };
  return { client, calls };
}

const options = (client: TokenClient) => ({
  clientId: 'c',
  tenantId: 't',
  loginHint: 'noor@soest.example',
  nested: true,
  createClient: async () => ({ client, isInteractionRequired: (e: unknown) => e instanceof InteractionRequired }),
});

describe('nested app authentication', () => {
  it('signs in silently with the host’s user as a hint and asks only for Sites.Selected', async () => {
    const { client, calls } = fakeClient({ silent: async () => result('t1') });
    const signIn = await signInWithNestedAppAuth(options(client));
    expect(signIn.status).toBe('signed-in');
    if (signIn.status !== 'signed-in') return;
    expect(signIn.session.user).toEqual({ id: 'oid-1', displayName: 'Noor', upn: 'noor@soest.example' });
    expect(signIn.session.kind).toBe('nested-app');
    expect(await signIn.session.getGraphToken()).toBe('t1');
    expect(calls).toEqual(['sso:noor@soest.example', 'silent:https://graph.microsoft.com/Sites.Selected']);
  });

  it('asks for a click when interaction is required, and never opens a popup by itself', async () => {
    const { client, calls } = fakeClient({ silent: async () => Promise.reject(new InteractionRequired()), popup: async () => result('t2') });
    const signIn = await signInWithNestedAppAuth(options(client));
    expect(signIn.status).toBe('needs-sign-in');
    expect(calls).not.toContain('popup');
    if (signIn.status !== 'needs-sign-in') return;
    const session = await signIn.signIn();
    expect(calls).toContain('popup');
    expect(session.user.id).toBe('oid-1');
  });

  it('falls back to a popup for a later token only when MSAL says interaction is required', async () => {
    let silentFails: Error | undefined;
    const { client, calls } = fakeClient({ silent: async () => (silentFails ? Promise.reject(silentFails) : result('t1')), popup: async () => result('t3') });
    const signIn = await signInWithNestedAppAuth(options(client));
    if (signIn.status !== 'signed-in') throw new Error('expected a silent sign-in');
    silentFails = new InteractionRequired();
    expect(await signIn.session.getGraphToken()).toBe('t3');
    silentFails = new Error('network down');
    await expect(signIn.session.getGraphToken()).rejects.toThrow('network down');
    expect(calls.filter((c) => c === 'popup')).toHaveLength(1);
  });

  it('reports a refused popup as sign-in required', async () => {
    const state: { silentFails?: Error } = {};
    const { client } = fakeClient({ silent: async () => (state.silentFails ? Promise.reject(state.silentFails) : result('t1')), popup: async () => Promise.reject(new Error('popup blocked')) });
    const signIn = await signInWithNestedAppAuth(options(client));
    if (signIn.status !== 'signed-in') throw new Error('expected a silent sign-in');
    state.silentFails = new InteractionRequired();
    await expect(signIn.session.getGraphToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });
});

describe('the signed-in user', () => {
  it('carries the Entra groups of the ID token, for the coordinator check', () => {
    const withGroups = { ...account, idTokenClaims: { oid: 'oid-1', groups: ['AAAA-1', 42, 'bbbb-2'] } } as unknown as AccountInfo;
    expect(userOf(withGroups)).toEqual({ id: 'oid-1', displayName: 'Noor', upn: 'noor@soest.example', groupIds: ['aaaa-1', 'bbbb-2'] });
    expect(userOf(account).groupIds).toBeUndefined();
  });
});
