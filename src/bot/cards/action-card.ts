// The card of one programme action: what the programme does, in which phase and theme, who owns
// it and how progress is measured, with a link into the app and the choice to record.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { tabLink } from '../app-links';
import type { CardState } from '../card-state';
import type { CardContext, CardExtras } from './card-context';
import { decisionChoice, noticeBlock, othersBlock, ownChoiceLine, refreshDefinition } from './decision-panel';
import { adaptiveCard, fieldLine, heading, paragraph } from './elements';

export function actionCard(context: CardContext, state: CardState, actionId: string, extras: CardExtras = {}): IAdaptiveCard | undefined {
  const action = context.content.lookup.action(actionId);
  if (!action) return undefined;
  const { language, strings } = context;
  const { programme } = context.content.pack;
  const phase = programme.phases.find((p) => p.id === action.phase)?.label[language] ?? action.phase;
  const theme = programme.themes.find((t) => t.id === action.theme)?.label[language] ?? action.theme;
  const owner = context.content.lookup.teamLabel(action.ownerTeam)?.[language] ?? action.ownerTeam;
  const groups = action.productGroups.map((g) => context.content.groupLabel(g, language)).join(', ');
  const title = action.title[language];
  return adaptiveCard(
    `${strings.actionHeading}: ${title}`,
    [
      heading(strings.actionHeading),
      paragraph({ text: title, bold: true, size: 'Medium' }),
      paragraph(action.description[language]),
      fieldLine(strings.facts.phase, phase),
      fieldLine(strings.facts.theme, theme),
      fieldLine(strings.facts.ownerTeam, owner),
      fieldLine(strings.facts.indicator, action.indicator[language]),
      ...(groups ? [fieldLine(strings.facts.productGroup, groups)] : []),
      ...noticeBlock(extras.notice),
      ...ownChoiceLine(context, extras.ownChoices, action.id),
      ...othersBlock(context, extras.othersWhoChose),
      ...decisionChoice(context, state, { kind: 'action', id: action.id }),
    ],
    {
      actions: [{ type: 'Action.OpenUrl', title: strings.openInApp, url: tabLink(context.publicBaseUrl, { kind: 'action', id: action.id }, context.teamsAppId) }],
      refresh: refreshDefinition(state, extras.refreshUserIds),
    },
  );
}
