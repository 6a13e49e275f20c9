// Criteria attached to a meeting: the organizer's choice, keyed by the meeting's id.
export interface MeetingCriteria {
  meetingId: string;
  checklistItemIds: string[];
  /** the Entra object id of the organizer who attached them */
  attachedBy: string;
  subject: string;
  /** ISO 8601 UTC, when the host gives it */
  start?: string;
}
