// The card a chat message to the bot is answered with: the bot answers no chat, so it says how
// the app is used instead, and opens the app.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { TAB_ENTITY_ID } from '../app-links';
import type { CardContext } from './card-context';
import { adaptiveCard, heading, paragraph } from './elements';

/** the app's start page: the tab through a Teams deep link when the app id is known */
function appHome(context: CardContext): string {
  const web = `${context.publicBaseUrl.replace(/\/+$/, '')}/`;
  if (!context.teamsAppId) return web;
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(context.teamsAppId)}/${TAB_ENTITY_ID}?webUrl=${encodeURIComponent(web)}`;
}

export function helpCard(context: CardContext): IAdaptiveCard {
  const { help } = context.strings;
  return adaptiveCard(`${help.heading}. ${help.intro}`, [heading(help.heading), paragraph(help.intro), paragraph(help.search), paragraph(help.checkMessage), paragraph(help.pasteLink)], {
    actions: [{ type: 'Action.OpenUrl', title: help.openApp, url: appHome(context) }],
  });
}
