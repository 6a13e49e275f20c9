// Bot Framework-style tokens for tests, signed with an RSA key the test makes itself, and a
// loopback OpenID/JWKS endpoint serving its public half, so the Teams SDK's own token validation
// runs offline. A second key pair signs forgeries.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface TokenClaims {
  aud?: string;
  iss?: string;
  serviceurl?: string;
  /** seconds since the epoch */
  exp?: number;
  nbf?: number;
  iat?: number;
}

export interface TestTokenAuthority {
  /** give this to BotDeps.tokenValidation.openIdMetadataUrl */
  openIdMetadataUrl: string;
  keysRequested(): number;
  /** a token signed with the published key */
  sign(claims: TokenClaims): Promise<string>;
  /** a token with the published key's id, signed with another key */
  forge(claims: TokenClaims): Promise<string>;
  /** a token with `alg: none` and no signature */
  unsigned(claims: TokenClaims): string;
  close(): Promise<void>;
}

const KID = 'test-signing-key';
const now = () => Math.floor(Date.now() / 1000);

async function signWith(key: CryptoKey, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({ serviceurl: claims.serviceurl, appid: claims.aud })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuer(claims.iss ?? BOT_FRAMEWORK_ISSUER)
    .setIssuedAt(claims.iat ?? now() - 60)
    .setNotBefore(claims.nbf ?? now() - 60)
    .setExpirationTime(claims.exp ?? now() + 3600);
  if (claims.aud !== undefined) jwt.setAudience(claims.aud);
  return jwt.sign(key);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startTokenAuthority(): Promise<TestTokenAuthority> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(published.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
  let keysRequested = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === '/v1/.well-known/keys') {
      keysRequested++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openIdMetadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    keysRequested: () => keysRequested,
    sign: (claims) => signWith(published.privateKey, claims),
    forge: (claims) => signWith(other.privateKey, claims),
    unsigned: (claims) =>
      `${base64url({ alg: 'none', typ: 'JWT', kid: KID })}.${base64url({
        iss: claims.iss ?? BOT_FRAMEWORK_ISSUER,
        aud: claims.aud,
        serviceurl: claims.serviceurl,
        exp: claims.exp ?? now() + 3600,
        nbf: now() - 60,
      })}.`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
