// What every card builder needs: the language and its texts, the content, and where links go.
import type { Decision, Language } from '../../domain/taxonomy';
import type { BotContent } from '../content';
import type { BotStrings } from '../locales';

export interface CardContext {
  language: Language;
  strings: BotStrings;
  content: BotContent;
  publicBaseUrl: string;
  /** the Teams app id, for deep links into the tab */
  teamsAppId?: string;
}

/** the acting person's own latest choice on one item or action of a card */
export interface OwnChoice {
  targetId: string;
  decision: Decision;
  reason?: string;
}

export interface Notice {
  tone: 'good' | 'attention';
  text: string;
}

/**
 * what a card shows besides its content. A card's answer goes to the one person who clicked or
 * refreshed it, never to the whole chat, and still shows nobody's choices but theirs: of others
 * at most a count that names no one (docs/privacy.md, "What a card shows")
 */
export interface CardExtras {
  /** the acting person's own latest choices on the card's items and actions */
  ownChoices?: readonly OwnChoice[];
  /** how many other people recorded a choice in the card's context; only set at or above the privacy minimum */
  othersWhoChose?: number;
  notice?: Notice;
  /** Teams user ids whose view of the card refreshes itself */
  refreshUserIds?: readonly string[];
}
