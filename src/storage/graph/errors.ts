// Graph failures as one typed error, mapped once from whatever the client library, fetch or a
// `$batch` sub-response produced. Callers match on `status` and `code`, never on message text.
import { GraphError } from '@microsoft/microsoft-graph-client';

/** a request to Microsoft Graph (or the local emulator) that failed */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  constructor(
    /** HTTP status; 0 when no answer came (connection refused or dropped, timeout) */
    readonly status: number,
    /** Graph's error code (`itemNotFound`, `activityLimitReached`…), or `networkError` */
    readonly code: string,
    message: string,
    readonly details: {
      /** seconds the server asked us to wait (429/503) */
      retryAfter?: number;
      /** innerError.code when Graph gives one (`throttledRequest`, `tooManyResources`…) */
      innerCode?: string;
      /** the Location header of a 410 on a delta link: where to restart */
      location?: string;
      requestId?: string;
    } = {},
  ) {
    super(message);
  }

  get retryAfter(): number | undefined {
    return this.details.retryAfter;
  }

  /** the server asked to slow down or is briefly unavailable: trying again later may work */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 429 || this.status === 503 || this.status === 504 || this.status >= 500;
  }

  /** the request itself was refused (bad data, not found, conflict): trying again will not help */
  get isRefusal(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 429 && this.status !== 408;
  }
}

/** Retry-After in seconds: a number of seconds or an HTTP date */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown; innerError?: { code?: unknown; 'request-id'?: unknown } };
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, unknown>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : asString(record[key]);
}

/**
 * SharePoint's refusal of a write that names a column the list lacks. After an upgrade that brings a
 * column, the lists still lack it until `lists provision` runs again: the message says so, as the
 * person who reads it (an administrator, in the CLI's output or the server's log) can act on that
 */
const UNKNOWN_COLUMN = /^Field '([^']+)' is not recognized/;
const provisionHint = (message: string) =>
  UNKNOWN_COLUMN.test(message) ? `${message}: the list lacks a column this version of the app writes; run \`circular-choices lists provision\` to add it (it changes nothing else)` : message;

/** a failed HTTP answer (or `$batch` sub-response) as a GraphRequestError */
export function errorFromResponse(status: number, body: unknown, headers: unknown): GraphRequestError {
  const error = (body as GraphErrorBody | undefined)?.error;
  const code = asString(error?.code) ?? `http${status}`;
  const given = asString(error?.message);
  const message = given === undefined ? `Graph answered ${status}` : status === 400 ? provisionHint(given) : given;
  return new GraphRequestError(status, code, message, {
    retryAfter: parseRetryAfter(headerOf(headers, 'Retry-After')),
    innerCode: asString(error?.innerError?.code),
    location: headerOf(headers, 'Location'),
    requestId: asString(error?.innerError?.['request-id']) ?? headerOf(headers, 'request-id'),
  });
}

/** any failure of a Graph call, mapped once */
export function toGraphRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof GraphError) {
    if (error.statusCode > 0) {
      // the library keeps the inner `error` object of Graph's body, serialised
      const inner = typeof error.body === 'string' ? safeJson(error.body) : error.body;
      const body = inner && typeof inner === 'object' && 'error' in inner ? inner : { error: inner ?? { code: error.code, message: error.message } };
      return errorFromResponse(error.statusCode, body, error.headers);
    }
    // no answer: the library wraps what fetch or a middleware threw
    return new GraphRequestError(0, 'networkError', error.message || 'no answer from Graph');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GraphRequestError(0, 'networkError', message);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
