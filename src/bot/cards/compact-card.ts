// The small card a search result carries: what the criterion or action is and a link into the
// app. Teams replaces it with the full card (with the choice to record) when the result is chosen
// (composeExtension/selectItem); a client that does not ask inserts this one.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { tabLink, type AppLinkTarget } from '../app-links';
import type { CardContext } from './card-context';
import { adaptiveCard, heading, paragraph } from './elements';
import { criterionSummary } from './preview';

export function compactCard(context: CardContext, target: AppLinkTarget): IAdaptiveCard | undefined {
  const { language, strings, content } = context;
  const open = [{ type: 'Action.OpenUrl' as const, title: strings.openInApp, url: tabLink(context.publicBaseUrl, target, context.teamsAppId) }];
  if (target.kind === 'criterion') {
    const found = content.lookup.item(target.id);
    if (!found) return undefined;
    const { item, checklist } = found;
    return adaptiveCard(
      `${strings.criterionHeading}: ${item.text[language]}`,
      [
        heading(strings.criterionHeading),
        paragraph({ text: item.text[language], bold: true }),
        paragraph({ text: criterionSummary(context, item, checklist), subtle: true, size: 'Small' }),
      ],
      { actions: open },
    );
  }
  const action = content.lookup.action(target.id);
  if (!action) return undefined;
  return adaptiveCard(
    `${strings.actionHeading}: ${action.title[language]}`,
    [heading(strings.actionHeading), paragraph({ text: action.title[language], bold: true }), paragraph(action.description[language])],
    { actions: open },
  );
}
