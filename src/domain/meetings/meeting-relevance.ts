// Whether a meeting is a project or procurement meeting that circular criteria belong to, and
// which criteria to suggest for it. The rule, used by the send check and the panes alike:
//   a meeting is relevant when the matcher finds at least one product group in its subject and
//   agenda. A document type alone (an "aanbesteding" or "projectplan" without any word about
//   what is bought or built) is not enough: there would be no criteria to suggest, and a prompt
//   that leads to an empty pane teaches people to ignore it. Silence stays a feature.
// Apart from that, whether it is a project or procurement meeting at all is told by its own words
// ("Projectoverleg herinrichting Kerkebuurt"): such a meeting is not called "no project meeting"
// when its title does not yet say what is built or bought; the page asks for that instead.
import type { ContentLookup } from '../content/lookup';
import { matchDocument, type MatchResult, type MatcherIndex } from '../matcher';
import type { ProductGroupId } from '../taxonomy';
import { meetingTextOf } from './meeting-text';

export interface MeetingAssessment {
  /** criteria belong to it: the matcher found what is built or bought */
  relevant: boolean;
  /** it is a project or procurement meeting, by the matcher or by its own words */
  projectMeeting: boolean;
  /** the words that name it a project or procurement meeting, as written */
  projectWords: string[];
  match: MatchResult;
  /** the text the matcher read */
  text: string;
}

/**
 * parts of a word that name a project or procurement meeting, Dutch and English, lower case without
 * accents: a word holding one (projectoverleg, herinrichting, nieuwbouwplan, aanbestedingen) counts
 */
const PROJECT_WORD_PARTS = [
  'project',
  'inkoop',
  'aanbested',
  'bestek',
  'gunning',
  'offerte',
  'uitvraag',
  'marktconsultatie',
  'inricht',
  'renovat',
  'nieuwbouw',
  'verbouw',
  'bouwteam',
  'bouwoverleg',
  'ontwerp',
  'aanleg',
  'sloop',
  'procurement',
  'tender',
  'redesign',
  'construction',
];

const plain = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** the words of a meeting's text that name a project or procurement meeting, each once, in order */
export function projectMeetingWords(text: string): string[] {
  const found: string[] = [];
  for (const word of text.match(/[\p{L}\p{M}-]+/gu) ?? []) {
    const folded = plain(word);
    if (PROJECT_WORD_PARTS.some((part) => folded.includes(part)) && !found.some((w) => plain(w) === folded)) found.push(word);
  }
  return found;
}

export function assessMeetingText(index: MatcherIndex, text: string): MeetingAssessment {
  const match = matchDocument(index, text, { defaultDocumentType: 'meeting' });
  const relevant = match.productGroups.length > 0;
  const projectWords = projectMeetingWords(text);
  const projectMeeting = relevant || projectWords.length > 0 || match.documentType === 'tender' || match.documentType === 'project-plan';
  return { relevant, projectMeeting, projectWords, match, text };
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
