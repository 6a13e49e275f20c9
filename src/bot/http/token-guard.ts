// Who may post to /api/messages, checked before the Teams SDK sees the request:
// - a Bot Framework token (issuer https://api.botframework.com, audience the bot id, signed with a
//   Bot Framework key) whose `serviceurl` claim is the activity's service URL, so a token cannot be
//   replayed to make the bot answer somewhere else, and whose signing key is endorsed for the
//   activity's channel (the Bot Framework publishes, per key, the channels it may sign for);
// - an Entra token only from the configured tenant (its issuer, not the `tid` it claims, names
//   the tenant; the keys are that tenant's) and only from an app on the allowlist (`azp`/`appid`).
// The SDK's own validator took an Entra token from any tenant and any app, and fetched keys for
// whatever tenant an unverified token named. Failed attempts count against the sender's address.
import type { RequestHandler } from 'express';
import { decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { refuse } from './activity-guard';
import type { ConversationRateLimiter } from './rate-limit';
import type { EndorsementLookup } from './signing-keys';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

const GUID_TEXT = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ENTRA_ISSUERS = [new RegExp(`^https://login\\.microsoftonline\\.com/(${GUID_TEXT})/v2\\.0$`), new RegExp(`^https://sts\\.windows\\.net/(${GUID_TEXT})/$`)];
/** Teams' and Entra's clocks and ours may differ a little */
const CLOCK_TOLERANCE_SECONDS = 300;
/** a bearer token longer than this is not one Teams sends */
const MAX_TOKEN_CHARS = 16 * 1024;

export interface TokenPolicy {
  /** the bot's Microsoft App id: every token's audience */
  botId: string;
  /** the tenant whose Entra tokens may be accepted at all */
  tenantId?: string;
  /** Entra apps (their client ids) whose tokens for the bot are accepted; none by default */
  allowedEntraApps: readonly string[];
  botFrameworkKeys: JWTVerifyGetKey;
  /** the channels each Bot Framework key is endorsed for; only tests with keys of their own go without */
  botFrameworkEndorsements?: EndorsementLookup;
  /** the configured tenant's signing keys; without them no Entra token is accepted */
  tenantKeys?: JWTVerifyGetKey;
}

/** who sent an accepted request */
export interface Caller {
  issuer: 'bot-framework' | 'entra';
  /** the calling app (`appid`/`azp`) */
  appId: string;
  subject: string;
  tenantId?: string;
  /** the service URL the token vouches for; an Entra token may vouch for none */
  serviceUrl?: string;
  /** seconds since the epoch */
  expiresAt?: number;
  /** the channels the signing key is endorsed for (Bot Framework tokens) */
  endorsements?: readonly string[];
  raw: string;
}

export type TokenVerdict = { ok: true; caller: Caller } | { ok: false; reason: string };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** a service URL as Teams writes it in either place: no trailing slash, any case */
export const sameServiceUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

const audiencesOf = (botId: string): string[] => [botId, `api://botid-${botId}`, `api://${botId}`];

async function verified(token: string, keys: JWTVerifyGetKey, issuer: string, botId: string): Promise<{ payload: JWTPayload; kid?: string } | string> {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, keys, {
      issuer,
      audience: audiencesOf(botId),
      algorithms: ['RS256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
    });
    return protectedHeader.kid === undefined ? { payload } : { payload, kid: protectedHeader.kid };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return `the token did not verify (${typeof code === 'string' ? code : 'unknown'})`;
  }
}

