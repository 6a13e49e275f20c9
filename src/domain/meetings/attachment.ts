// Attaching criteria to a meeting: the row of the Meeting criteria list, and one `attached`
// acknowledgement per newly attached item, so adoption counts show which criteria were put on
// meeting agendas. The keys are made from the meeting, the item and the person, so a retried or
// repeated attach never adds a second row for the same thing.
//
// Who may change what: the person who first attached criteria to a meeting owns its row (the
// server cannot check who organises a meeting: Teams and Outlook tell only the browser). Anyone
// else who can open the meeting may add criteria; only the owner may remove them or change the
// subject and start. Who added which criterion is kept by the `attached` acknowledgements.
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

/** a non-owner's attach that would remove criteria: refused, nothing is written */
export class CriteriaOwnedByAnotherError extends Error {
  override readonly name = 'CriteriaOwnedByAnotherError';
  /** the reason code the API answers with */
  readonly code = 'criteriaOwnedByAnother';

  constructor(readonly removed: readonly string[]) {
    super(`Only the person who first attached criteria to this meeting can remove them (${removed.join(', ')}); you can add criteria.`);
  }
}

/** whether this person may remove the meeting's criteria and change its subject and start */
export function ownsMeetingCriteria(criteria: Pick<MeetingCriteria, 'attachedBy'> | undefined, personId: string): boolean {
  return !criteria || criteria.attachedBy.toLowerCase() === personId.toLowerCase();
}

/**
 * the list row and the acknowledgements of an attach; unknown item ids are refused (RangeError),
 * and so is a non-owner's attach that leaves out criteria attached before
 * (CriteriaOwnedByAnotherError). The owner's attach replaces the row; anyone else's adds to it and
 * keeps the owner, subject and start.
 */
export function attachmentOf(input: AttachInput, lookup: Pick<ContentLookup, 'item'>): Attachment {
  const meetingId = input.meetingId.trim();
  if (!meetingId) throw new RangeError('a meeting id is required');
  if (meetingId.length > MAX_TITLE) throw new RangeError('the meeting id is longer than 255 characters');
  const requested = [...new Set(input.checklistItemIds)];
  if (requested.length === 0) throw new RangeError('choose at least one criterion');
  const { previous } = input;
  const before = new Set(previous?.checklistItemIds ?? []);
  // a criterion the content no longer has may stay where it was attached, never be attached anew
  const unknown = requested.filter((id) => !lookup.item(id) && !before.has(id));
  if (unknown.length > 0) throw new RangeError(`unknown criteria: ${unknown.join(', ')}`);
  let criteria: MeetingCriteria;
  if (previous && !ownsMeetingCriteria(previous, input.staffAadId)) {
    // one the content no longer has cannot be shown to choose, so leaving it out removes nothing
    const removed = previous.checklistItemIds.filter((id) => !requested.includes(id) && lookup.item(id));
    if (removed.length > 0) throw new CriteriaOwnedByAnotherError(removed);
    const added = requested.filter((id) => !previous.checklistItemIds.includes(id));
    criteria = { meetingId, checklistItemIds: [...previous.checklistItemIds, ...added], attachedBy: previous.attachedBy, subject: previous.subject };
    if (previous.start) criteria.start = previous.start;
  } else {
    criteria = { meetingId, checklistItemIds: requested, attachedBy: previous?.attachedBy ?? input.staffAadId, subject: input.subject.trim().slice(0, MAX_TITLE) };
    if (input.start) criteria.start = input.start;
  }
  const { subject } = criteria;
  const ids = criteria.checklistItemIds;

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
