// POST /api/acknowledgements: one decision, or a batch, recorded by the server as the caller.
// The handler, its input schema and the browser's call live side by side (one file per remote
// operation). This file is also bundled into the browser: it imports node-only code as types only.
// A body's person, team, key or app version are not read: the server decides those.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { ACKNOWLEDGEMENT_LIMITS, type Acknowledgement } from '../../domain/acknowledgement';
import { MAX_DOCUMENT_VERSION } from '../../domain/documents/document-version';
import { CONTENT_ID } from '../../domain/ids';
import { CONTEXT_TYPES, DECISIONS } from '../../domain/taxonomy';
import { AppendFailedError, InvalidAcknowledgementError } from '../../storage/append-errors';
import type { AppendOutcome } from '../../storage/ports';
import type { AcknowledgementWriter, FailedEntry, RecordedEntry, RecordProblem, RecordRequest } from './acknowledgement-writer';
import type { Caller } from './caller';

export const POST_ACKNOWLEDGEMENTS_PATH = '/api/acknowledgements';
/** the most decisions one request may carry (the offline queue sends 100 at a time) */
export const MAX_ACKNOWLEDGEMENTS_PER_REQUEST = 500;

const text = (max: number) => z.string().max(max);

/** one decision as a surface sends it; unknown fields (staffAadId, team, ackKey…) are dropped */
export const acknowledgementEntrySchema = z.object({
  idempotencyKey: z.string().regex(ACKNOWLEDGEMENT_LIMITS.ackKey, { error: 'must be 8 to 64 letters, digits, - or _' }),
  checklistItemId: text(ACKNOWLEDGEMENT_LIMITS.titleMax).optional(),
  checklistId: text(ACKNOWLEDGEMENT_LIMITS.titleMax).optional(),
  actionId: text(ACKNOWLEDGEMENT_LIMITS.titleMax).optional(),
  productGroup: z.string().regex(CONTENT_ID, { error: 'must be a product group id' }).optional(),
  decision: z.enum(DECISIONS),
  reason: text(ACKNOWLEDGEMENT_LIMITS.reasonMax).optional(),
  contextType: z.enum(CONTEXT_TYPES),
  contextRef: z.string().min(1).max(ACKNOWLEDGEMENT_LIMITS.contextRefMax),
  // shortened by the builder, so only absurd lengths are refused
  contextTitle: text(4 * ACKNOWLEDGEMENT_LIMITS.titleMax).optional(),
  documentVersion: z.number().int().min(1).max(MAX_DOCUMENT_VERSION).optional(),
  // the bot and the CLI do not come through here
  source: z.enum(['tab', 'meeting', 'outlook']),
  contentVersion: z.string().min(1).max(64),
  ackAt: z.iso.datetime({ offset: true }).optional(),
});

export type AcknowledgementEntry = z.infer<typeof acknowledgementEntrySchema>;

export const postAcknowledgementsSchema = z.union([
  z.object({ acknowledgements: z.array(acknowledgementEntrySchema).min(1).max(MAX_ACKNOWLEDGEMENTS_PER_REQUEST) }),
  acknowledgementEntrySchema,
]);

export interface PostAcknowledgementsAnswer {
  results: RecordedEntry[];
  /** present when some could not be written now; send those again with the same keys */
  failed?: FailedEntry[];
}

export interface InvalidAnswer {
  error: { code: string; message: string; requestId?: string };
  problems: RecordProblem[];
}

const requestOf = (entry: AcknowledgementEntry): RecordRequest => ({
  idempotencyKey: entry.idempotencyKey,
  subject: { checklistItemId: entry.checklistItemId, checklistId: entry.checklistId, actionId: entry.actionId, productGroup: entry.productGroup },
  decision: entry.decision,
  reason: entry.reason,
  context: {
    contextType: entry.contextType,
    contextRef: entry.contextRef,
    contextTitle: entry.contextTitle,
    ...(entry.documentVersion !== undefined ? { documentVersion: entry.documentVersion } : {}),
  },
  source: entry.source,
  contentVersion: entry.contentVersion,
  ...(entry.ackAt ? { at: new Date(entry.ackAt) } : {}),
});

