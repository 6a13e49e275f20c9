// The public keys inbound tokens are checked against: the Bot Framework's, and the configured
// tenant's. Fetched once and kept; a token with a key id we do not know may make us fetch again,
// but never more than once per cool-down (also after a failed fetch), so a stream of made-up key
// ids cannot turn into a stream of outbound requests.
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** where the Bot Framework publishes its token signing keys (the jwks_uri of its OpenID metadata) */
export const BOT_FRAMEWORK_KEYS_URL = 'https://login.botframework.com/v1/.well-known/keys';

/** a tenant's Entra signing keys (they sign its v1 and v2 tokens alike) */
export const tenantKeysUrl = (tenantId: string): string => `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/discovery/v2.0/keys`;

export interface KeySetOptions {
  /** the least time between two fetches, whatever happened to the last one; 60 s by default */
  cooldownMs?: number;
  /** keys older than this are fetched again on the next use (the old ones serve until that succeeds); 24 h by default */
  maxAgeMs?: number;
  now?: () => number;
}

/** the channels a key may sign activities for (the Bot Framework's `endorsements`), by key id */
export type EndorsementLookup = (kid: string) => readonly string[] | undefined;

export interface CachedKeySet {
  getKey: JWTVerifyGetKey;
  /** the endorsements the last fetched set gives the key `kid`; undefined where it gives none */
  endorsementsOf: EndorsementLookup;
  /** outbound fetches so far, for tests and the log */
  fetches(): number;
}

const MAX_KEY_SET_BYTES = 256 * 1024;

/** the key set at `url`, read over https with a time limit and a size limit */
export function fetchKeySet(url: string, timeoutMs = 5_000): () => Promise<JSONWebKeySet> {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`signing keys: ${url} answered ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_KEY_SET_BYTES) throw new Error(`signing keys: ${url} sent more than ${MAX_KEY_SET_BYTES} bytes`);
    const body = JSON.parse(text) as { keys?: unknown };
    if (!Array.isArray(body.keys)) throw new Error(`signing keys: ${url} sent no key set`);
    return body as JSONWebKeySet;
  };
}

/** a key set read through `load`, cached, and refetched at most once per cool-down */
export function cachedKeySet(load: () => Promise<JSONWebKeySet>, options: KeySetOptions = {}): CachedKeySet {
  const cooldownMs = options.cooldownMs ?? 60_000;
  const maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  let local: JWTVerifyGetKey | undefined;
  let endorsements = new Map<string, readonly string[]>();
  let loadedAt = -Infinity;
  let attemptedAt = -Infinity;
  let pending: Promise<void> | undefined;
  let fetches = 0;

  const mayFetch = () => now() - attemptedAt >= cooldownMs;
  const refresh = (): Promise<void> => {
    if (pending) return pending;
    if (!mayFetch()) return Promise.resolve();
    attemptedAt = now();
    fetches++;
    pending = load()
      .then((set) => {
        local = createLocalJWKSet(set);
        endorsements = endorsementsIn(set);
        loadedAt = now();
      })
      // a failed fetch keeps the keys we had; the cool-down holds off the next attempt
      .catch(() => undefined)
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (!local || now() - loadedAt > maxAgeMs) await refresh();
    if (!local) throw new errors.JWKSNoMatchingKey('no signing keys are available');
    try {
      return await local(header, token);
    } catch (error) {
      // a key id we do not know: fetch again only when the cool-down allows (or join a fetch under way)
      if (!(error instanceof errors.JWKSNoMatchingKey) || (!pending && !mayFetch())) throw error;
      await refresh();
      return local(header, token);
    }
  };
  return { getKey, endorsementsOf: (kid) => endorsements.get(kid), fetches: () => fetches };
}

/** each key's endorsements, where the set lists them as strings */
export function endorsementsIn(set: JSONWebKeySet): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (const key of set.keys as Array<{ kid?: unknown; endorsements?: unknown }>) {
    const list = key.endorsements;
    if (typeof key.kid === 'string' && Array.isArray(list)) found.set(key.kid, list.filter((e): e is string => typeof e === 'string'));
  }
  return found;
}
