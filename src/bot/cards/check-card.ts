// The card of a checked text (a message, or a draft from the compose box): the product groups the
// matcher found, the words that pointed to each, and each group's top criteria with a "Choose"
// panel that opens in place.
import type { CardElement, IAdaptiveCard, IContainer } from '@microsoft/teams.cards';
import type { CardState, CheckedGroup } from '../card-state';
import type { CardContext, CardExtras } from './card-context';
import { criterionBlock } from './criterion-block';
import { noticeBlock, othersBlock, refreshDefinition } from './decision-panel';
import { adaptiveCard, container, heading, paragraph } from './elements';

function groupBlock(context: CardContext, state: CardState, group: CheckedGroup, extras: CardExtras): IContainer {
  const criteria = group.itemIds.map((id) => criterionBlock(context, state, id, extras)).filter((c): c is IContainer => c !== undefined);
  const items: CardElement[] = [paragraph({ text: context.content.groupLabel(group.id, context.language), bold: true, size: 'Medium' })];
  if (group.evidence.length > 0) items.push(paragraph({ text: context.strings.recognisedBy, subtle: true }, group.evidence.join(', ')));
  return { ...container([...items, ...criteria], undefined, 'Large'), separator: true };
}

export function checkCard(context: CardContext, state: CardState, extras: CardExtras = {}): IAdaptiveCard | undefined {
  const { subject } = state;
  if (subject.kind !== 'check') return undefined;
  const title = subject.origin === 'message' ? context.strings.messageCheckHeading : context.strings.draftCheckHeading;
  const groups = subject.groups.map((g) => context.content.groupLabel(g.id, context.language)).join(', ');
  return adaptiveCard(
    `${title}: ${groups}`,
    [heading(title), ...noticeBlock(extras.notice), ...othersBlock(context, extras.othersWhoChose), ...subject.groups.map((g) => groupBlock(context, state, g, extras))],
    { refresh: refreshDefinition(state, extras.refreshUserIds) },
  );
}
