// Local mode only: an unsigned development token that names a demo staff member. The embedded
// Graph-lists emulator reads the acting user from it, as SharePoint reads it from a real token.
// It is never accepted in tenant mode.
import { fromBase64Url } from './token-claims';

export interface DevUser {
  /** Entra-style object id */
  oid: string;
  name: string;
  /** user principal name / e-mail */
  upn: string;
  /** the team id (programme.yaml) the demo person works in */
  team?: string;
}

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** an unsigned JWT (`alg: none`) carrying the demo user's claims */
export function makeDevToken(user: DevUser): string {
  const header = toBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const claims = toBase64Url(
    JSON.stringify({ oid: user.oid, name: user.name, upn: user.upn, preferred_username: user.upn, team: user.team, aud: 'circular-choices-local' }),
  );
  return `${header}.${claims}.`;
}

/** the user a development token names, or undefined when it is not one */
export function readDevToken(token: string): DevUser | undefined {
  const [header, claims] = token.split('.');
  if (!header || !claims) return undefined;
  try {
    const h = JSON.parse(fromBase64Url(header)) as { alg?: string };
    const c = JSON.parse(fromBase64Url(claims)) as Record<string, unknown>;
    if (h.alg !== 'none' || typeof c.oid !== 'string' || typeof c.name !== 'string') return undefined;
    const upn = typeof c.upn === 'string' ? c.upn : typeof c.preferred_username === 'string' ? c.preferred_username : '';
    return { oid: c.oid, name: c.name, upn, team: typeof c.team === 'string' ? c.team : undefined };
  } catch {
    return undefined;
  }
}
