// Link unfurling: a link to a criterion or an action in this app becomes that criterion's or
// action's card. Other links get no card.
import { z } from 'zod';
import { parseAppLink } from '../app-links';
import type { CardState } from '../card-state';
import { targetPreview } from '../cards/preview';
import { subjectCard } from '../cards/subject-card';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, type ResultList } from './responses';

const linkValue = z.object({ url: z.string().max(2048) });

export function unfurlLink(env: BotEnvironment, activity: InboundActivity): ResultList {
  const parsed = linkValue.safeParse(activity.value);
  const target = parsed.success ? parseAppLink(env.publicBaseUrl(), parsed.data.url) : undefined;
  if (!target) return resultList([]);
  const context = cardContextFor(env, activity);
  const state: CardState = {
    cardId: env.newCardId(),
    contextType: 'message',
    subject: target.kind === 'criterion' ? { kind: 'criterion', itemId: target.id } : { kind: 'action', actionId: target.id },
  };
  const card = subjectCard(context, state);
  const preview = targetPreview(context, target);
  return card && preview ? resultList([cardAttachment(card, preview)]) : resultList([]);
}
