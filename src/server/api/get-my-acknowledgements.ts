// GET /api/acknowledgements/mine: the caller's own decisions, newest first, a page at a time.
// Nobody reads another person's decisions here: the person is the caller. Handler, query schema
// and the browser's call side by side; bundled into the browser, so node-only code is types only.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { AcknowledgementStore } from '../../storage/ports';
import type { Caller } from './caller';
import type { ApiClient } from './post-acknowledgements';
import { apiRequestError } from './api-request-error';

export const MY_ACKNOWLEDGEMENTS_PATH = '/api/acknowledgements/mine';
export const MY_PAGE_DEFAULT = 100;
export const MY_PAGE_MAX = 5000;

export const myAcknowledgementsQuery = z.object({
  top: z.coerce.number().int().min(1).max(MY_PAGE_MAX).default(MY_PAGE_DEFAULT),
  /** where the last page ended, as the server gave it */
  cursor: z.string().max(200).optional(),
});

export interface MyAcknowledgementsPage {
  value: Acknowledgement[];
  /** absent on the last page */
  nextCursor?: string;
}

/** newest first; the key breaks ties so a page boundary never skips or repeats a row */
const newestFirst = (a: Acknowledgement, b: Acknowledgement): number =>
  a.ackAt === b.ackAt ? (a.ackKey < b.ackKey ? 1 : a.ackKey > b.ackKey ? -1 : 0) : a.ackAt < b.ackAt ? 1 : -1;

const encodeCursor = (ack: Acknowledgement): string => `${ack.ackAt}|${ack.ackKey}`;

function decodeCursor(cursor: string): { ackAt: string; ackKey: string } | undefined {
  const [ackAt, ackKey, ...rest] = cursor.split('|');
  if (!ackAt || !ackKey || rest.length > 0 || Number.isNaN(Date.parse(ackAt))) return undefined;
  return { ackAt, ackKey };
}

/** one page of `acks` (any order) after `cursor` */
export function pageOf(acks: readonly Acknowledgement[], top: number, cursor?: { ackAt: string; ackKey: string }): MyAcknowledgementsPage {
  const sorted = [...acks].sort(newestFirst);
  const start = cursor ? sorted.findIndex((a) => newestFirst(a, { ...a, ackAt: cursor.ackAt, ackKey: cursor.ackKey }) > 0) : 0;
  const from = start === -1 ? sorted.length : start;
  const value = sorted.slice(from, from + top);
  const last = value[value.length - 1];
  return from + top < sorted.length && last ? { value, nextCursor: encodeCursor(last) } : { value };
}

/** the route; runs after requireCaller, which sets res.locals.caller */
export function getMyAcknowledgementsHandler(store: Pick<AcknowledgementStore, 'forStaff'>): RequestHandler {
  return async (req, res, next) => {
    const parsed = myAcknowledgementsQuery.safeParse(req.query);
    const cursor = parsed.success && parsed.data.cursor !== undefined ? decodeCursor(parsed.data.cursor) : undefined;
    if (!parsed.success || (parsed.data.cursor !== undefined && !cursor)) {
      const requestId = res.getHeader('x-request-id');
      res.status(400).json({
        error: {
          code: 'invalidRequest',
          message: `top must be a whole number from 1 to ${MY_PAGE_MAX}, and cursor the nextCursor of an earlier page`,
          ...(requestId ? { requestId: String(requestId) } : {}),
        },
      });
      return;
    }
    try {
      const caller = res.locals.caller as Caller;
      res.setHeader('Cache-Control', 'no-store');
      res.json(pageOf(await store.forStaff(caller.personId), parsed.data.top, cursor));
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

/** one page of the signed-in person's decisions */
export async function fetchMyAcknowledgements(client: ApiClient, options: { top?: number; cursor?: string } = {}): Promise<MyAcknowledgementsPage> {
  const query = new URLSearchParams();
  if (options.top !== undefined) query.set('top', String(options.top));
  if (options.cursor !== undefined) query.set('cursor', options.cursor);
  const response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${MY_ACKNOWLEDGEMENTS_PATH}${query.size > 0 ? `?${query}` : ''}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${await client.getToken()}` },
  });
  const body = (await response.json().catch(() => undefined)) as (MyAcknowledgementsPage & { error?: { code?: string; message?: string } }) | undefined;
  if (!response.ok || !body || !Array.isArray(body.value)) throw apiRequestError(response.status, body);
  return body;
}

/** every decision of the signed-in person, newest first */
export async function allMyAcknowledgements(client: ApiClient): Promise<Acknowledgement[]> {
  const all: Acknowledgement[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchMyAcknowledgements(client, { top: MY_PAGE_MAX, ...(cursor ? { cursor } : {}) });
    all.push(...page.value);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
