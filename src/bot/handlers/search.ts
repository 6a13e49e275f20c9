// The search command: criteria and programme actions that match what someone types, as a result
// list with previews. A result carries a small card; choosing it in Teams asks for the full card
// (selectItem), made then with a card instance id of its own, so that two insertions of the same
// result never share decisions' idempotency keys. An empty query (or the initial run) shows a
// few starting points.
import { z } from 'zod';
import type { AppLinkTarget } from '../app-links';
import { contentId, targetCardState } from '../card-state';
import { compactCard } from '../cards/compact-card';
import { targetPreview } from '../cards/preview';
import { subjectCard } from '../cards/subject-card';
import { COMMAND_IDS } from '../commands';
import type { BotContent } from '../content';
import type { CardContext } from '../cards/card-context';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, type CardAttachment, type ResultList } from './responses';

const MAX_QUERY_CHARS = 200;
/** one page of results; Teams asks for the next page with `skip` as people scroll */
const PAGE_SIZE = 10;
const SUGGESTED_ITEMS = 6;
const SUGGESTED_ACTIONS = 2;

const queryValue = z.object({
  commandId: z.string().optional(),
  parameters: z.array(z.object({ name: z.string(), value: z.unknown() })).optional(),
  queryOptions: z.object({ skip: z.number().int().min(0).max(10_000).optional(), count: z.number().int().min(0).optional() }).optional(),
});

const selectValue = z.object({ selectItem: z.object({ kind: z.enum(['criterion', 'action']), id: contentId }) });

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

/**
 * a result's preview and small card depend only on the content, the language and where links go,
 * so each is made once and shared by every search that finds it
 */
const resultsMade = new WeakMap<BotContent, Map<string, CardAttachment | null>>();

function resultAttachment(env: BotEnvironment, context: CardContext, target: AppLinkTarget): CardAttachment | undefined {
  let made = resultsMade.get(env.content);
  if (!made) resultsMade.set(env.content, (made = new Map()));
  const key = `${context.language}\u001f${context.publicBaseUrl}\u001f${context.teamsAppId ?? ''}\u001f${target.kind}\u001f${target.id}`;
  let attachment = made.get(key);
  if (attachment === undefined) {
    const card = compactCard(context, target);
    const preview = targetPreview(context, target, true);
    attachment = card && preview ? cardAttachment(card, preview) : null;
    made.set(key, attachment);
  }
  return attachment ?? undefined;
}

export function searchCriteria(env: BotEnvironment, activity: InboundActivity): ResultList {
  const parsed = queryValue.safeParse(activity.value);
  if (!parsed.success || (parsed.data.commandId !== undefined && parsed.data.commandId !== COMMAND_IDS.search)) return resultList([]);
  const { parameters = [], queryOptions = {} } = parsed.data;
  const initialRun = parameters.some((p) => p.name === 'initialRun');
  const typed = parameters.find((p) => p.name !== 'initialRun' && typeof p.value === 'string')?.value as string | undefined;
  const query = initialRun ? '' : (typed ?? '').slice(0, MAX_QUERY_CHARS).trim();
  const skip = queryOptions.skip ?? 0;
  const count = Math.min(queryOptions.count || PAGE_SIZE, PAGE_SIZE);

  const targets: AppLinkTarget[] =
    query === ''
      ? skip === 0
        ? suggestedTargets(env.content)
        : []
      : env.content
          .search(query, skip + count)
          .slice(skip)
          .map((hit) => ({ kind: hit.kind === 'item' ? 'criterion' : 'action', id: hit.id }));

  const context = cardContextFor(env, activity);
  const attachments = targets.map((target) => resultAttachment(env, context, target)).filter((a): a is CardAttachment => a !== undefined);
  return resultList(attachments);
}

/** the full card of a chosen search result, with its choice and record button and a new card instance id */
export function selectSearchResult(env: BotEnvironment, activity: InboundActivity): ResultList {
  const parsed = selectValue.safeParse(activity.value);
  if (!parsed.success) return resultList([]);
  const target = parsed.data.selectItem;
  const context = cardContextFor(env, activity);
  const card = subjectCard(context, targetCardState(env.newCardId(), target));
  return card ? resultList([cardAttachment(card)]) : resultList([]);
}
