// Who calls the server's own API, from a validated token only. In a tenant: a nested-app-auth
// access token for the app's own API (scope access_as_user), signed by the tenant's keys, issued
// by the configured tenant, for the app. Locally: a development token, and nothing else. The team
// and the coordinator role come from configuration (or the demo staff), never from the request.
import type { Request, RequestHandler } from 'express';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DEMO_STAFF } from '../../auth/demo-staff';
import { readDevToken } from '../../auth/dev-token';
import { API_SCOPE_NAME } from '../../auth/graph-scopes';
import { LOCAL_APP_IDENTITY } from '../../auth/local-app-identity';
import type { ServerConfig } from '../config';
import { errorBody } from '../error-answers';
import { requestIdOf } from '../request-log';

/** the person behind a request to /api, as the server decided it */
export interface Caller {
  /** the Entra object id (a demo id locally): the StaffAadId of what they record */
  personId: string;
  name: string;
  /** the programme team, from the group mapping (or the demo staff locally); undefined when unknown */
  team?: string;
  isCoordinator: boolean;
}


/** why a request has no caller; answered 401 */
export class CallerRefusedError extends Error {
  override readonly name = 'CallerRefusedError';
}

export type ResolveCaller = (req: Pick<Request, 'get'>) => Promise<Caller>;

export interface CallerOptions {
  /** the tenant's signing keys; by default fetched (and cached) from the tenant's JWKS endpoint */
  keys?: JWTVerifyGetKey;
}

/** the audiences a token for the app's own API may carry: the client id and the application id URI */
export function apiAudiences(config: { clientId: string; publicUrl: string; callers?: { apiAudiences: readonly string[] } }): string[] {
  const host = new URL(config.publicUrl).host;
  return [...new Set([config.clientId, `api://${host}/${config.clientId}`, ...(config.callers?.apiAudiences ?? [])])];
}

const bearerOf = (req: Pick<Request, 'get'>): string => {
  const header = req.get('authorization')?.trim();
  if (!header) throw new CallerRefusedError('Sign in: the request carries no access token.');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new CallerRefusedError('The Authorization header must be a bearer token.');
  return match[1]!;
};

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function roleOf(team: string | undefined, groupIds: readonly string[], coordinators: ServerConfig['coordinators']): boolean {
  if (team !== undefined && coordinators.teams.includes(team)) return true;
  const wanted = new Set(coordinators.groupIds.map((g) => g.toLowerCase()));
  return groupIds.some((g) => wanted.has(g.toLowerCase()));
}

/** the team of the first mapped group the person is in */
function teamOf(groupIds: readonly string[], teamGroups: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!teamGroups) return undefined;
  for (const group of groupIds) {
    const team = teamGroups.get(group.toLowerCase());
    if (team) return team;
  }
  return undefined;
}

/** local mode: a development token that names a person (never the app's own identity) */
function localCaller(config: Extract<ServerConfig, { mode: 'local' }>): ResolveCaller {
  return async (req) => {
    const user = readDevToken(bearerOf(req));
    if (!user) throw new CallerRefusedError('Only development tokens are accepted in local mode.');
    if (user.oid === LOCAL_APP_IDENTITY.oid) throw new CallerRefusedError("The app's own identity is not a person.");
    // the token is unsigned: its own team claim is not believed, the demo staff list is
    const team = DEMO_STAFF.find((s) => s.oid === user.oid)?.team;
    return { personId: user.oid, name: user.name, ...(team ? { team } : {}), isCoordinator: roleOf(team, [], config.coordinators) };
  };
}

function tenantCaller(config: Extract<ServerConfig, { mode: 'tenant' }>, options: CallerOptions): ResolveCaller {
  const keys = options.keys ?? createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${encodeURIComponent(config.tenantId)}/discovery/v2.0/keys`));
  const issuers = [`https://login.microsoftonline.com/${config.tenantId}/v2.0`, `https://sts.windows.net/${config.tenantId}/`];
  const audience = apiAudiences(config);
  return async (req) => {
    const token = bearerOf(req);
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, { issuer: issuers, audience, algorithms: ['RS256'], clockTolerance: 60 }));
    } catch (error) {
      const reason =
        error instanceof joseErrors.JWTExpired
          ? 'the access token has expired'
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? `the access token's ${error.claim} is not this app's`
            : 'the access token could not be validated';
      throw new CallerRefusedError(`Sign in again: ${reason}.`);
    }
    if (String(claims.tid ?? '').toLowerCase() !== config.tenantId) throw new CallerRefusedError("The access token is not from this app's tenant.");
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    if (!scopes.includes(API_SCOPE_NAME)) throw new CallerRefusedError(`The access token lacks the ${API_SCOPE_NAME} scope.`);
    const personId = typeof claims.oid === 'string' ? claims.oid.toLowerCase() : '';
    if (!personId) throw new CallerRefusedError('The access token names no person (no oid).');
    const groups = stringsOf(claims.groups);
    const team = teamOf(groups, config.callers?.teamGroups);
    const name = typeof claims.name === 'string' ? claims.name : typeof claims.preferred_username === 'string' ? claims.preferred_username : personId;
    return { personId, name, ...(team ? { team } : {}), isCoordinator: roleOf(team, groups, config.coordinators) };
  };
}

/** how this server tells who calls: by the configuration's mode, never by the request */
export function createResolveCaller(config: ServerConfig, options: CallerOptions = {}): ResolveCaller {
  return config.mode === 'local' ? localCaller(config) : tenantCaller(config, options);
}

/** the caller that requireCaller found, for the handlers after it */
export function callerOf(res: { locals: Record<string, unknown> }): Caller {
  const caller = res.locals.caller as Caller | undefined;
  if (!caller) throw new Error('callerOf: requireCaller did not run before this handler');
  return caller;
}

/** answers 401 (with a reason and a WWW-Authenticate challenge) when the request has no valid caller */
export function requireCaller(resolve: ResolveCaller): RequestHandler {
  return (req, res, next) => {
    resolve(req).then(
      (caller) => {
        res.locals.caller = caller;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof CallerRefusedError)) return next(error);
        res.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`);
        res.status(401).json(errorBody('unauthorized', error.message, requestIdOf(req)));
      },
    );
  };
}
