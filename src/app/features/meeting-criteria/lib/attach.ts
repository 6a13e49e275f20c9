// Attaching criteria and deciding on them, as the signed-in person: the Meeting criteria row first
// (nothing is acknowledged when it cannot be saved), then the `attached` acknowledgements through
// the offline queue. Decisions in a meeting are filed against the meeting, with source 'meeting'.
import { useCallback } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { attachmentOf } from '../../../../domain/meetings/attachment';
import type { Source } from '../../../../domain/taxonomy';
import { usePreferredTeam } from '../../../lib/preferred-team';
import { buildAcknowledgement, outcomeOf, type DecisionInput, type DecisionSubject, type SaveOutcome } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useMeetingCriteriaStore } from './meeting-criteria-store';

export interface AttachRequest {
  meetingId: string;
  subject: string;
  start?: string;
  itemIds: readonly string[];
  previous?: MeetingCriteria;
}

export interface AttachOutcome {
  criteria: MeetingCriteria;
  /** acknowledgements stored in this browser, waiting for the list */
  queued: number;
}

export function useAttachCriteria(source: Extract<Source, 'meeting' | 'outlook'>, lookup: ContentLookup, contentVersion: string): (request: AttachRequest) => Promise<AttachOutcome> {
  const store = useMeetingCriteriaStore();
  const { decisions, session, config } = useServices();
  const [team] = usePreferredTeam();
  return useCallback(
    async (request) => {
      const { criteria, acknowledgements } = attachmentOf(
        {
          meetingId: request.meetingId,
          subject: request.subject,
          start: request.start,
          checklistItemIds: request.itemIds,
          staffAadId: session.user.id,
          source,
          previous: request.previous,
          team,
          contentVersion,
          appVersion: config.appVersion,
          now: new Date(),
        },
        lookup,
      );
      await store.save(criteria);
      const result = acknowledgements.length > 0 ? await decisions.append(acknowledgements) : { queued: [] };
      return { criteria, queued: result.queued.length };
    },
    [store, decisions, session, config.appVersion, team, source, lookup, contentVersion],
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
