import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { DEMO_STAFF } from '../../auth/demo-staff';
import { makeDevToken } from '../../auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../auth/local-app-identity';
import { loadConfig, type LocalConfig, type TenantConfig } from '../config';
import { CallerRefusedError, createResolveCaller } from './caller';

const TENANT = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';
const GROUP_INKOOP = '33333333-3333-4333-8333-333333333333';
const GROUP_COORDINATORS = '44444444-4444-4444-8444-444444444444';
const PERSON = '55555555-5555-4555-8555-555555555555';

const request = (token?: string) => ({ get: (name: string) => (name.toLowerCase() === 'authorization' && token !== undefined ? `Bearer ${token}` : undefined) }) as never;

describe('the caller in local mode', () => {
  const config = loadConfig({}) as LocalConfig;
  const resolve = createResolveCaller(config);
  const sanne = DEMO_STAFF[0]!;
  const noor = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;

  it('is the demo person a development token names, with the team of the demo staff, not of the token', async () => {
    const caller = await resolve(request(makeDevToken({ ...sanne, team: 'vastgoed' })));
    expect(caller).toEqual({ personId: sanne.oid, name: sanne.name, team: 'inkoop', isCoordinator: false });
    expect((await resolve(request(makeDevToken(noor)))).isCoordinator).toBe(true);
  });

  it('refuses a request without a token, with any other token, and the app identity', async () => {
    await expect(resolve(request())).rejects.toBeInstanceOf(CallerRefusedError);
    await expect(resolve(request('opaque-token'))).rejects.toThrow('Only development tokens');
    await expect(resolve(request(makeDevToken(LOCAL_APP_IDENTITY)))).rejects.toThrow('not a person');
  });
});

describe('the caller in tenant mode', () => {
  let key: CryptoKey;
  let other: CryptoKey;
  let resolve: ReturnType<typeof createResolveCaller>;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    key = pair.privateKey;
    other = (await generateKeyPair('RS256')).privateKey;
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    const config = loadConfig({
      CC_MODE: 'tenant',
      CC_PUBLIC_URL: 'https://keuzes.example.nl',
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      BOT_ID: '66666666-6666-4666-8666-666666666666',
      BOT_CLIENT_SECRET: 'secret',
      CC_GRAPH_SITE_ID: `contoso.sharepoint.com,${TENANT},${CLIENT}`,
      CC_TEAM_GROUPS: `${GROUP_INKOOP}=inkoop`,
      CC_COORDINATOR_GROUP_IDS: GROUP_COORDINATORS,
    }) as TenantConfig;
    resolve = createResolveCaller(config, { keys: jwks });
  });

  const sign = (claims: JWTPayload, over: { iss?: string; aud?: string; with?: CryptoKey } = {}) =>
    new SignJWT({ tid: TENANT, oid: PERSON, name: 'Eva', scp: 'access_as_user', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(over.iss ?? `https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(over.aud ?? `api://keuzes.example.nl/${CLIENT}`)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(over.with ?? key);

  it('is the person of a valid token, with the team and role of their groups', async () => {
    const caller = await resolve(request(await sign({ groups: [GROUP_INKOOP, GROUP_COORDINATORS] })));
    expect(caller).toEqual({ personId: PERSON, name: 'Eva', team: 'inkoop', isCoordinator: true });
    expect(await resolve(request(await sign({}, { aud: CLIENT })))).toEqual({ personId: PERSON, name: 'Eva', isCoordinator: false });
  });

  it('refuses forged, foreign, mis-addressed and scope-less tokens, and development tokens', async () => {
    const refused = async (token: string) => expect(resolve(request(token))).rejects.toBeInstanceOf(CallerRefusedError);
    await refused(await sign({}, { with: other }));
    await refused(await sign({}, { iss: 'https://login.microsoftonline.com/99999999-9999-4999-8999-999999999999/v2.0' }));
    await refused(await sign({}, { aud: 'https://graph.microsoft.com' }));
    await refused(await sign({ tid: '99999999-9999-4999-8999-999999999999' }));
    await refused(await sign({ scp: 'Sites.Selected' }));
    await refused(makeDevToken(DEMO_STAFF[0]!));
  });
});
