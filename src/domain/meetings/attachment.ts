// Attaching criteria to a meeting: the row of the Meeting criteria list, and one `attached`
// acknowledgement per newly attached item, so adoption counts show which criteria were put on
// meeting agendas. The keys are made from the meeting, the item and the person, so a retried or
// repeated attach never adds a second row for the same thing.
import { ACKNOWLEDGEMENT_LIMITS, ackKeyFor, acknowledgementOf, type Acknowledgement } from '../acknowledgement';
import type { ContentLookup } from '../content/lookup';
import type { MeetingCriteria } from '../meeting-criteria';
import type { Source } from '../taxonomy';

export interface AttachInput {
  meetingId: string;
  subject: string;
  start?: string;
  checklistItemIds: readonly string[];
  staffAadId: string;
  source: Extract<Source, 'meeting' | 'outlook'>;
  /** what was attached before, so only new items get an acknowledgement */
  previous?: MeetingCriteria;
  team?: string;
  contentVersion: string;
  appVersion: string;
  now: Date;
}

export interface Attachment {
  criteria: MeetingCriteria;
  acknowledgements: Acknowledgement[];
}

const MAX_TITLE = ACKNOWLEDGEMENT_LIMITS.titleMax;

/** the list row and the acknowledgements of an attach; unknown item ids are refused */
export function attachmentOf(input: AttachInput, lookup: Pick<ContentLookup, 'item'>): Attachment {
  const meetingId = input.meetingId.trim();
  if (!meetingId) throw new RangeError('a meeting id is required');
  if (meetingId.length > MAX_TITLE) throw new RangeError('the meeting id is longer than 255 characters');
  const ids = [...new Set(input.checklistItemIds)];
  if (ids.length === 0) throw new RangeError('choose at least one criterion');
  const unknown = ids.filter((id) => !lookup.item(id));
  if (unknown.length > 0) throw new RangeError(`unknown criteria: ${unknown.join(', ')}`);
  const subject = input.subject.trim().slice(0, MAX_TITLE);
  const criteria: MeetingCriteria = { meetingId, checklistItemIds: ids, attachedBy: input.staffAadId, subject };
  if (input.start) criteria.start = input.start;

  const before = new Set(input.previous?.checklistItemIds ?? []);
  const acknowledgements = ids
    .filter((id) => !before.has(id))
    .map((id): Acknowledgement => {
      const { item, checklist } = lookup.item(id)!;
      return acknowledgementOf({
        ackKey: ackKeyFor('attached', meetingId, id, input.staffAadId),
        subject: { checklistItemId: item.id, checklistId: checklist.id, productGroup: checklist.productGroup },
        decision: 'attached',
        context: { contextType: 'meeting', contextRef: meetingId, contextTitle: subject },
        source: input.source,
        staffAadId: input.staffAadId,
        team: input.team,
        contentVersion: input.contentVersion,
        appVersion: input.appVersion,
        at: input.now,
      });
    });
  return { criteria, acknowledgements };
}
