// Recording a decision: one new acknowledgement (never an update), with a random key made here so
// that the queue and the list can retry it safely, stored through the offline queue.
import { useCallback } from 'react';
import { acknowledgementOf, type Acknowledgement } from '../../domain/acknowledgement';
import type { ContextType, Decision, ProductGroupId, Source } from '../../domain/taxonomy';
import { usePreferredTeam } from './preferred-team';
import type { QueuedOutcome } from '../../storage/ports';
import { useServices } from './services';

/** 32 hex characters from the browser's cryptographic random source */
export function newAckKey(random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID().replace(/-/g, '');
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface DecisionSubject {
  checklistItemId: string;
  checklistId: string;
  productGroup?: ProductGroupId;
  actionId?: string;
}

export interface DecisionContext {
  contextType: ContextType;
  contextRef: string;
  contextTitle?: string;
  /** the version of the document the decision is made on (the check page's documents) */
  documentVersion?: number;
}

export interface DecisionInput {
  decision: Decision;
  reason?: string;
}

export type SaveOutcome = { status: 'saved'; ack: Acknowledgement } | { status: 'queued'; ack: Acknowledgement };

export interface AcknowledgementDraft {
  subject: DecisionSubject;
  context: DecisionContext;
  input: DecisionInput;
  staffAadId: string;
  team?: string;
  contentVersion: string;
  appVersion: string;
  now?: Date;
  ackKey?: string;
  /** 'tab' unless said */
  source?: Extract<Source, 'tab' | 'meeting' | 'outlook'>;
}

/** the browser's draft of an acknowledgement: a random key of its own, the tab as source unless said */
export function buildAcknowledgement(draft: AcknowledgementDraft): Acknowledgement {
  return acknowledgementOf({
    ackKey: draft.ackKey ?? newAckKey(),
    subject: draft.subject,
    decision: draft.input.decision,
    reason: draft.input.reason,
    context: draft.context,
    source: draft.source ?? 'tab',
    staffAadId: draft.staffAadId,
    team: draft.team,
    contentVersion: draft.contentVersion,
    appVersion: draft.appVersion,
    at: draft.now ?? new Date(),
  });
}

export function outcomeOf(ack: Acknowledgement, result: QueuedOutcome): SaveOutcome {
  return result.queued.includes(ack.ackKey) ? { status: 'queued', ack } : { status: 'saved', ack };
}

/** records decisions as the signed-in person; `contentVersion` is the pack the decision was made on */
export function useRecordDecision(contentVersion: string): (subject: DecisionSubject, context: DecisionContext, input: DecisionInput) => Promise<SaveOutcome> {
  const { decisions, session, config } = useServices();
  const [team] = usePreferredTeam();
  return useCallback(
    async (subject, context, input) => {
      const ack = buildAcknowledgement({
        subject,
        context,
        input,
        staffAadId: session.user.id,
        team,
        contentVersion,
        appVersion: config.appVersion,
      });
      return outcomeOf(ack, await decisions.append([ack]));
    },
    [decisions, session, team, config.appVersion, contentVersion],
  );
}
