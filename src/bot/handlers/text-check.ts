// Running the matcher on a text for a card: the product groups found, the words that pointed to
// each (as they stand in the text) and each group's top criteria. Silence stays silence: a text
// with no product group gives no groups.
import { matchDocument, type MatchResult } from '../../domain/matcher';
import type { DocumentType } from '../../domain/taxonomy';
import { CARD_LIMITS, type CheckedGroup } from '../card-state';
import type { BotContent } from '../content';
import { shortened } from '../text/card-text';

/** longer texts are checked on their first part: a message or draft of this size is already a document */
export const MAX_CHECKED_CHARS = 200_000;
const EVIDENCE_WORDS = 4;
const EVIDENCE_CHARS = 40;

export interface TextCheck {
  documentType: DocumentType;
  groups: CheckedGroup[];
}

export function groupsOf(result: MatchResult, text: string): CheckedGroup[] {
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

export function checkText(content: BotContent, text: string): TextCheck {
  const checked = text.slice(0, MAX_CHECKED_CHARS);
  const result = matchDocument(content.matcher, checked, { defaultDocumentType: 'message' });
  return { documentType: result.documentType, groups: groupsOf(result, checked) };
}
