// JSON batching: at most 20 requests per `$batch`, several batches in flight, and throttled
// sub-responses (which the HTTP pipeline never sees: the batch itself answers 200) sent again
// after the longest Retry-After among them.
import type { GraphHttp } from './client';
import { errorFromResponse, GraphRequestError, toGraphRequestError } from './errors';
import { backoffMs, RETRY_STATUSES } from './middleware';
import { pathSegment } from './path-segment';

export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** relative to the version root, e.g. `/sites/{site}/lists/{list}/items` */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchResult {
  id: string;
  status: number;
  body?: unknown;
  /** set when the request failed for good (status ≥ 400, or no answer: status 0) */
  error?: GraphRequestError;
}

interface BatchResponseBody {
  responses?: { id?: unknown; status?: unknown; headers?: Record<string, string>; body?: unknown }[];
}

export interface BatchOptions {
  /** batches in flight at once */
  concurrency?: number;
  /** called after each batch with the number of requests finished so far */
  onProgress?: (done: number) => void;
}

/** runs the requests through `$batch`, returns one result per request id */
export async function runBatch(http: GraphHttp, requests: readonly BatchRequest[], options: BatchOptions = {}): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  const chunks: BatchRequest[][] = [];
  for (let i = 0; i < requests.length; i += MAX_BATCH_SIZE) chunks.push(requests.slice(i, i + MAX_BATCH_SIZE));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      for (const result of await runChunk(http, chunk)) results.set(result.id, result);
      options.onProgress?.(results.size);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, chunks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** deletes list items by id through `$batch`; an item already gone counts as removed (a retry) */
export async function deleteListItems(http: GraphHttp, itemsPath: string, itemIds: readonly string[], options: BatchOptions = {}): Promise<{ deleted: number; alreadyGone: number }> {
  const results = await runBatch(
    http,
    itemIds.map((id) => ({ id, method: 'DELETE', url: `${itemsPath}/${pathSegment(id)}` })),
    options,
  );
  let deleted = 0;
  let alreadyGone = 0;
  for (const id of itemIds) {
    const error = results.get(id)?.error;
    if (!error) deleted++;
    else if (error.status === 404) alreadyGone++;
    else throw error;
  }
  return { deleted, alreadyGone };
}

async function runChunk(http: GraphHttp, chunk: readonly BatchRequest[]): Promise<BatchResult[]> {
  const policy = http.retryPolicy;
  const done: BatchResult[] = [];
  let pending = [...chunk];
  for (let round = 0; pending.length > 0; round++) {
    let body: BatchResponseBody;
    try {
      body = await http.post<BatchResponseBody>('/$batch', { requests: pending.map(toWire) });
    } catch (error) {
      // the whole batch failed even after the pipeline's retries: every request in it failed
      const failure = toGraphRequestError(error);
      return [...done, ...pending.map((r) => ({ id: r.id, status: failure.status, error: failure }))];
    }
    const byId = new Map((body.responses ?? []).map((r) => [String(r.id), r]));
    const throttled: { request: BatchRequest; error: GraphRequestError }[] = [];
    for (const request of pending) {
      const response = byId.get(request.id);
      const status = typeof response?.status === 'number' ? response.status : 0;
      if (status >= 200 && status < 300) {
        done.push({ id: request.id, status, body: response?.body });
        continue;
      }
      const error = response
        ? errorFromResponse(status, response.body, response.headers)
        : new GraphRequestError(0, 'missingBatchResponse', `the batch gave no answer for request ${request.id}`);
      if (RETRY_STATUSES.has(status) || status === 0) throttled.push({ request, error });
      else done.push({ id: request.id, status, body: response?.body, error });
    }
    if (throttled.length === 0) break;
    const waitMs = Math.max(...throttled.map((t) => (t.error.retryAfter !== undefined ? t.error.retryAfter * 1000 : backoffMs(policy, round))));
    if (round >= policy.maxRetries || waitMs > policy.maxRetryAfterMs) {
      done.push(...throttled.map((t) => ({ id: t.request.id, status: t.error.status, error: t.error })));
      break;
    }
    await policy.sleep(waitMs);
    pending = throttled.map((t) => t.request);
  }
  return done;
}

function toWire(request: BatchRequest): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: request.id, method: request.method, url: request.url };
  if (request.body !== undefined) {
    wire.body = request.body;
    wire.headers = { 'Content-Type': 'application/json', ...request.headers };
  } else if (request.headers) {
    wire.headers = request.headers;
  }
  return wire;
}
