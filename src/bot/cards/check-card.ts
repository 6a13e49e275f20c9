// The card of a checked text (a message, or a draft from the compose box): the product groups the
// matcher found, the words that pointed to each, and each group's top criteria with a "Decide"
// panel that opens in place.
import type { CardElement, IAdaptiveCard, IContainer } from '@microsoft/teams.cards';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { tabLink } from '../app-links';
import type { CardState, CheckedGroup } from '../card-state';
import type { CardContext, CardExtras } from './card-context';
import { decisionChoice, decisionLines, noticeBlock, refreshDefinition } from './decision-panel';
import { adaptiveCard, container, heading, paragraph } from './elements';

function criterionBlock(context: CardContext, state: CardState, itemId: string, extras: CardExtras): IContainer | undefined {
  const found = context.content.lookup.item(itemId);
  if (!found) return undefined;
  const { item } = found;
  const labels = TAXONOMY_LABELS[context.language];
  return container(
    [
      paragraph(item.text[context.language]),
      paragraph({ text: `${labels.ambition[item.ambition]} · ${labels.criterionKind[item.kind]} · ${labels.rStrategy[item.rStrategy]}`, subtle: true, size: 'Small' }),
      // several criteria share one card: fewer lines each keep it within the size Teams accepts
      ...decisionLines(context, extras.decisions ?? [], new Set([item.id]), 5),
      {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.ShowCard',
            title: context.strings.decideButton,
            card: { type: 'AdaptiveCard', body: decisionChoice(context, state, { kind: 'item', id: item.id }) },
          },
          { type: 'Action.OpenUrl', title: context.strings.details, url: tabLink(context.publicBaseUrl, { kind: 'criterion', id: item.id }, context.teamsAppId) },
        ],
      },
    ],
    undefined,
    'Small',
  );
}

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
    [heading(title), ...noticeBlock(extras.notice), ...subject.groups.map((g) => groupBlock(context, state, g, extras))],
    { refresh: refreshDefinition(state, extras.refreshUserIds) },
  );
}
