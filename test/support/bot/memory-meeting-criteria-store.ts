// A MeetingCriteriaStore in memory for the bot's tests: one entry per meeting id, able to fail or
// to hang on demand.
import type { MeetingCriteria } from '../../../src/domain/meeting-criteria';
import type { MeetingCriteriaStore } from '../../../src/storage/ports';

export class MemoryMeetingCriteriaStore implements MeetingCriteriaStore {
  readonly meetings = new Map<string, MeetingCriteria>();
  /** when set, get and save throw it */
  failWith: Error | undefined;
  /** when set, get never answers */
  hang = false;
  readonly reads: string[] = [];

  async get(meetingId: string): Promise<MeetingCriteria | undefined> {
    this.reads.push(meetingId);
    if (this.hang) return new Promise<never>(() => undefined);
    if (this.failWith) throw this.failWith;
    const found = this.meetings.get(meetingId);
    return found && { ...found, checklistItemIds: [...found.checklistItemIds] };
  }

  async save(criteria: MeetingCriteria): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.meetings.set(criteria.meetingId, { ...criteria, checklistItemIds: [...criteria.checklistItemIds] });
  }
}
