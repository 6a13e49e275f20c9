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

/** one person's latest decision on one item or action of a card */
export interface DecisionView {
  /** a display name, or the localised "a colleague" */
  who: string;
  targetId: string;
  decision: Decision;
  reason?: string;
}

export interface Notice {
  tone: 'good' | 'attention';
  text: string;
}

/** what a card shows besides its content */
export interface CardExtras {
  decisions?: readonly DecisionView[];
  notice?: Notice;
  /** Teams user ids whose view of the card refreshes itself */
  refreshUserIds?: readonly string[];
}
