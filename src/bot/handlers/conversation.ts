// Activities that carry no invoke: a short welcome when the app is installed, a help card when
// someone writes to the bot (it answers no chat). Both go out as new messages, so the handlers
// say what to send and index.ts sends it, only where a token vouched for the service URL.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { helpCard } from '../cards/help-card';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/elements';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';

export interface OutgoingMessage {
  type: 'message';
  text?: string;
  attachments?: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: IAdaptiveCard }[];
}

export function welcomeMessage(env: BotEnvironment, activity: Pick<InboundActivity, 'locale'>): OutgoingMessage {
  return { type: 'message', text: cardContextFor(env, activity).strings.welcome };
}

export function helpMessage(env: BotEnvironment, activity: Pick<InboundActivity, 'locale'>): OutgoingMessage {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: helpCard(cardContextFor(env, activity)) }] };
}
