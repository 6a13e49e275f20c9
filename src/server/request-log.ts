// Structured logs: one JSON line per request and per error. Only the method, the path without its
// query, the status and the timing are written: queries, headers and bodies can carry tokens,
// e-mail addresses and message text, which have no place in a log.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

export type LogLevel = 'info' | 'warn' | 'error';

/** where log lines go; one JSON object per call */
export type LogSink = (line: string) => void;

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const stdoutSink: LogSink = (line) => process.stdout.write(`${line}\n`);

export function createLogger(sink: LogSink = stdoutSink): Logger {
  const write = (level: LogLevel, message: string, fields: Record<string, unknown> = {}) =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields }));
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

// a caller's own id is kept (it ties our line to theirs) only when it cannot smuggle anything in
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const requestIds = new WeakMap<Request, string>();

/** the id of a request, as sent back in `x-request-id` */
export function requestIdOf(req: Request): string {
  return requestIds.get(req) ?? 'unknown';
}

/** the path of a request without its query string */
export function pathOf(req: Request): string {
  const url = req.originalUrl || req.url;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** gives each request an id and logs it once it is answered (or abandoned) */
export function requestLogging(log: Logger): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    const id = offered && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
    requestIds.set(req, id);
    res.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    res.on('close', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const fields = {
        requestId: id,
        method: req.method,
        path: pathOf(req),
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        // the client went away (or the emulator dropped the connection on purpose) before the answer was complete
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      log.info('request', fields);
    });
    next();
  };
}

/** what of an error may be logged: its kind and where it happened, not its message (which may quote input) */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim());
  const code = (error as { code?: unknown }).code;
  return { error: error.name, ...(typeof code === 'string' ? { code } : {}), frames };
}
