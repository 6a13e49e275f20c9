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
  return pageOfSorted([...acks].sort(newestFirst), top, cursor);
}

function pageOfSorted(sorted: readonly Acknowledgement[], top: number, cursor?: { ackAt: string; ackKey: string }): MyAcknowledgementsPage {
  const start = cursor ? sorted.findIndex((a) => newestFirst(a, { ...a, ackAt: cursor.ackAt, ackKey: cursor.ackKey }) > 0) : 0;
  const from = start === -1 ? sorted.length : start;
  const value = sorted.slice(from, from + top);
  const last = value[value.length - 1];
  return from + top < sorted.length && last ? { value, nextCursor: encodeCursor(last) } : { value };
}

/** how long a person's read serves the next pages they ask for */
export const NEXT_PAGES_REUSE_MS = 60_000;
const REUSED_PERSONS_MAX = 50;

/**
 * a person's decisions, newest first, read once for the first page and reused for the pages after
 * it: a later page only holds decisions older than its cursor, which a new decision never is, so a
 * person paging through 10,000 decisions costs one read of the list instead of one per page
 */
export class MyDecisionsReads {
  private readonly reads = new Map<string, { at: number; sorted: Acknowledgement[] }>();

  constructor(
    private readonly store: Pick<AcknowledgementStore, 'forStaff'>,
    private readonly now: () => number = Date.now,
  ) {}

  async sorted(personId: string, nextPage: boolean): Promise<Acknowledgement[]> {
    const kept = this.reads.get(personId);
    if (nextPage && kept && this.now() - kept.at <= NEXT_PAGES_REUSE_MS) return kept.sorted;
    const sorted = [...(await this.store.forStaff(personId))].sort(newestFirst);
    this.reads.delete(personId);
    this.reads.set(personId, { at: this.now(), sorted });
    // the oldest read goes first when many people page at once
    if (this.reads.size > REUSED_PERSONS_MAX) this.reads.delete(this.reads.keys().next().value!);
    return sorted;
  }
}

/** the route; runs after requireCaller, which sets res.locals.caller */
export function getMyAcknowledgementsHandler(store: Pick<AcknowledgementStore, 'forStaff'>, reads = new MyDecisionsReads(store)): RequestHandler {
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
      res.json(pageOfSorted(await reads.sorted(caller.personId, cursor !== undefined), parsed.data.top, cursor));
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
