// The card of a checked text, for the action on a message and the one from the compose box: the
// matcher's product groups, the words that pointed to each (as they stand in the text) and each
// group's top criteria. Silence stays silence: a text with no product group gives no card.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { MatchResult } from '../../domain/matcher';
import { contextTypeFor } from '../../domain/taxonomy';
import { CARD_LIMITS, type CardState, type CheckedGroup } from '../card-state';
import type { CardContext } from '../cards/card-context';
import { checkCard } from '../cards/check-card';
import { MatchUnavailable } from '../text-matcher';
import { shortened } from '../text/card-text';
import type { BotEnvironment } from './environment';

/** longer texts are checked on their first part: a message or draft of this size is already a document */
export const MAX_CHECKED_CHARS = 200_000;
const EVIDENCE_WORDS = 4;
const EVIDENCE_CHARS = 40;

function groupsOf(result: MatchResult, text: string): CheckedGroup[] {
  return result.productGroups.slice(0, CARD_LIMITS.groups).map((group) => {
    const evidence: string[] = [];
    const seen = new Set<string>();
    for (const e of group.evidence) {
      const words = shortened(text.slice(e.start, e.end), EVIDENCE_CHARS);
      const key = words.toLowerCase();
      if (!words || seen.has(key)) continue;
      seen.add(key);
      evidence.push(words);
      if (evidence.length === EVIDENCE_WORDS) break;
    }
    const itemIds = result.checklistItems
      .filter((i) => i.productGroup === group.id)
      .slice(0, CARD_LIMITS.itemsPerGroup)
      .map((i) => i.id);
    return { id: group.id, evidence, itemIds };
  });
}

/** what a checked text is called: the subject it was given, else its first line */
export function titleOfText(text: string, subject?: string): string {
  const given = subject?.trim();
  if (given) return given;
  return text.trim().split('\n', 1)[0]?.trim() ?? '';
}

/**
 * the card of a checked text (a message, or a draft from the compose box) with a new card instance
 * id; otherwise the message to show: no product group named, or no answer from the matcher in
 * time. Decisions are about `contextRef` when given, otherwise about the message the card is sent in.
 */
export async function checkedTextCard(
  env: BotEnvironment,
  context: CardContext,
  text: string,
  origin: 'message' | 'draft',
  contextRef?: string,
  contextTitle?: string,
): Promise<{ card: IAdaptiveCard } | { message: string }> {
  const checked = text.slice(0, MAX_CHECKED_CHARS);
  let result: MatchResult;
  try {
    result = await env.match(checked, { defaultDocumentType: 'message' });
  } catch (error) {
    if (!(error instanceof MatchUnavailable)) throw error;
    env.log({ level: 'warn', msg: 'text not checked', reason: error.reason, chars: checked.length });
    return { message: error.reason === 'timeout' ? context.strings.checkTimedOut : context.strings.checkBusy };
  }
  const groups = groupsOf(result, checked);
  if (groups.length === 0) return { message: context.strings.noCriteriaFound };
  const state: CardState = {
    cardId: env.newCardId(),
    contextType: contextTypeFor(result.documentType),
    subject: { kind: 'check', origin, documentType: result.documentType, groups },
  };
  if (contextRef) state.contextRef = contextRef;
  const title = contextTitle ? shortened(contextTitle, CARD_LIMITS.contextTitleChars) : '';
  if (title) state.contextTitle = title;
  const card = checkCard(context, state);
  return card ? { card } : { message: context.strings.noCriteriaFound };
}
