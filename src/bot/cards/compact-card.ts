// The small card a search result carries: what the criterion or action is and a link into the
// app. Teams replaces it with the full card (with decision buttons) when the result is chosen
// (composeExtension/selectItem); a client that does not ask inserts this one.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { tabLink, type AppLinkTarget } from '../app-links';
import type { CardContext } from './card-context';
import { adaptiveCard, heading, paragraph } from './elements';

export function compactCard(context: CardContext, target: AppLinkTarget): IAdaptiveCard | undefined {
  const { language, strings, content } = context;
  const open = [{ type: 'Action.OpenUrl' as const, title: strings.openInApp, url: tabLink(context.publicBaseUrl, target, context.teamsAppId) }];
  if (target.kind === 'criterion') {
    const found = content.lookup.item(target.id);
    if (!found) return undefined;
    const { item, checklist } = found;
    const labels = TAXONOMY_LABELS[language];
    const group = checklist.productGroup ? content.groupLabel(checklist.productGroup, language) : checklist.title[language];
    return adaptiveCard(
      `${strings.criterionHeading}: ${item.text[language]}`,
      [
        heading(strings.criterionHeading),
        paragraph({ text: item.text[language], bold: true }),
        paragraph({ text: `${group} · ${labels.criterionKind[item.kind]} · ${labels.ambition[item.ambition]}`, subtle: true, size: 'Small' }),
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
