// The card of one checklist item (a circular criterion): what it asks, how ambitious it is, where
// it comes from, the guidance, a link into the app, and the choice to record.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { sourceLine } from '../../domain/content/criterion-source';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { tabLink } from '../app-links';
import type { CardState } from '../card-state';
import type { CardContext, CardExtras } from './card-context';
import { decisionChoice, noticeBlock, othersBlock, ownChoiceLine, refreshDefinition } from './decision-panel';
import { adaptiveCard, fieldLine, heading, label, paragraph } from './elements';

export function criterionCard(context: CardContext, state: CardState, itemId: string, extras: CardExtras = {}): IAdaptiveCard | undefined {
  const found = context.content.lookup.item(itemId);
  if (!found) return undefined;
  const { item, checklist } = found;
  const { language, strings } = context;
  const labels = TAXONOMY_LABELS[language];
  const text = item.text[language];
  return adaptiveCard(
    `${strings.criterionHeading}: ${text}`,
    [
      heading(strings.criterionHeading),
      paragraph({ text, bold: true, size: 'Medium' }),
      fieldLine(strings.facts.scope, context.content.checklistLabel(checklist, language)),
      fieldLine(strings.facts.ambition, labels.ambition[item.ambition]),
      fieldLine(strings.facts.kind, labels.criterionKind[item.kind]),
      ...(item.rStrategy ? [fieldLine(strings.facts.rStrategy, labels.rStrategy[item.rStrategy])] : []),
      fieldLine(strings.facts.source, sourceLine(item.source, language)),
      label(strings.guidance),
      paragraph(item.guidance[language]),
      label(strings.verification),
      paragraph(item.verification[language]),
      ...noticeBlock(extras.notice),
      ...ownChoiceLine(context, extras.ownChoices, item.id),
      ...othersBlock(context, extras.othersWhoChose),
      ...decisionChoice(context, state, { kind: 'item', id: item.id }),
    ],
    {
      actions: [{ type: 'Action.OpenUrl', title: strings.openInApp, url: tabLink(context.publicBaseUrl, { kind: 'criterion', id: item.id }, context.teamsAppId) }],
      refresh: refreshDefinition(state, extras.refreshUserIds),
    },
  );
}
