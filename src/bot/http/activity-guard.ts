// The door of /api/messages, in front of the Teams SDK: an activity must be JSON, at most
// `maxBytes` once decompressed, and shaped like an activity (a type, a sender, a conversation; an invoke has a name).
// Anything else gets a 4xx with a reason before the SDK sees it, so bad input never reaches a
// handler as a half-read object.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';

export const DEFAULT_MAX_ACTIVITY_BYTES = 256 * 1024;

const VALUE_READ_WHILE_ROUTING = new Set(['composeExtension/submitAction', 'fileConsent/invoke', 'message/submitAction']);

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

const account = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), aadObjectId: z.string().max(128).optional() });

const activityShape = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    name: z.string().max(256).optional(),
    channelId: z.string().max(64).optional(),
    serviceUrl: z.string().max(2048).optional(),
    locale: z.string().max(64).optional(),
    replyToId: z.string().max(512).optional(),
    from: account,
    recipient: account.optional(),
    conversation: z.object({ id: z.string().min(1).max(1024) }),
    // installs, conversation updates and chat messages carry none
    value: z.unknown().optional(),
  })
  .refine((a) => a.type !== 'invoke' || (a.name !== undefined && a.name.length > 0), { message: 'an invoke activity needs a name', path: ['name'] })
  // the SDK reads fields of these invokes' values while routing, before any handler could check them
  .refine((a) => a.type !== 'invoke' || !VALUE_READ_WHILE_ROUTING.has(a.name ?? '') || isObject(a.value), { message: 'this invoke needs an object value', path: ['value'] })
  .refine((a) => a.type !== 'invoke' || a.value === undefined || isObject(a.value), { message: 'an invoke value must be an object', path: ['value'] });

export function refuse(res: Response, status: number, error: string, detail?: Record<string, unknown>): void {
  res.status(status).json({ error, ...detail });
}

function shapeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be an activity (a JSON object)';
  const parsed = activityShape.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return `activity.${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/** whether a parsed body serialises to at most maxBytes; one nested too deep to serialise is no activity either */
function withinBytes(body: unknown, maxBytes: number): boolean {
  try {
    return Buffer.byteLength(JSON.stringify(body)) <= maxBytes;
  } catch {
    return false;
  }
}

/** parses (when nobody has yet) and checks an inbound activity */
export function activityGuard(maxBytes: number = DEFAULT_MAX_ACTIVITY_BYTES): RequestHandler {
  const parseJson = express.json({ limit: maxBytes, strict: true });
  const check = (req: Request, res: Response, next: NextFunction) => {
    if (req.body === undefined) return refuse(res, 415, 'an activity must be sent as application/json');
    // a body parsed earlier by the host app under a larger limit is measured here: when it came
    // without a length, or compressed (its length then says nothing about the activity's size)
    const encoding = (req.headers['content-encoding'] ?? 'identity').toString().trim().toLowerCase();
    if ((!req.headers['content-length'] || encoding !== 'identity') && !withinBytes(req.body, maxBytes)) {
      return refuse(res, 413, 'the activity is too large', { limitBytes: maxBytes });
    }
    const problem = shapeProblem(req.body);
    if (problem) return refuse(res, 400, 'malformed activity', { reason: problem });
    next();
  };
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return refuse(res, 413, 'the activity is too large', { limitBytes: maxBytes });
    parseJson(req, res, (error?: unknown) => {
      if (error) {
        const type = (error as { type?: string }).type;
        if (type === 'entity.too.large') return refuse(res, 413, 'the activity is too large', { limitBytes: maxBytes });
        if (type === 'entity.parse.failed') return refuse(res, 400, 'malformed activity', { reason: 'the body is not valid JSON' });
        return refuse(res, 400, 'malformed activity', { reason: 'the body could not be read' });
      }
      check(req, res, next);
    });
  };
}
