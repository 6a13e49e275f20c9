// The action command on a message: checks the message's text (with the words the user may add in
// the command's optional `extraText` field) and answers with a card of the product groups found
// and their top criteria, inserted into the compose box so the conversation can see and decide;
// or a short "no circular criteria found".
import { z } from 'zod';
import { messageContextRef } from '../context-ref';
import { textOfMessageBody } from '../text/message-text';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, taskMessage, type ActionAnswer } from './responses';
import { checkedTextCard, titleOfText } from './text-check';

const MAX_EXTRA_TEXT_CHARS = 2000;

const actionValue = z.object({
  commandId: z.string().optional(),
  data: z.object({ extraText: z.string().optional() }).optional(),
  messagePayload: z
    .object({
      id: z.string().max(200).optional(),
      subject: z.string().max(1000).nullish(),
      body: z.object({ content: z.string().optional(), contentType: z.string().optional() }).optional(),
    })
    .optional(),
});

/** the result card of a checked message, or a message saying why there is none */
export async function checkMessage(env: BotEnvironment, activity: InboundActivity, answerAs: 'insert' | 'dialog' = 'insert'): Promise<ActionAnswer> {
  const context = cardContextFor(env, activity);
  const parsed = actionValue.safeParse(activity.value);
  const payload = parsed.success ? parsed.data.messagePayload : undefined;
  const extra = parsed.success ? (parsed.data.data?.extraText ?? '').slice(0, MAX_EXTRA_TEXT_CHARS).trim() : '';
  const text = [textOfMessageBody(payload?.body?.content ?? '', payload?.body?.contentType), extra].filter(Boolean).join('\n');
  if (!text) return taskMessage(context.strings.emptyMessage);

  const contextRef = payload?.id ? messageContextRef(activity.conversation.id, payload.id) : undefined;
  // the message's subject names what the decisions are about, else its first line
  const checked = await checkedTextCard(env, context, text, 'message', contextRef, titleOfText(text, payload?.subject ?? undefined));
  if (!('card' in checked)) return taskMessage(checked.message);
  const { card } = checked;
  if (answerAs === 'dialog') {
    return { task: { type: 'continue', value: { title: context.strings.messageCheckHeading, card: cardAttachment(card), height: 'medium', width: 'medium' } } };
  }
  return resultList([cardAttachment(card)]);
}
