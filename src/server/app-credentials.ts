// App-only tokens for the server (the bot's Bot Framework calls, its SharePoint writes) from a client
// secret or a certificate. MSAL caches each token and renews it before it expires.
import { ConfidentialClientApplication, type NodeAuthOptions } from '@azure/msal-node';
import { readFileSync } from 'node:fs';
import { authorityFor } from '../auth/app-only-credentials';
import type { BotCredential } from './config';
import { StartupError } from './startup-error';

/** an app-only token for one scope (`https://graph.microsoft.com/.default`, the Bot Framework's…) */
export type AppTokenProvider = (scope: string | string[]) => Promise<string>;

const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** MSAL's credential options for a secret, or for the key (and certificate chain) in a PEM file */
export function msalCredential(credential: BotCredential): Pick<NodeAuthOptions, 'clientSecret' | 'clientCertificate'> {
  if (credential.kind === 'secret') return { clientSecret: credential.clientSecret };
  let pem: string;
  try {
    pem = readFileSync(credential.certificatePath, 'utf8');
  } catch {
    throw new StartupError('BOT_CERTIFICATE_PATH: the certificate file cannot be read');
  }
  const privateKey = PRIVATE_KEY.exec(pem)?.[0];
  if (!privateKey) throw new StartupError('BOT_CERTIFICATE_PATH: the file holds no PEM private key');
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

export function appTokenProvider(tenantId: string, clientId: string, credential: BotCredential): AppTokenProvider {
  const client = new ConfidentialClientApplication({ auth: { clientId, authority: authorityFor(tenantId), ...msalCredential(credential) } });
  return async (scope) => {
    const result = await client.acquireTokenByClientCredential({ scopes: Array.isArray(scope) ? scope : [scope] });
    if (!result?.accessToken) throw new Error('Microsoft Entra ID gave no app-only token');
    return result.accessToken;
  };
}
