// POST /api/meeting-criteria: attaches criteria to a meeting, as the caller. The server writes the
// Meeting criteria row and the `attached` acknowledgements (meeting-criteria-attacher.ts); a body's
// attachedBy, person, team or earlier criteria are not read. The first to attach owns the row: the
// owner's request replaces it, anyone else's adds to it, and one that would remove the owner's
// criteria is answered 403 criteriaOwnedByAnother (domain/meetings/attachment.ts). The
// acknowledgements' keys come from meeting, item and person, so sending the same request again is
// harmless. Handler, input schema and the browser's call side by side; bundled into the browser,
// so node-only code is imported as types only.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { ACKNOWLEDGEMENT_LIMITS } from '../../domain/acknowledgement';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { apiRequestError } from './api-request-error';
import type { Caller } from './caller';
import type { MeetingCriteriaAttacher } from './meeting-criteria-attacher';
import type { ApiClient } from './post-acknowledgements';

export const MEETING_CRITERIA_PATH = '/api/meeting-criteria';
/** more criteria than any checklist holds on one agenda */
export const MAX_CRITERIA_PER_MEETING = 200;

/** what a meeting page or the Outlook pane sends; unknown fields are dropped */
export const postMeetingCriteriaSchema = z.object({
  meetingId: z.string().trim().min(1).max(ACKNOWLEDGEMENT_LIMITS.contextRefMax),
  // shortened by the builder, so only absurd lengths are refused
  subject: z.string().max(4 * ACKNOWLEDGEMENT_LIMITS.titleMax).default(''),
  start: z.iso.datetime({ offset: true }).optional(),
  checklistItemIds: z.array(z.string().min(1).max(ACKNOWLEDGEMENT_LIMITS.titleMax)).min(1, { error: 'choose at least one criterion' }).max(MAX_CRITERIA_PER_MEETING),
  source: z.enum(['meeting', 'outlook']),
  contentVersion: z.string().min(1).max(64),
});

export type PostMeetingCriteriaBody = z.input<typeof postMeetingCriteriaSchema>;

export interface PostMeetingCriteriaAnswer {
  criteria: MeetingCriteria;
  /** the `attached` acknowledgements of criteria new to the meeting */
  acknowledged: { written: number; alreadyPresent: number };
}

const problem = (res: { getHeader(name: string): unknown }, code: string, message: string) => {
  const requestId = res.getHeader('x-request-id');
  return { error: { code, message, ...(requestId ? { requestId: String(requestId) } : {}) } };
};

/** the route; runs after requireCaller (caller.ts), which sets res.locals.caller */
export function postMeetingCriteriaHandler(attacher: Pick<MeetingCriteriaAttacher, 'attach'>): RequestHandler {
  return async (req, res, next) => {
    const parsed = postMeetingCriteriaSchema.safeParse(req.body);
    if (!parsed.success) {
      const reasons = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || 'body'} ${issue.message}`);
      res.status(400).json(problem(res, 'invalidRequest', `The body is not an attachment of criteria to a meeting: ${reasons.join('; ')}`));
      return;
    }
    try {
      const result = await attacher.attach(res.locals.caller as Caller, parsed.data);
      if (result.outcome === 'invalid') {
        res.status(400).json(problem(res, 'invalidAttachment', result.message));
        return;
      }
      if (result.outcome === 'refused') {
        res.status(403).json(problem(res, result.code, result.message));
        return;
      }
      if (result.outcome === 'notNow') {
        // 503 when a later try may succeed, so the page (or a proxy) tries again
        res.status(result.transient ? 503 : 502).json({ ...problem(res, result.code, result.message), ...(result.failed ? { failed: result.failed } : {}) });
        return;
      }
      const answer: PostMeetingCriteriaAnswer = { criteria: result.criteria, acknowledged: result.acknowledged };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

/** attaches the criteria through the server; throws ApiRequestError when it says no */
export async function postMeetingCriteria(client: ApiClient, body: PostMeetingCriteriaBody): Promise<PostMeetingCriteriaAnswer> {
  const response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${MEETING_CRITERIA_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${await client.getToken()}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(client.timeoutMs ?? 30_000),
  });
  const answer = (await response.json().catch(() => undefined)) as (PostMeetingCriteriaAnswer & { error?: { code?: string; message?: string } }) | undefined;
  if (!response.ok || !answer?.criteria) throw apiRequestError(response.status, answer);
  return answer;
}
