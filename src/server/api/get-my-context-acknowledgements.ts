// GET /api/acknowledgements/mine/context?contextRef=…: the caller's own decisions in one context (a
// document, a meeting…), oldest first, for the pages that show what the person chose there before.
// The server reads the context's rows with the app's identity and keeps the caller's only: staff
// have no rights on the list (`lists lock`), and nobody reads another person's decisions here. The
// context is its ref alone, as the list is filtered: a document's type follows the text's detected
// type and may change between visits, and filtering on it would hide the person's earlier choices.
// Handler, query schema and the browser's call side by side; bundled into the browser, so node-only
// code is types only.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { ACKNOWLEDGEMENT_LIMITS, type Acknowledgement } from '../../domain/acknowledgement';
import type { AcknowledgementStore } from '../../storage/ports';
import { apiRequestError } from './api-request-error';
import type { Caller } from './caller';
import type { ApiClient } from './post-acknowledgements';

export const MY_CONTEXT_ACKNOWLEDGEMENTS_PATH = '/api/acknowledgements/mine/context';

export const myContextAcknowledgementsQuery = z.strictObject({ contextRef: z.string().trim().min(1).max(ACKNOWLEDGEMENT_LIMITS.contextRefMax) });

export interface MyContextAcknowledgements {
  value: Acknowledgement[];
}

/** the route; runs after requireCaller, which sets res.locals.caller */
export function getMyContextAcknowledgementsHandler(store: Pick<AcknowledgementStore, 'forContext'>): RequestHandler {
  return async (req, res, next) => {
    const parsed = myContextAcknowledgementsQuery.safeParse(req.query);
    if (!parsed.success) {
      const requestId = res.getHeader('x-request-id');
      res.status(400).json({
        error: { code: 'invalidRequest', message: `contextRef must be given once, 1 to ${ACKNOWLEDGEMENT_LIMITS.contextRefMax} characters`, ...(requestId ? { requestId: String(requestId) } : {}) },
      });
      return;
    }
    try {
      const caller = res.locals.caller as Caller;
      const own = (await store.forContext(parsed.data.contextRef)).filter((a) => a.staffAadId === caller.personId);
      const answer: MyContextAcknowledgements = { value: own.sort((a, b) => (a.ackAt < b.ackAt ? -1 : a.ackAt > b.ackAt ? 1 : 0)) };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

/** the signed-in person's own decisions in one context, oldest first */
export async function fetchMyContextAcknowledgements(client: ApiClient, contextRef: string): Promise<Acknowledgement[]> {
  const response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${MY_CONTEXT_ACKNOWLEDGEMENTS_PATH}?${new URLSearchParams({ contextRef })}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${await client.getToken()}` },
    cache: 'no-store',
  });
  const body = (await response.json().catch(() => undefined)) as (MyContextAcknowledgements & { error?: { code?: string; message?: string } }) | undefined;
  if (!response.ok || !body || !Array.isArray(body.value)) throw apiRequestError(response.status, body);
  return body.value;
}
