// One criterion among several on a card (a checked text's, a meeting's): what it asks, its
// ambition, kind and R-strategy on one line, the person's own choice on it, and a "Choose" panel that
// opens in place next to a link to the criterion in the app.
import type { IContainer } from '@microsoft/teams.cards';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { tabLink } from '../app-links';
import type { CardState } from '../card-state';
import type { CardContext, CardExtras } from './card-context';
import { decisionChoice, ownChoiceLine } from './decision-panel';
import { container, paragraph } from './elements';

/** the block of one criterion; undefined when the content no longer has it */
export function criterionBlock(context: CardContext, state: CardState, itemId: string, extras: CardExtras): IContainer | undefined {
  const found = context.content.lookup.item(itemId);
  if (!found) return undefined;
  const { item } = found;
  const labels = TAXONOMY_LABELS[context.language];
  return container(
    [
      paragraph(item.text[context.language]),
      paragraph({ text: [labels.ambition[item.ambition], labels.criterionKind[item.kind], item.rStrategy && labels.rStrategy[item.rStrategy], item.source.kind === 'municipal-proposal' && labels.sourceKind[item.source.kind]].filter(Boolean).join(' · '), subtle: true, size: 'Small' }),
      ...ownChoiceLine(context, extras.ownChoices, item.id),
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
