// Attaching criteria to a meeting, on the server: the one writer of the Meeting criteria list and
// of the `attached` acknowledgements. The person is the caller; what was attached before, and who
// owns it, is read from the list, never taken from the request. The acknowledgements go first (through the one
// acknowledgement writer, idempotent by key) and the row after them, so a retry of a half-done
// attach still acknowledges what it attaches, and never twice.
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { ContentLookup } from '../../domain/content/lookup';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { attachmentOf, CriteriaOwnedByAnotherError } from '../../domain/meetings/attachment';
import type { Source } from '../../domain/taxonomy';
import { GraphRequestError } from '../../storage/graph/errors';
import { AttachedMeanwhileError, type MeetingCriteriaStore } from '../../storage/ports';
import type { AcknowledgementWriter, FailedEntry, RecordRequest } from './acknowledgement-writer';
import type { Caller } from './caller';

/** what a surface asks: nothing in it says who attaches or what was attached before */
export interface AttachCriteriaRequest {
  meetingId: string;
  subject: string;
  start?: string;
  checklistItemIds: readonly string[];
  source: Extract<Source, 'meeting' | 'outlook'>;
  contentVersion: string;
}

export type AttachCriteriaResult =
  /** nothing was written: the request does not make an attachment (unknown criteria, no meeting id) */
  | { outcome: 'invalid'; message: string }
  /** nothing was written: the caller may add criteria to this meeting but not remove them (attachment.ts) */
  | { outcome: 'refused'; code: string; message: string }
  /** the list could not be read or written now (the row is not saved): send the same request again */
  | { outcome: 'notNow'; transient: boolean; code: string; message: string; failed?: FailedEntry[] }
  | { outcome: 'saved'; criteria: MeetingCriteria; acknowledged: { written: number; alreadyPresent: number } };

export interface MeetingCriteriaAttacherOptions {
  store: MeetingCriteriaStore;
  writer: Pick<AcknowledgementWriter, 'record'>;
  /** the server's content pack: the criteria a meeting may carry */
  lookup: Pick<ContentLookup, 'item'>;
  now?: () => Date;
}

const requestOf = (ack: Acknowledgement, contentVersion: string, at: Date): RecordRequest => ({
  // made from the meeting, the item and the person (attachment.ts); the writer binds it to the caller again
  idempotencyKey: ack.ackKey,
  subject: { checklistItemId: ack.checklistItemId, checklistId: ack.checklistId, ...(ack.productGroup ? { productGroup: ack.productGroup } : {}) },
  decision: ack.decision,
  context: { contextType: ack.contextType, contextRef: ack.contextRef, ...(ack.contextTitle ? { contextTitle: ack.contextTitle } : {}) },
  source: ack.source,
  contentVersion,
  at,
});

export class MeetingCriteriaAttacher {
  private readonly now: () => Date;

  constructor(private readonly options: MeetingCriteriaAttacherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async attach(caller: Caller, request: AttachCriteriaRequest): Promise<AttachCriteriaResult> {
    try {
      try {
        return await this.attachOnce(caller, request);
      } catch (error) {
        if (!(error instanceof AttachedMeanwhileError)) throw error;
        // someone attached first a moment ago, unseen by this caller: what they ask for is added to it
        return await this.attachOnce(caller, request, { addToWhatIsThere: true });
      }
    } catch (error) {
      if (!(error instanceof GraphRequestError)) throw error;
      return { outcome: 'notNow', transient: error.isTransient, code: error.code, message: `The Meeting criteria list: ${error.message}` };
    }
  }

  private async attachOnce(caller: Caller, request: AttachCriteriaRequest, options: { addToWhatIsThere?: boolean } = {}): Promise<AttachCriteriaResult> {
    const now = this.now();
    const previous = await this.options.store.get(request.meetingId.trim());
    const itemIds = options.addToWhatIsThere && previous ? [...previous.checklistItemIds, ...request.checklistItemIds] : request.checklistItemIds;
    let attachment;
    try {
      attachment = attachmentOf(
        {
          meetingId: request.meetingId,
          subject: request.subject,
          ...(request.start ? { start: request.start } : {}),
          checklistItemIds: itemIds,
          staffAadId: caller.personId,
          source: request.source,
          ...(previous ? { previous } : {}),
          ...(caller.team ? { team: caller.team } : {}),
          contentVersion: request.contentVersion,
          // the writer sets the app version
          appVersion: '',
          now,
        },
        this.options.lookup,
      );
    } catch (error) {
      if (error instanceof RangeError) return { outcome: 'invalid', message: error.message };
      if (error instanceof CriteriaOwnedByAnotherError) return { outcome: 'refused', code: error.code, message: error.message };
      throw error;
    }
    let acknowledged = { written: 0, alreadyPresent: 0 };
    if (attachment.acknowledgements.length > 0) {
      const result = await this.options.writer.record(
        caller,
        attachment.acknowledgements.map((ack) => requestOf(ack, request.contentVersion, now)),
      );
      if (!result.ok) return { outcome: 'invalid', message: result.problems.map((p) => `${p.field} ${p.message}`).join('; ') };
      if (result.failed.length > 0) {
        const transient = result.failed.every((f) => f.transient);
        return { outcome: 'notNow', transient, code: result.failed[0]!.code, message: result.failed[0]!.message, failed: result.failed };
      }
      acknowledged = {
        written: result.recorded.filter((r) => r.status === 'written').length,
        alreadyPresent: result.recorded.filter((r) => r.status === 'alreadyPresent').length,
      };
    }
    await this.options.store.save(attachment.criteria, { asNew: !previous });
    return { outcome: 'saved', criteria: attachment.criteria, acknowledged };
  }
}
