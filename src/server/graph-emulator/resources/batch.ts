// POST /$batch: up to 20 sub-requests, each answered by the same handlers, in the order given
// except where dependsOn asks for another first; a sub-request whose dependency failed is
// answered 424. Throttling rolls per sub-request (a 429 inside a 200 batch), as on Graph.
import { randomUUID } from 'node:crypto';
import { GraphError, badRequest, graphErrorBody } from '../graph-error';
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import { readQueryOptions } from '../odata-query';
import { allowOptions, type EngineContext } from './common';

export const BATCH_MAX = 20;
const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSteps(body: unknown): BatchStep[] {
  if (!isObject(body) || !Array.isArray(body.requests)) throw badRequest('A batch body must be a JSON object with a "requests" list.');
  const requests = body.requests as unknown[];
  if (requests.length === 0) throw badRequest('A batch must hold at least one request.');
  if (requests.length > BATCH_MAX) throw badRequest(`A batch holds at most ${BATCH_MAX} requests; this one holds ${requests.length}.`);
  const ids = new Set<string>();
  const steps = requests.map((raw, index): BatchStep => {
    if (!isObject(raw)) throw badRequest(`Batch request ${index + 1} must be a JSON object.`);
    const { id, method, url, headers = {}, body: stepBody, dependsOn = [] } = raw;
    if (typeof id !== 'string' || id === '') throw badRequest(`Batch request ${index + 1} needs a non-empty string "id".`);
    if (ids.has(id)) throw badRequest(`Batch request id '${id}' is used more than once.`);
    ids.add(id);
    if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) throw badRequest(`Batch request '${id}' has no valid "method".`);
    if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
      throw badRequest(`Batch request '${id}' needs a relative "url" such as /sites/root/lists.`);
    }
    if (!isObject(headers) || Object.values(headers).some((v) => typeof v !== 'string')) throw badRequest(`Batch request '${id}': "headers" must map names to texts.`);
    const lowerHeaders = Object.fromEntries(Object.entries(headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    if (stepBody !== undefined && stepBody !== null && !lowerHeaders['content-type']) {
      throw badRequest(`Batch request '${id}' has a body but no Content-Type header.`);
    }
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) throw badRequest(`Batch request '${id}': "dependsOn" must be a list of request ids.`);
    return { id, method: method.toUpperCase(), url, headers: lowerHeaders, body: stepBody ?? undefined, dependsOn: dependsOn as string[] };
  });
  for (const step of steps) {
    for (const dependency of step.dependsOn) {
      if (!ids.has(dependency) || dependency === step.id) throw badRequest(`Batch request '${step.id}' depends on '${dependency}', which is not another request of this batch.`);
    }
  }
  return executionOrder(steps);
}

/** the given order, moved only as far as dependsOn needs; a cycle is refused */
function executionOrder(steps: BatchStep[]): BatchStep[] {
  const done = new Set<string>();
  const ordered: BatchStep[] = [];
  while (ordered.length < steps.length) {
    const ready = steps.find((s) => !done.has(s.id) && s.dependsOn.every((d) => done.has(d)));
    if (!ready) throw badRequest('The dependsOn of this batch form a cycle.');
    done.add(ready.id);
    ordered.push(ready);
  }
  return ordered;
}

/** a JSON body given as an object, or as base64 text as Graph allows */
function stepBody(step: BatchStep): unknown {
  if (typeof step.body !== 'string') return step.body;
  try {
    return JSON.parse(Buffer.from(step.body, 'base64').toString('utf8'));
  } catch {
    throw badRequest(`Batch request '${step.id}': a text body must be base64-encoded JSON.`);
  }
}

export function runBatch(ctx: EngineContext, req: GraphRequest): GraphResponse {
  allowOptions(req, []);
  if (req.inBatch) throw badRequest('A batch cannot hold another batch.');
  const steps = parseSteps(req.body);
  const statuses = new Map<string, number>();
  const responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[] = [];
  // one transaction for the batch, one savepoint per sub-request (their writes nest): a refused
  // sub-request undoes only itself, and the batch costs one commit instead of twenty
  ctx.write(() => runSteps(ctx, req, steps, statuses, responses));
  return json(200, { responses });
}

function runSteps(
  ctx: EngineContext,
  req: GraphRequest,
  steps: BatchStep[],
  statuses: Map<string, number>,
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[],
): void {
  for (const step of steps) {
    const ids = { requestId: randomUUID(), clientRequestId: req.ids.clientRequestId };
    const answer = (response: GraphResponse): void => {
      statuses.set(step.id, response.status);
      const headers = { ...response.headers };
      if (response.body !== undefined) headers['Content-Type'] = 'application/json';
      responses.push({ id: step.id, status: response.status, headers, ...(response.body !== undefined ? { body: response.body } : {}) });
    };
    const failedDependency = step.dependsOn.find((d) => (statuses.get(d) ?? 0) >= 400);
    if (failedDependency !== undefined) {
      const error = new GraphError(424, 'failedDependency', `Request '${step.id}' was not run: request '${failedDependency}' it depends on failed.`);
      answer(json(424, graphErrorBody(error, ids)));
      continue;
    }
    const throttled = ctx.faults.throttle();
    if (throttled) {
      answer(json(throttled.status, graphErrorBody(throttled, ids), throttled.headers));
      continue;
    }
    let sub: GraphRequest;
    try {
      const [pathPart = '', queryPart = ''] = step.url.split(/\?(.*)/s);
      sub = {
        method: step.method,
        path: pathPart.startsWith('/') ? pathPart : `/${pathPart}`,
        query: readQueryOptions(queryPart),
        headers: step.headers,
        body: stepBody(step),
        user: req.user,
        baseUrl: req.baseUrl,
        ids,
        inBatch: true,
      };
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      answer(json(error.status, graphErrorBody(error, ids), error.headers));
      continue;
    }
    answer(ctx.handle(sub));
  }
}
