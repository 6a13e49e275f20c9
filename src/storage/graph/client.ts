// The Graph client of the app: @microsoft/microsoft-graph-client with our middleware chain, and
// one URL rule: next and delta links are absolute and opaque, so a link under our own base URL is
// sent back as a path below it. The library rewrites absolute links itself only for https hosts,
// which would break against the emulator on plain http; one rule for both keeps one code path.
import {
  Client,
  HTTPMessageHandler,
  TelemetryHandler,
  type GraphRequest,
} from '@microsoft/microsoft-graph-client';
import { GraphRequestError, toGraphRequestError } from './errors';
import {
  BearerTokenHandler,
  CallSignal,
  DEFAULT_RETRY_POLICY,
  ResilienceHandler,
  RetryOverrides,
  type RetryPolicy,
  type TokenProvider,
} from './middleware';

export interface GraphClientConfig {
  /** `https://graph.microsoft.com/v1.0`, `http://127.0.0.1:PORT/graph/v1.0` or a same-origin `/graph/v1.0` */
  baseUrl: string;
  getToken: TokenProvider;
  retry?: Partial<RetryPolicy>;
}

export interface CallOptions {
  headers?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  /** aborting it stops the call: the attempt on the wire and any retry wait */
  signal?: AbortSignal;
}

/** a thin, typed face of the Graph client; every failure is a GraphRequestError */
export interface GraphHttp {
  readonly baseUrl: string;
  readonly retryPolicy: RetryPolicy;
  get<T>(pathOrLink: string, options?: CallOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: CallOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: CallOptions): Promise<T>;
  delete(path: string, options?: CallOptions): Promise<void>;
}

function splitBase(baseUrl: string): { host: string; version: string } {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  const schemeEnd = trimmed.indexOf('://');
  if (slash <= (schemeEnd === -1 ? -1 : schemeEnd + 2)) return { host: trimmed, version: '' };
  return { host: trimmed.slice(0, slash), version: trimmed.slice(slash + 1) };
}

/**
 * a path below the base URL, from a path or from an absolute link the server gave (`base` is the
 * absolute base URL); a link to anywhere else is refused, so the token never goes there
 */
export function linkPath(base: string, pathOrLink: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrLink)) return pathOrLink.startsWith('/') ? pathOrLink : `/${pathOrLink}`;
  if (pathOrLink === base || pathOrLink.startsWith(`${base}/`) || pathOrLink.startsWith(`${base}?`)) {
    return pathOrLink.slice(base.length) || '/';
  }
  throw new GraphRequestError(0, 'foreignLink', `a link outside ${base} was not followed: ${pathOrLink}`);
}

/** the base URL made absolute: a same-origin path (`/graph/v1.0`) is resolved against the page */
export function absoluteBase(baseUrl: string, origin = (globalThis as { location?: { origin?: string } }).location?.origin): string {
  try {
    return new URL(baseUrl, origin).href.replace(/\/+$/, '');
  } catch {
    return baseUrl.replace(/\/+$/, '');
  }
}

export function createGraphClient(config: GraphClientConfig): GraphHttp {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...config.retry };
  const { host, version } = splitBase(baseUrl);
  const client = Client.initWithMiddleware({
    baseUrl: host,
    defaultVersion: version,
    middleware: [new ResilienceHandler(retryPolicy), new BearerTokenHandler(config.getToken), new TelemetryHandler(), new HTTPMessageHandler()],
  });
  const base = absoluteBase(baseUrl);
  const apiPath = (pathOrLink: string) => linkPath(base, pathOrLink);

  const request = (pathOrLink: string, options: CallOptions | undefined): GraphRequest => {
    let req = client.api(apiPath(pathOrLink));
    if (options?.headers) req = req.headers(options.headers);
    const middlewareOptions = [...(options?.retry ? [new RetryOverrides(options.retry)] : []), ...(options?.signal ? [new CallSignal(options.signal)] : [])];
    if (middlewareOptions.length > 0) req = req.middlewareOptions(middlewareOptions);
    return req;
  };

  const mapped = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toGraphRequestError(error);
    }
  };

  return {
    baseUrl,
    retryPolicy,
    get: (pathOrLink, options) => mapped(() => request(pathOrLink, options).get()),
    post: (path, body, options) => mapped(() => request(path, options).post(body)),
    patch: (path, body, options) => mapped(() => request(path, options).patch(body)),
    delete: (path, options) => mapped(async () => {
      await request(path, options).delete();
    }),
  };
}

/** `'it''s'`: a string literal for an OData `$filter` */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** the `$filter` query parameter, encoded so the value survives any path handling */
export function filterParam(expression: string): string {
  return `$filter=${encodeURIComponent(expression)}`;
}