/** checks the `Authorization` header of an inbound activity against the policy */
export async function verifyInboundToken(authorization: string | undefined, policy: TokenPolicy): Promise<TokenVerdict> {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? '');
  if (!match) return { ok: false, reason: authorization ? 'the Authorization header is not a bearer token' : 'no Authorization header' };
  const token = match[1]!;
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'the token is too long' };
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    return { ok: false, reason: 'the token is not a JWT' };
  }
  const issuer = text(unverified.iss);

  if (issuer === BOT_FRAMEWORK_ISSUER) {
    const checked = await verified(token, policy.botFrameworkKeys, BOT_FRAMEWORK_ISSUER, policy.botId);
    if (typeof checked === 'string') return { ok: false, reason: checked };
    const { payload, kid } = checked;
    const serviceUrl = text(payload.serviceurl);
    if (!serviceUrl) return { ok: false, reason: 'the Bot Framework token names no service URL' };
    const caller: Caller = { issuer: 'bot-framework', appId: text(payload.appid) ?? text(payload.azp) ?? '', subject: text(payload.sub) ?? '', serviceUrl, raw: token };
    if (payload.exp !== undefined) caller.expiresAt = payload.exp;
    // a key the set gives no endorsements is endorsed for no channel
    if (policy.botFrameworkEndorsements) caller.endorsements = (kid === undefined ? undefined : policy.botFrameworkEndorsements(kid)) ?? [];
    return { ok: true, caller };
  }

  const tenantOfIssuer = issuer ? ENTRA_ISSUERS.map((pattern) => pattern.exec(issuer)?.[1]).find(Boolean) : undefined;
  if (!tenantOfIssuer) return { ok: false, reason: 'the token is from an issuer this bot does not accept' };
  if (!policy.tenantId || tenantOfIssuer.toLowerCase() !== policy.tenantId.toLowerCase()) return { ok: false, reason: 'the Entra token is from another tenant' };
  if (!policy.tenantKeys) return { ok: false, reason: 'Entra tokens are not accepted here' };
  // before any signature work: a token of an app not on the list is refused as it is
  const claimedApp = text(unverified.azp) ?? text(unverified.appid);
  const allowed = new Set(policy.allowedEntraApps.map((a) => a.toLowerCase()));
  if (!claimedApp || !allowed.has(claimedApp.toLowerCase())) return { ok: false, reason: 'the Entra token is from an app that is not on the allowlist' };
  const checked = await verified(token, policy.tenantKeys, issuer!, policy.botId);
  if (typeof checked === 'string') return { ok: false, reason: checked };
  const { payload } = checked;
  const appId = text(payload.azp) ?? text(payload.appid);
  const tid = text(payload.tid);
  if (!appId || !allowed.has(appId.toLowerCase())) return { ok: false, reason: 'the Entra token is from an app that is not on the allowlist' };
  if (tid !== undefined && tid.toLowerCase() !== tenantOfIssuer.toLowerCase()) return { ok: false, reason: "the Entra token's tid and issuer disagree" };
  const caller: Caller = { issuer: 'entra', appId, subject: text(payload.sub) ?? '', tenantId: tenantOfIssuer.toLowerCase(), raw: token };
  const serviceUrl = text(payload.serviceurl);
  if (serviceUrl) caller.serviceUrl = serviceUrl;
  if (payload.exp !== undefined) caller.expiresAt = payload.exp;
  return { ok: true, caller };
}

const CALLER = Symbol('caller');

/** the caller the token guard accepted for this request, if it ran */
export function callerOf(locals: Record<PropertyKey, unknown>): Caller | undefined {
  return locals[CALLER] as Caller | undefined;
}

export interface TokenGuardOptions {
  policy: TokenPolicy;
  /** failed authentications per sender address; never given back */
  failures: ConversationRateLimiter;
  log: (entry: Record<string, unknown>) => void;
}

const NOT_AUTHENTICATED = 'the request is not authenticated';

/**
 * the two halves of the check: `token` runs before the body is read (a stranger's request costs
 * no JSON parsing), `serviceUrl` after it, comparing the token's service URL with the activity's
 */
export function tokenGuard(options: TokenGuardOptions): { token: RequestHandler; serviceUrl: RequestHandler } {
  const { failures, log } = options;
  const addressOf = (req: Parameters<RequestHandler>[0]) => req.ip ?? req.socket?.remoteAddress ?? 'unknown';
  const failed = (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], reason: string) => {
    const address = addressOf(req);
    failures.take(address);
    log({ level: 'warn', msg: 'message extension: request not authenticated', reason, address });
    res.setHeader('WWW-Authenticate', 'Bearer');
    refuse(res, 401, NOT_AUTHENTICATED);
  };

  const token: RequestHandler = async (req, res, next) => {
    const blocked = failures.peek(addressOf(req));
    if (!blocked.admitted) {
      const seconds = Math.max(1, Math.ceil(blocked.retryAfterMs / 1000));
      res.setHeader('Retry-After', String(seconds));
      return refuse(res, 429, 'too many failed authentications from this address', { retryAfterSeconds: seconds });
    }
    const verdict = await verifyInboundToken(req.get('authorization'), options.policy);
    if (!verdict.ok) return failed(req, res, verdict.reason);
    (res.locals as Record<PropertyKey, unknown>)[CALLER] = verdict.caller;
    next();
  };

  const serviceUrl: RequestHandler = (req, res, next) => {
    const caller = callerOf(res.locals as Record<PropertyKey, unknown>);
    if (!caller) return failed(req, res, 'the token was not checked');
    const activityUrl = (req.body as { serviceUrl?: unknown }).serviceUrl;
    if (caller.serviceUrl !== undefined && (typeof activityUrl !== 'string' || !sameServiceUrl(caller.serviceUrl, activityUrl))) {
      return failed(req, res, "the token's service URL is not the activity's");
    }
    if (caller.issuer === 'bot-framework' && typeof activityUrl !== 'string') return failed(req, res, 'the activity names no service URL');
    // as the Bot Framework's own validators do: an activity naming a channel needs a key endorsed for it
    const channelId = (req.body as { channelId?: unknown }).channelId;
    if (caller.endorsements && channelId !== undefined && (typeof channelId !== 'string' || !caller.endorsements.includes(channelId))) {
      return failed(req, res, "the token's signing key is not endorsed for the activity's channel");
    }
    next();
  };
  return { token, serviceUrl };
}
