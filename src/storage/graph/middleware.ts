// The request pipeline of the Graph client: our own bearer-token step and resilience step in front
// of the library's telemetry and HTTP steps. Our own because the library's authentication handler
// sends no Authorization header to a plain-http host (the local emulator), and its RetryHandler
// neither retries a dropped connection nor lets tests replace its sleep.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './errors';

export type TokenProvider = () => Promise<string>;

export interface RetryPolicy {
  /** attempts after the first */
  maxRetries: number;
  /** the longest Retry-After honoured by waiting; a longer one is returned to the caller to reschedule */
  maxRetryAfterMs: number;
  /** backoff when no Retry-After is given, and after a dropped connection */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** one attempt that takes longer is abandoned and retried */
  attemptTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 8,
  maxRetryAfterMs: 120_000,
  backoffBaseMs: 250,
  backoffMaxMs: 15_000,
  attemptTimeoutMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** the answers worth the same request again after a wait (also inside a $batch, see batch.ts) */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** exponential with jitter, so that many clients thrown back at once do not return at once */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** per-request changes to the retry policy, passed as a middleware option */
export class RetryOverrides {
  constructor(readonly overrides: Partial<RetryPolicy>) {}
}

/** the caller's signal for one call, passed as a middleware option: once aborted, nothing more is tried or waited for */
export class CallSignal {
  constructor(readonly signal: AbortSignal) {}
}

/** raised when the caller gave up on the call (its CallSignal was aborted) */
export class CallAbortedError extends Error {
  override readonly name = 'CallAbortedError';
}

/** a wait that ends early, rejecting, when the signal aborts */
function waitUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return sleep(ms);
  if (signal.aborted) return Promise.reject(new CallAbortedError('the call was given up before its retry'));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(new CallAbortedError('the call was given up while waiting to retry'));
    signal.addEventListener('abort', onAbort, { once: true });
    sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** raised when no answer came after all attempts */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
}

/**
 * retries 429/503/504 after the server's Retry-After (or a backoff) and retries dropped
 * connections and timeouts. Retrying a write is safe here because every write the app makes is
 * idempotent (unique keys, PATCH of whole fields) or followed by an existence check.
 */
export class ResilienceHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('ResilienceHandler needs a next middleware');
    const override = context.middlewareControl?.getMiddlewareOptions(RetryOverrides) as RetryOverrides | undefined;
    const policy: RetryPolicy = { ...this.policy, ...override?.overrides };
    const caller = (context.middlewareControl?.getMiddlewareOptions(CallSignal) as CallSignal | undefined)?.signal;
    for (let attempt = 0; ; attempt++) {
      if (caller?.aborted) throw new CallAbortedError(`the call was given up after ${attempt} attempts`);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), policy.attemptTimeoutMs);
      // the caller giving up cuts the attempt on the wire too
      const cut = () => controller.abort();
      caller?.addEventListener('abort', cut, { once: true });
      context.options = { ...context.options, signal: controller.signal };
      try {
        await next.execute(context);
      } catch (error) {
        clearTimeout(timer);
        caller?.removeEventListener('abort', cut);
        if (caller?.aborted) throw new CallAbortedError(`the call was given up during attempt ${attempt + 1}`);
        if (attempt >= policy.maxRetries) {
          const cause = error instanceof Error ? error.message : String(error);
          throw new NoAnswerError(`no answer after ${attempt + 1} attempts: ${cause}`);
        }
        await waitUnlessAborted(policy.sleep, backoffMs(policy, attempt), caller);
        continue;
      }
      clearTimeout(timer);
      caller?.removeEventListener('abort', cut);
      const response = context.response;
      if (!response || !RETRY_STATUSES.has(response.status) || attempt >= policy.maxRetries) return;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      const waitMs = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(policy, attempt);
      if (waitMs > policy.maxRetryAfterMs) return;
      // free the connection before waiting
      await response.body?.cancel().catch(() => undefined);
      await waitUnlessAborted(policy.sleep, waitMs, caller);
    }
  }
}

/** puts `Authorization: Bearer <token>` on every attempt, whatever the host's scheme */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: TokenProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BearerTokenHandler needs a next middleware');
    const token = await this.getToken();
    const options = context.options ?? {};
    const headers = options.headers;
    if (headers instanceof Headers) headers.set('Authorization', `Bearer ${token}`);
    else if (Array.isArray(headers)) options.headers = [...headers.filter(([k]) => k.toLowerCase() !== 'authorization'), ['Authorization', `Bearer ${token}`]];
    else options.headers = { ...(headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` };
    context.options = options;
    await this.next.execute(context);
  }
}
