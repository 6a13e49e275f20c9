// Recording a decision: one new acknowledgement (never an update), with a random key made here so
// that the queue and the list can retry it safely, stored through the offline queue.
import { useCallback } from 'react';
import { MAX_TITLE, type Acknowledgement } from '../../domain/acknowledgement';
import { DECISIONS_WITH_REASON, type ContextType, type Decision, type ProductGroupId } from '../../domain/taxonomy';
import { usePreferredTeam } from './preferred-team';
import { useServices, type DecisionAppendResult } from './services';

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
}

export function buildAcknowledgement(draft: AcknowledgementDraft): Acknowledgement {
  const reason = draft.input.reason?.trim();
  const ack: Acknowledgement = {
    ackKey: draft.ackKey ?? newAckKey(),
    checklistItemId: draft.subject.checklistItemId,
    checklistId: draft.subject.checklistId,
    decision: draft.input.decision,
    contextType: draft.context.contextType,
    contextRef: draft.context.contextRef,
    source: 'tab',
    staffAadId: draft.staffAadId,
    contentVersion: draft.contentVersion,
    appVersion: draft.appVersion,
    ackAt: (draft.now ?? new Date()).toISOString(),
  };
  if (draft.subject.productGroup) ack.productGroup = draft.subject.productGroup;
  if (draft.subject.actionId) ack.actionId = draft.subject.actionId;
  // a reason is kept only where the decision asks for one
  if (reason && DECISIONS_WITH_REASON.has(draft.input.decision)) ack.reason = reason;
  const title = draft.context.contextTitle?.trim();
  if (title) ack.contextTitle = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
  if (draft.team) ack.team = draft.team;
  return ack;
}

export function outcomeOf(ack: Acknowledgement, result: DecisionAppendResult): SaveOutcome {
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
