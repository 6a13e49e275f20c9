// The search command: criteria and programme actions that match what someone types, as a result
// list with previews; each result carries the full card that is inserted when it is chosen. An
// empty query (or the initial run) shows a few starting points.
import { z } from 'zod';
import { searchContent } from '../../domain/search/search-content';
import type { AppLinkTarget } from '../app-links';
import type { CardState } from '../card-state';
import { subjectCard } from '../cards/subject-card';
import { targetPreview } from '../cards/preview';
import { COMMAND_IDS } from '../commands';
import type { BotContent } from '../content';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, type CardAttachment, type ResultList } from './responses';

const MAX_QUERY_CHARS = 200;
const DEFAULT_COUNT = 10;
const MAX_COUNT = 25;
const SUGGESTED_ITEMS = 6;
const SUGGESTED_ACTIONS = 2;

const queryValue = z.object({
  commandId: z.string().optional(),
  parameters: z.array(z.object({ name: z.string(), value: z.unknown() })).optional(),
  queryOptions: z.object({ skip: z.number().int().min(0).optional(), count: z.number().int().min(0).optional() }).optional(),
});

/** starting points: the first basic-ambition criterion of each product group, and early programme actions */
export function suggestedTargets(content: BotContent): AppLinkTarget[] {
  const items: AppLinkTarget[] = [];
  for (const checklist of content.pack.checklists) {
    if (!checklist.productGroup) continue;
    const first = checklist.items.find((i) => i.ambition === 'basis') ?? checklist.items[0];
    if (first) items.push({ kind: 'criterion', id: first.id });
    if (items.length === SUGGESTED_ITEMS) break;
  }
  const actions = content.pack.actions.filter((a) => a.phase === 'learn').slice(0, SUGGESTED_ACTIONS);
  return [...items, ...actions.map((a): AppLinkTarget => ({ kind: 'action', id: a.id }))];
}

export function searchCriteria(env: BotEnvironment, activity: InboundActivity): ResultList {
  const parsed = queryValue.safeParse(activity.value);
  if (!parsed.success || (parsed.data.commandId !== undefined && parsed.data.commandId !== COMMAND_IDS.search)) return resultList([]);
  const { parameters = [], queryOptions = {} } = parsed.data;
  const initialRun = parameters.some((p) => p.name === 'initialRun');
  const typed = parameters.find((p) => p.name !== 'initialRun' && typeof p.value === 'string')?.value as string | undefined;
  const query = initialRun ? '' : (typed ?? '').slice(0, MAX_QUERY_CHARS).trim();
  const skip = queryOptions.skip ?? 0;
  const count = Math.min(queryOptions.count || DEFAULT_COUNT, MAX_COUNT);

  const targets: AppLinkTarget[] =
    query === ''
      ? skip === 0
        ? suggestedTargets(env.content)
        : []
      : searchContent(env.content.search, query, skip + count)
          .slice(skip)
          .map((hit) => ({ kind: hit.kind === 'item' ? 'criterion' : 'action', id: hit.id }));

  const context = cardContextFor(env, activity);
  const attachments = targets
    .map((target): CardAttachment | undefined => {
      const state: CardState = {
        cardId: env.newCardId(),
        contextType: 'message',
        subject: target.kind === 'criterion' ? { kind: 'criterion', itemId: target.id } : { kind: 'action', actionId: target.id },
      };
      const card = subjectCard(context, state);
      const preview = targetPreview(context, target);
      return card && preview ? cardAttachment(card, preview) : undefined;
    })
    .filter((a): a is CardAttachment => a !== undefined);
  return resultList(attachments);
}
