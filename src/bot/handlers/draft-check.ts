// The action command from the compose box: opens the app's document check page as a dialog; what
// the page submits (`{ text, contextRef? }`) is checked here and the result card is inserted.
import { z } from 'zod';
import { contextTypeFor } from '../../domain/taxonomy';
import { draftCheckDialogUrl } from '../app-links';
import type { CardState } from '../card-state';
import { checkCard } from '../cards/check-card';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, taskMessage, type ActionAnswer, type TaskAnswer } from './responses';
import { checkText } from './text-check';

/** what the check page submits when it closes the dialog */
export const draftSubmission = z.object({
  text: z.string(),
  /** what the decisions are about (e.g. a document fingerprint); the card's message when absent */
  contextRef: z
    .string()
    .max(255)
    .regex(/^[\w:.\-/#@]+$/)
    .optional(),
});

export function openDraftCheck(env: BotEnvironment, activity: InboundActivity): TaskAnswer {
  const { strings } = cardContextFor(env, activity);
  const url = draftCheckDialogUrl(env.publicBaseUrl());
  return { task: { type: 'continue', value: { title: strings.draftDialogTitle, url, fallbackUrl: url, height: 'large', width: 'large' } } };
}

export function submitDraftCheck(env: BotEnvironment, activity: InboundActivity): ActionAnswer {
  const context = cardContextFor(env, activity);
  const data = z.object({ data: draftSubmission }).safeParse(activity.value);
  const text = data.success ? data.data.data.text.trim() : '';
  if (!data.success || !text) return taskMessage(context.strings.emptyMessage);

  const check = checkText(env.content, text);
  if (check.groups.length === 0) return taskMessage(context.strings.noCriteriaFound);
  const state: CardState = {
    cardId: env.newCardId(),
    contextType: contextTypeFor(check.documentType),
    subject: { kind: 'check', origin: 'draft', documentType: check.documentType, groups: check.groups },
  };
  if (data.data.data.contextRef) state.contextRef = data.data.data.contextRef;
  const card = checkCard(context, state);
  return card ? resultList([cardAttachment(card)]) : taskMessage(context.strings.noCriteriaFound);
}
