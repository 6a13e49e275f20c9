// GET /api/meeting-criteria?meetingId=…: the criteria attached to a meeting, for its pages and the
// Outlook pane, read by the server (staff need no rights on the list). Anyone signed in who knows
// the meeting's id may read them, as everyone in the meeting sees them. Handler and the browser's
// call side by side; bundled into the browser, so node-only code is imported as types only.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { ACKNOWLEDGEMENT_LIMITS } from '../../domain/acknowledgement';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import type { MeetingCriteriaStore } from '../../storage/ports';
import { apiRequestError } from './api-request-error';
import type { ApiClient } from './post-acknowledgements';
import { MEETING_CRITERIA_PATH } from './post-meeting-criteria';

export const meetingCriteriaQuery = z.strictObject({ meetingId: z.string().trim().min(1).max(ACKNOWLEDGEMENT_LIMITS.contextRefMax) });

export interface MeetingCriteriaAnswer {
  /** null when nothing is attached to the meeting yet */
  criteria: MeetingCriteria | null;
}

/** the route; runs after requireCaller */
export function getMeetingCriteriaHandler(store: Pick<MeetingCriteriaStore, 'get'>): RequestHandler {
  return async (req, res, next) => {
    const parsed = meetingCriteriaQuery.safeParse(req.query);
    if (!parsed.success) {
      const requestId = res.getHeader('x-request-id');
      res.status(400).json({ error: { code: 'invalidRequest', message: `meetingId must be given once, 1 to ${ACKNOWLEDGEMENT_LIMITS.contextRefMax} characters`, ...(requestId ? { requestId: String(requestId) } : {}) } });
      return;
    }
    try {
      const answer: MeetingCriteriaAnswer = { criteria: (await store.get(parsed.data.meetingId)) ?? null };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

/** the meeting's attached criteria, or undefined when there are none */
export async function fetchMeetingCriteria(client: ApiClient, meetingId: string): Promise<MeetingCriteria | undefined> {
  const response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${MEETING_CRITERIA_PATH}?${new URLSearchParams({ meetingId })}`, {
    headers: { accept: 'application/json', authorization: `Bearer ${await client.getToken()}` },
    cache: 'no-store',
  });
  const answer = (await response.json().catch(() => undefined)) as (MeetingCriteriaAnswer & { error?: { code?: string; message?: string } }) | undefined;
  if (!response.ok || !answer || !('criteria' in answer)) throw apiRequestError(response.status, answer);
  return answer.criteria ?? undefined;
}
