// Who a request acts as. The emulator checks no signatures: in local mode any bearer token is
// accepted, otherwise only an unsigned development token is. A development token names the user;
// any other token acts as the default user.
import { readDevToken } from '../../auth/dev-token';
import { GraphError } from './graph-error';
import type { EmulatorUser } from './types';

export function actingUser(authorization: string | undefined, options: { acceptAnyBearer: boolean; defaultUser: EmulatorUser }): EmulatorUser {
  const unauthorized = (message: string): GraphError =>
    new GraphError(401, 'InvalidAuthenticationToken', message, undefined, { 'WWW-Authenticate': 'Bearer realm="circular-choices-local"' });
  if (!authorization || authorization.trim() === '') throw unauthorized('Access token is empty.');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthorized('The Authorization header must be a bearer token.');
  const devUser = readDevToken(match[1] as string);
  if (devUser) return { oid: devUser.oid, name: devUser.name, upn: devUser.upn };
  if (!options.acceptAnyBearer) throw unauthorized('Access token validation failure: only development tokens are accepted here.');
  return options.defaultUser;
}
