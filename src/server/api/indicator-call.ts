// What the indicator operations share: the path, the browser's JSON call with the app's token, and
// the coordinator check of the writes. Bundled into the browser: node-only code as types only.
import type { Response } from 'express';
import { apiRequestError } from './api-request-error';
import type { Caller } from './caller';

export const INDICATORS_PATH = '/api/indicators';

export type GetToken = () => Promise<string>;

export const problem = (code: string, message: string) => ({ error: { code, message } });

/** answers 403 and says false unless requireCaller found a coordinator */
export function coordinatorOnly(res: Response): Caller | undefined {
  // requireCaller (caller.ts) ran before: it answered 401 where the token named nobody
  const caller = res.locals.caller as Caller;
  if (caller.isCoordinator) return caller;
  res.status(403).json(problem('forbidden', 'Only programme coordinators record indicators.'));
  return undefined;
}

/** the browser's JSON call of an indicator operation; an answer that is not ok throws ApiRequestError */
export async function callIndicatorApi<T>(url: string, init: { method: string; body?: string }, getToken: GetToken, fetcher: typeof fetch): Promise<T> {
  const response = await fetcher(url, {
    ...init,
    headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${await getToken()}` },
    cache: 'no-store',
  });
  if (!response.ok) throw apiRequestError(response.status, (await response.json().catch(() => undefined)) as Parameters<typeof apiRequestError>[1]);
  return (await response.json()) as T;
}
