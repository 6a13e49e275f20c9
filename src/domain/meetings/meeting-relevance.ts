// Whether a meeting is a project or procurement meeting that circular criteria belong to, and
// which criteria to suggest for it. The rule, used by the send check and the panes alike:
//   a meeting is relevant when the matcher finds at least one product group in its subject and
//   agenda. A document type alone (an "aanbesteding" or "projectplan" without any word about
//   what is bought or built) is not enough: there would be no criteria to suggest, and a prompt
//   that leads to an empty pane teaches people to ignore it. Silence stays a feature.
import type { ContentLookup } from '../content/lookup';
import { matchDocument, type MatchResult, type MatcherIndex } from '../matcher';
import type { ProductGroupId } from '../taxonomy';
import { meetingTextOf } from './meeting-text';

export interface MeetingAssessment {
  relevant: boolean;
  match: MatchResult;
  /** the text the matcher read */
  text: string;
}

export function assessMeetingText(index: MatcherIndex, text: string): MeetingAssessment {
  const match = matchDocument(index, text, { defaultDocumentType: 'meeting' });
  return { relevant: match.productGroups.length > 0, match, text };
}

/** assesses an invite from its subject and (HTML) body */
export function assessInvite(index: MatcherIndex, subject: string, body: string, bodyIsHtml = true): MeetingAssessment {
  return assessMeetingText(index, meetingTextOf(subject, body, bodyIsHtml));
}

export interface SuggestedCriterion {
  id: string;
  checklistId: string;
  productGroup?: ProductGroupId;
  score: number;
}

export const MAX_SUGGESTIONS = 8;

/**
 * the criteria to offer for a meeting: the best-scoring items, at most `max`, taking turns between
 * the matched product groups so a second group is not crowded out by the first one's long list
 */
export function suggestCriteria(match: MatchResult, lookup: Pick<ContentLookup, 'item'>, max = MAX_SUGGESTIONS): SuggestedCriterion[] {
  const queues = new Map<string, SuggestedCriterion[]>();
  for (const item of match.checklistItems) {
    if (!lookup.item(item.id)) continue;
    const key = item.productGroup ?? `practice:${item.checklistId}`;
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = []));
    queue.push({ id: item.id, checklistId: item.checklistId, productGroup: item.productGroup, score: item.score });
  }
  const picked: SuggestedCriterion[] = [];
  const lists = [...queues.values()];
  for (let round = 0; picked.length < max && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const next = list[round];
      if (next && picked.length < max) picked.push(next);
    }
  }
  return picked;
}
