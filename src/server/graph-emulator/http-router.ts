// The Express face of the emulator: reads the request (query strings raw or encoded, JSON body),
// applies the faults (latency, dropped connections, throttling), authenticates, and sends the
// engine's answer with Graph's headers. Plus the control routes of local mode.
import { randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { actingUser } from './auth';
import type { EmulatorEngine } from './engine';
import { parseFaultConfig } from './faults';
import { GraphError, graphErrorBody, type RequestIds } from './graph-error';
import { JsonText, type GraphResponse } from './graph-request';
import { readQueryOptions } from './odata-query';
import type { GraphEmulatorOptions } from './types';

/** Graph's JSON batch limit is 4 MB; a body above it is refused */
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** how much more of a body past the limit is read and dropped before the 413 is sent anyway */
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;
const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function requestIds(req: Request): RequestIds {
  const client = req.get('client-request-id');
  return { requestId: randomUUID(), clientRequestId: client && client.length <= 100 ? client : randomUUID() };
}

const tooLarge = () => new GraphError(413, 'requestTooLarge', `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`, undefined, { Connection: 'close' });

/**
 * the raw body, unless a body parser mounted before the router already read it. Past the limit
 * the rest is read and dropped rather than the stream destroyed: destroying it would take the
 * socket with it, and the client would get no 413.
 */
async function readBody(req: Request): Promise<{ text?: string; parsed?: unknown }> {
  const already = (req as { body?: unknown }).body;
  if (already !== undefined && req.readableEnded) {
    if (Buffer.isBuffer(already)) return { text: already.toString('utf8') };
    if (typeof already === 'string') return { text: already };
    return { parsed: already };
  }
  if (Number(req.get('content-length')) > BODY_LIMIT_BYTES) {
    req.resume();
    throw tooLarge();
  }
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      // the 413 waits for the end of the body: answered while the client still sends, its writes
      // would fail (EPIPE) before it reads the answer; a body that does not end is cut off here
      if (size > BODY_LIMIT_BYTES + DRAIN_LIMIT_BYTES) reject(tooLarge());
    });
    req.once('end', () => (size > BODY_LIMIT_BYTES ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.once('error', reject);
  });
  return { text };
}

async function jsonBody(req: Request): Promise<unknown> {
  const { text, parsed } = await readBody(req);
  if (parsed !== undefined) return parsed;
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GraphError(400, 'invalidRequest', `Unable to read JSON request payload: ${(error as Error).message}`);
  }
}

function send(res: Response, answer: GraphResponse, ids: RequestIds): void {
  res.status(answer.status);
  res.set({ 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId, 'Cache-Control': 'no-store', ...answer.headers });
  if (answer.body === undefined || answer.status === 204) {
    res.end();
    return;
  }
  res.set('Content-Type', JSON_CONTENT_TYPE).send(answer.body instanceof JsonText ? answer.body.text : JSON.stringify(answer.body));
}

const sendError = (res: Response, error: GraphError, ids: RequestIds): void => send(res, { status: error.status, headers: error.headers, body: graphErrorBody(error, ids) }, ids);

function baseUrlOf(req: Request, option: GraphEmulatorOptions['publicBaseUrl']): string {
  const base = typeof option === 'function' ? option(req) : option ?? `${req.protocol}://${req.get('host') ?? '127.0.0.1'}${req.baseUrl}`;
  return base.replace(/\/+$/, '');
}

export function createGraphRouter(getEngine: () => EmulatorEngine, options: GraphEmulatorOptions): Router {
  const router = express.Router();
  router.use(async (req, res) => {
    const ids = requestIds(req);
    const engine = getEngine();
    try {
      const faults = engine.faults;
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      const drop = faults.drop();
      if (drop === 'before') {
        req.socket?.destroy();
        return;
      }
      const user = actingUser(req.get('authorization'), options);
      // a throttled $batch envelope is refused whole; its sub-requests roll again one by one
      const throttled = faults.throttle();
      if (throttled) throw throttled;
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE';
      const body = hasBody ? await jsonBody(req) : undefined;
      const queryAt = req.url.indexOf('?');
      const answer = engine.handle({
        method: req.method,
        path: queryAt === -1 ? req.url : req.url.slice(0, queryAt),
        query: readQueryOptions(queryAt === -1 ? '' : req.url.slice(queryAt + 1)),
        headers: Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) ? [[k, v.join(', ')]] : []))),
        body,
        user,
        baseUrl: baseUrlOf(req, options.publicBaseUrl),
        ids,
        inBatch: false,
      });
      if (drop === 'after') {
        req.socket?.destroy();
        return;
      }
      send(res, answer, ids);
    } catch (error) {
      if (res.headersSent || !req.socket || req.socket.destroyed) return;
      if (error instanceof GraphError) sendError(res, error, ids);
      else {
        console.error('graph emulator: unexpected failure', error);
        sendError(res, new GraphError(500, 'generalException', 'The local emulator failed on this request; see the server log.'), ids);
      }
    }
  });
  return router;
}

/**
 * what a control request must carry, so that no web page can switch faults on through the
 * user's browser: a cross-site form or `fetch` without a preflight can send neither an
 * Authorization header nor `application/json`, and a page of another origin says so in Origin
 */
function controlRequestProblem(req: Request, options: GraphEmulatorOptions): GraphError | undefined {
  const origin = req.get('origin');
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host') ?? ''}`) {
    return new GraphError(403, 'accessDenied', 'The emulator control routes take no requests from another origin.');
  }
  if (req.method === 'POST' && !req.is('application/json')) {
    return new GraphError(415, 'unsupportedMediaType', 'The emulator control routes take only application/json.');
  }
  // any bearer in local mode, as on the Graph routes; a request without one is refused
  actingUser(req.get('authorization'), options);
  return undefined;
}

/** `/health` always; `/faults` and `/delta/expire` in local mode only */
export function createControlRouter(getEngine: () => EmulatorEngine, options: GraphEmulatorOptions): Router {
  const router = express.Router();
  const guarded = (handler: (req: Request, res: Response, ids: RequestIds) => Promise<void> | void) => async (req: Request, res: Response) => {
    const ids = requestIds(req);
    try {
      if (!(options.controlRoutes ?? options.acceptAnyBearer)) throw new GraphError(404, 'itemNotFound', 'The emulator control routes exist in local mode only.');
      const problem = controlRequestProblem(req, options);
      if (problem) throw problem;
      await handler(req, res, ids);
    } catch (error) {
      if (error instanceof GraphError) sendError(res, error, ids);
      else sendError(res, new GraphError(500, 'generalException', 'The control route failed; see the server log.'), ids);
    }
  };
  router.get('/health', (req, res) => {
    const engine = getEngine();
    const ids = requestIds(req);
    if (engine.isClosed) return sendError(res, new GraphError(503, 'serviceNotAvailable', 'The local emulator is closed.'), ids);
    send(res, { status: 200, headers: {}, body: { status: 'ok', ...engine.summary(), faults: engine.faults.get() } }, ids);
  });
  router.get('/faults', guarded((_req, res, ids) => send(res, { status: 200, headers: {}, body: getEngine().faults.get() }, ids)));
  router.post(
    '/faults',
    guarded(async (req, res, ids) => {
      const config = parseFaultConfig((await jsonBody(req)) ?? {});
      getEngine().faults.set(config);
      send(res, { status: 200, headers: {}, body: getEngine().faults.get() }, ids);
    }),
  );
  router.post(
    '/delta/expire',
    guarded((_req, res, ids) => {
      getEngine().expireDeltaTokens();
      send(res, { status: 204, headers: {} }, ids);
    }),
  );
  return router;
}
