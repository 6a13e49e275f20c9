// Criteria attached to a meeting, keyed by the meeting's id: chosen by the person who attached them
// first (usually the organizer), with criteria others in the meeting added.
export interface MeetingCriteria {
  meetingId: string;
  checklistItemIds: string[];
  /** the Entra object id of the person who first attached criteria: the one who may remove them */
  attachedBy: string;
  subject: string;
  /** ISO 8601 UTC, when the host gives it */
  start?: string;
}