/** the route; runs after requireCaller (src/server/api/caller.ts), which sets res.locals.caller */
export function postAcknowledgementsHandler(writer: Pick<AcknowledgementWriter, 'record'>): RequestHandler {
  return async (req, res, next) => {
    const requestId = res.getHeader('x-request-id');
    const parsed = postAcknowledgementsSchema.safeParse(req.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((issue) => ({ idempotencyKey: '', field: issue.path.join('.'), message: issue.message }));
      const answer: InvalidAnswer = {
        error: { code: 'invalidRequest', message: `The body is not a decision or a batch of decisions: ${problems.map((p) => `${p.field || 'body'} ${p.message}`).join('; ')}`, ...(requestId ? { requestId: String(requestId) } : {}) },
        problems,
      };
      res.status(400).json(answer);
      return;
    }
    const entries = 'acknowledgements' in parsed.data ? parsed.data.acknowledgements : [parsed.data];
    try {
      const result = await writer.record(res.locals.caller as Caller, entries.map(requestOf));
      if (!result.ok) {
        const answer: InvalidAnswer = {
          error: { code: 'invalidAcknowledgement', message: result.problems.map((p) => `${p.idempotencyKey}: ${p.field} ${p.message}`).join('; '), ...(requestId ? { requestId: String(requestId) } : {}) },
          problems: result.problems,
        };
        res.status(400).json(answer);
        return;
      }
      const answer: PostAcknowledgementsAnswer = { results: result.recorded };
      if (result.failed.length > 0) {
        answer.failed = result.failed;
        // 503 when a later try may succeed, so clients (and proxies) retry
        res.status(result.failed.every((f) => f.transient) ? 503 : 502);
      }
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

/** how the browser reaches the server's API: same origin by default, with a token for the app's API */
export interface ApiClient {
  getToken(): Promise<string>;
  /** '' (same origin) in the app; a server URL in tests */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** how long one request may take before the queue takes over; 30 s by default */
  timeoutMs?: number;
}

export function entryOf(ack: Acknowledgement): AcknowledgementEntry {
  const entry: AcknowledgementEntry = {
    idempotencyKey: ack.ackKey,
    decision: ack.decision,
    contextType: ack.contextType,
    contextRef: ack.contextRef,
    source: ack.source as AcknowledgementEntry['source'],
    contentVersion: ack.contentVersion,
    ackAt: ack.ackAt,
  };
  if (ack.checklistItemId) entry.checklistItemId = ack.checklistItemId;
  if (ack.checklistId) entry.checklistId = ack.checklistId;
  if (ack.actionId) entry.actionId = ack.actionId;
  if (ack.productGroup) entry.productGroup = ack.productGroup;
  if (ack.reason) entry.reason = ack.reason;
  if (ack.contextTitle) entry.contextTitle = ack.contextTitle;
  if (ack.documentVersion !== undefined) entry.documentVersion = ack.documentVersion;
  return entry;
}

const failure = (status: number, code: string, message: string) => ({ status, code, message, isTransient: status === 0 || status === 401 || status === 408 || status === 429 || status >= 500 });

/**
 * records acknowledgements through the server. The outcome and the errors speak of the client's
 * keys (each acknowledgement's ackKey is its idempotency key), as the offline queue expects:
 * InvalidAcknowledgementError for data the server refuses, AppendFailedError for what may pass later.
 */
export async function postAcknowledgements(client: ApiClient, acks: readonly Acknowledgement[]): Promise<AppendOutcome> {
  const outcome: AppendOutcome = { written: [], alreadyPresent: [] };
  if (acks.length === 0) return outcome;
  const keys = [...new Set(acks.map((a) => a.ackKey))];
  const allFailed = (status: number, code: string, message: string) =>
    new AppendFailedError(outcome, keys.map((ackKey) => ({ ackKey, error: failure(status, code, message) })));
  let response: Response;
  try {
    const token = await client.getToken();
    response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${POST_ACKNOWLEDGEMENTS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ acknowledgements: acks.map(entryOf) }),
      signal: AbortSignal.timeout(client.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw allFailed(0, 'noAnswer', error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const answer = body as Partial<PostAcknowledgementsAnswer & InvalidAnswer> | undefined;
  if (response.status === 400 && Array.isArray(answer?.problems)) {
    const named = answer.problems.filter((p) => p.idempotencyKey);
    // a problem with the request as a whole belongs to every decision in it
    const problems = named.length > 0 ? named.map((p) => ({ ackKey: p.idempotencyKey, field: p.field, message: p.message })) : keys.map((ackKey) => ({ ackKey, field: 'body', message: answer.error?.message ?? 'refused' }));
    throw new InvalidAcknowledgementError(problems);
  }
  for (const entry of answer?.results ?? []) (entry.status === 'written' ? outcome.written : outcome.alreadyPresent).push(entry.idempotencyKey);
  if (response.ok) return outcome;
  if (Array.isArray(answer?.failed) && answer.failed.length > 0) {
    throw new AppendFailedError(
      outcome,
      answer.failed.map((f) => ({ ackKey: f.idempotencyKey, error: { status: f.status, code: f.code, message: f.message, isTransient: f.transient } })),
    );
  }
  throw allFailed(response.status, answer?.error?.code ?? 'httpError', answer?.error?.message ?? `the server answered ${response.status}`);
}
