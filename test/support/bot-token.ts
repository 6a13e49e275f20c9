// Tokens for tests, signed with an RSA key the test makes itself, and the public half as a local
// key set the bot's token guard is given instead of the Bot Framework's or a tenant's (no network).
// A second key pair signs forgeries. One authority plays the Bot Framework, another a tenant.
import { endorsementsIn } from '../../src/bot/http/signing-keys';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const entraIssuerV2 = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;
export const entraIssuerV1 = (tenantId: string) => `https://sts.windows.net/${tenantId}/`;

export interface TokenClaims {
  aud?: string;
  iss?: string;
  serviceurl?: string;
  /** Entra claims: the tenant, and the calling app (v2 `azp`, v1 `appid`) */
  tid?: string;
  azp?: string;
  appid?: string;
  sub?: string;
  /** seconds since the epoch */
  exp?: number;
  nbf?: number;
  iat?: number;
}

export interface TestTokenAuthority {
  /** give this to BotDeps.tokenValidation */
  keys: JWTVerifyGetKey;
  /** the published key set, as JSON (for a child process); its key is endorsed for `endorsements` */
  jwks: JSONWebKeySet;
  /** the channels each published key is endorsed for, as the Bot Framework's key set says */
  endorsementsOf: (kid: string) => readonly string[] | undefined;
  /** a token signed with the published key */
  sign(claims: TokenClaims): Promise<string>;
  /** a token signed with the published key but naming a key id nobody published */
  signWithKid(kid: string, claims: TokenClaims): Promise<string>;
  /** a token with the published key's id, signed with another key */
  forge(claims: TokenClaims): Promise<string>;
  /** a token with `alg: none` and no signature */
  unsigned(claims: TokenClaims): string;
}

const now = () => Math.floor(Date.now() / 1000);

async function signWith(key: CryptoKey, kid: string, claims: TokenClaims, defaultIssuer: string): Promise<string> {
  const { aud, iss, exp, nbf, iat, ...rest } = claims;
  // a Bot Framework token names the bot as its appid; an Entra token names the caller
  const body = defaultIssuer === BOT_FRAMEWORK_ISSUER && rest.appid === undefined ? { ...rest, appid: aud } : rest;
  const jwt = new SignJWT(body)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(iss ?? defaultIssuer)
    .setIssuedAt(iat ?? now() - 60)
    .setNotBefore(nbf ?? now() - 60)
    .setExpirationTime(exp ?? now() + 3600);
  if (aud !== undefined) jwt.setAudience(aud);
  return jwt.sign(key);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** an authority whose tokens carry `defaultIssuer` unless a test names another */
export async function createTokenAuthority(defaultIssuer: string = BOT_FRAMEWORK_ISSUER, kid = 'test-signing-key', endorsements = ['msteams']): Promise<TestTokenAuthority> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const key: JWK & { endorsements: string[] } = { ...(await exportJWK(published.publicKey)), kid, use: 'sig', alg: 'RS256', endorsements };
  const jwks: JSONWebKeySet = { keys: [key] };
  const endorsed = endorsementsIn(jwks);
  return {
    keys: createLocalJWKSet(jwks),
    jwks,
    endorsementsOf: (k) => endorsed.get(k),
    sign: (claims) => signWith(published.privateKey, kid, claims, defaultIssuer),
    signWithKid: (otherKid, claims) => signWith(published.privateKey, otherKid, claims, defaultIssuer),
    forge: (claims) => signWith(other.privateKey, kid, claims, defaultIssuer),
    unsigned: (claims) =>
      `${base64url({ alg: 'none', typ: 'JWT', kid })}.${base64url({
        iss: claims.iss ?? defaultIssuer,
        aud: claims.aud,
        serviceurl: claims.serviceurl,
        exp: claims.exp ?? now() + 3600,
        nbf: now() - 60,
      })}.`,
  };
}
