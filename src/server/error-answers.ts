// Every error leaves the server as JSON with a reason and the request id; no stack trace, no echo of
// the body. Body-parser's errors carry a `type` that says what was wrong with the body.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { errorFields, type Logger, pathOf, requestIdOf } from './request-log';

export interface ErrorBody {
  error: { code: string; message: string; requestId: string };
}

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: (e: BodyParserError) => string }> = {
  'entity.parse.failed': { status: 400, code: 'malformedJson', message: () => 'The request body is not valid JSON.' },
  'entity.too.large': {
    status: 413,
    code: 'bodyTooLarge',
    message: (e) => `The request body is larger than the ${typeof e.limit === 'number' ? `${Math.round(e.limit / 1024)} KB ` : ''}this server accepts.`,
  },
  'encoding.unsupported': { status: 415, code: 'unsupportedEncoding', message: () => 'The request body uses a content encoding this server does not accept.' },
  'charset.unsupported': { status: 415, code: 'unsupportedCharset', message: () => 'The request body uses a character set this server does not accept.' },
  'request.aborted': { status: 400, code: 'requestAborted', message: () => 'The request body ended before it was complete.' },
  'request.size.invalid': { status: 400, code: 'bodySizeMismatch', message: () => 'The request body does not match its Content-Length.' },
};

export function errorBody(code: string, message: string, requestId: string): ErrorBody {
  return { error: { code, message, requestId } };
}

/** 404 for anything under /api that no route answered */
export const unknownApiRoute: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('notFound', `There is no API route ${req.method} ${pathOf(req)}.`, requestIdOf(req)));
};

/** write requests under /api must send JSON: anything else is refused before a handler sees it */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
    res.status(415).json(errorBody('unsupportedMediaType', 'Send the request body as application/json.', requestIdOf(req)));
    return;
  }
  next();
};

export function errorAnswers(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const requestId = requestIdOf(req);
    if (res.headersSent) {
      // too late for an answer: log it and let Express end the connection
      log.error('error after the answer started', { requestId, path: pathOf(req), ...errorFields(error) });
      next(error);
      return;
    }
    const parserError = error as BodyParserError;
    const known = typeof parserError?.type === 'string' ? BODY_ERRORS[parserError.type] : undefined;
    if (known) {
      log.warn('bad request body', { requestId, path: pathOf(req), type: parserError.type });
      res.status(known.status).json(errorBody(known.code, known.message(parserError), requestId));
      return;
    }
    const status = typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500 ? parserError.status : 500;
    if (status < 500) {
      log.warn('request refused', { requestId, path: pathOf(req), status, ...errorFields(error) });
      res.status(status).json(errorBody('badRequest', 'The request could not be handled as sent.', requestId));
      return;
    }
    log.error('unhandled error', { requestId, path: pathOf(req), ...errorFields(error) });
    res.status(500).json(errorBody('internalError', `Something went wrong on the server. Quote request id ${requestId} when reporting it.`, requestId));
  };
}
