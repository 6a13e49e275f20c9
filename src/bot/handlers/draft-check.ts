// The action command from the compose box: opens the app's document check page as a dialog; what
// the page submits (`{ text, contextRef? }`) is checked here and the result card is inserted.
import { z } from 'zod';
import { draftCheckDialogUrl } from '../app-links';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, taskMessage, type ActionAnswer, type TaskAnswer } from './responses';
import { checkedTextCard, titleOfText } from './text-check';

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

export async function submitDraftCheck(env: BotEnvironment, activity: InboundActivity): Promise<ActionAnswer> {
  const context = cardContextFor(env, activity);
  const data = z.object({ data: draftSubmission }).safeParse(activity.value);
  const text = data.success ? data.data.data.text.trim() : '';
  if (!data.success || !text) return taskMessage(context.strings.emptyDraft);

  const checked = await checkedTextCard(env, context, text, 'draft', data.data.data.contextRef, titleOfText(text));
  return 'card' in checked ? resultList([cardAttachment(checked.card)]) : taskMessage(checked.message);
}
