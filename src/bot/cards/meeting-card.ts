// The card of a meeting's criteria, made from the link to the meeting's page that the organizer
// shares in the meeting chat: the meeting's subject, each attached criterion with its "Choose"
// panel (decisions land against the meeting, as in the side panel), and a link to the meeting's
// page. When there is nothing to show, a small card says why, with the same link.
import type { CardElement, IAdaptiveCard, IContainer } from '@microsoft/teams.cards';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { tabLink } from '../app-links';
import { MEETING_CARD_LIMITS, type CardState } from '../card-state';
import type { BotContent } from '../content';
import { shortened } from '../text/card-text';
import type { CardContext, CardExtras } from './card-context';
import { criterionBlock } from './criterion-block';
import { noticeBlock, othersBlock, refreshDefinition } from './decision-panel';
import { adaptiveCard, heading, paragraph } from './elements';

const openMeetingPage = (context: CardContext, meetingId: string) => ({
  type: 'Action.OpenUrl' as const,
  title: context.strings.meeting.openPage,
  url: tabLink(context.publicBaseUrl, { kind: 'meeting', id: meetingId }, context.teamsAppId),
});

/**
 * the state of a new card about a meeting's criteria: the ids the content knows, up to the card's
 * limit; undefined when none of them is known
 */
export function meetingCardState(cardId: string, criteria: MeetingCriteria, content: Pick<BotContent, 'lookup'>): CardState | undefined {
  const known = [...new Set(criteria.checklistItemIds)].filter((id) => content.lookup.item(id));
  if (known.length === 0) return undefined;
  const itemIds = known.slice(0, MEETING_CARD_LIMITS.criteria);
  return {
    cardId,
    contextType: 'meeting',
    contextRef: criteria.meetingId,
    subject: { kind: 'meeting', subject: shortened(criteria.subject, MEETING_CARD_LIMITS.subjectChars), itemIds, more: known.length - itemIds.length },
  };
}

export function meetingCard(context: CardContext, state: CardState, extras: CardExtras = {}): IAdaptiveCard | undefined {
  const { subject, contextRef: meetingId } = state;
  if (subject.kind !== 'meeting' || !meetingId) return undefined;
  const { meeting } = context.strings;
  const criteria = subject.itemIds
    .map((id) => criterionBlock(context, state, id, extras))
    .filter((c): c is IContainer => c !== undefined)
    .map((c): IContainer => ({ ...c, separator: true }));
  if (criteria.length === 0) return undefined;
  const body: CardElement[] = [heading(meeting.heading)];
  if (subject.subject) body.push(paragraph({ text: subject.subject, bold: true, size: 'Medium' }));
  body.push(paragraph({ text: meeting.intro(criteria.length + subject.more), subtle: true }));
  body.push(...noticeBlock(extras.notice), ...othersBlock(context, extras.othersWhoChose), ...criteria);
  if (subject.more > 0) body.push(paragraph({ text: meeting.more(subject.more), italic: true }));
  return adaptiveCard(subject.subject ? `${meeting.heading}: ${subject.subject}` : meeting.heading, body, {
    actions: [openMeetingPage(context, meetingId)],
    refresh: refreshDefinition(state, extras.refreshUserIds),
  });
}

/** a small card about a meeting whose criteria cannot be shown (none attached, or not readable), with the link to its page */
export function meetingNoticeCard(context: CardContext, meetingId: string, text: string): IAdaptiveCard {
  const { meeting } = context.strings;
  return adaptiveCard(`${meeting.heading}: ${text}`, [heading(meeting.heading), paragraph(text)], { actions: [openMeetingPage(context, meetingId)] });
}
