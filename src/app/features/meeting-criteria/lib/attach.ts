// Attaching criteria and deciding on them, as the signed-in person. Attaching goes to the server
// (POST /api/meeting-criteria), which saves the Meeting criteria row and the `attached`
// acknowledgements as the caller. Decisions in a meeting are filed against the meeting, with source
// 'meeting', through the offline queue.
import { useCallback } from 'react';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import type { Source } from '../../../../domain/taxonomy';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import { usePreferredTeam } from '../../../lib/preferred-team';
import { buildAcknowledgement, outcomeOf, type DecisionInput, type DecisionSubject, type SaveOutcome } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useMeetingCriteria } from './meeting-criteria-service';

/** the server kept the criteria someone else attached first: this person may add, not remove (403 criteriaOwnedByAnother) */
export class CriteriaKeptByOwnerError extends Error {
  override readonly name = 'CriteriaKeptByOwnerError';
  constructor(cause: ApiRequestError) {
    super(cause.message, { cause });
  }
}

export interface AttachRequest {
  meetingId: string;
  subject: string;
  start?: string;
  itemIds: readonly string[];
}

export interface AttachOutcome {
  /** the meeting's criteria as the server saved them */
  criteria: MeetingCriteria;
}

export function useAttachCriteria(source: Extract<Source, 'meeting' | 'outlook'>, contentVersion: string): (request: AttachRequest) => Promise<AttachOutcome> {
  const service = useMeetingCriteria();
  return useCallback(
    async (request) => {
      try {
        const answer = await service.attach({
          meetingId: request.meetingId,
          subject: request.subject,
          ...(request.start ? { start: request.start } : {}),
          checklistItemIds: [...request.itemIds],
          source,
          contentVersion,
        });
        return { criteria: answer.criteria };
      } catch (error) {
        // someone else attached first meanwhile: the chooser says so in the person's language
        if (error instanceof ApiRequestError && error.code === 'criteriaOwnedByAnother') throw new CriteriaKeptByOwnerError(error);
        throw error;
      }
    },
    [service, source, contentVersion],
  );
}

/** records a decision on an attached criterion against the meeting */
export function useMeetingDecision(meetingId: string, meetingTitle: string | undefined, contentVersion: string): (subject: DecisionSubject, input: DecisionInput) => Promise<SaveOutcome> {
  const { decisions, session, config } = useServices();
  const [team] = usePreferredTeam();
  return useCallback(
    async (subject, input) => {
      const ack = buildAcknowledgement({
        subject,
        context: { contextType: 'meeting', contextRef: meetingId, contextTitle: meetingTitle },
        input,
        source: 'meeting',
        staffAadId: session.user.id,
        team,
        contentVersion,
        appVersion: config.appVersion,
      });
      return outcomeOf(ack, await decisions.append([ack]));
    },
    [decisions, session, team, config.appVersion, contentVersion, meetingId, meetingTitle],
  );
}
