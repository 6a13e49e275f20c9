// An AcknowledgementStore in memory for the bot's tests: append-only and idempotent by ackKey,
// like the real stores, and able to fail on demand.
import type { Acknowledgement } from '../../../src/domain/acknowledgement';
import type { AcknowledgementDelta, AcknowledgementStore, AppendOptions, AppendOutcome } from '../../../src/storage/ports';

export class MemoryAcknowledgementStore implements AcknowledgementStore {
  readonly rows: Acknowledgement[] = [];
  /** when set, append and forContext throw it */
  failWith: Error | undefined;

  // the options' signal matters to stores that wait; this one answers at once
  async append(acks: readonly Acknowledgement[], _options?: AppendOptions): Promise<AppendOutcome> {
    if (this.failWith) throw this.failWith;
    const outcome: AppendOutcome = { written: [], alreadyPresent: [] };
    for (const ack of acks) {
      if (this.rows.some((r) => r.ackKey === ack.ackKey)) outcome.alreadyPresent.push(ack.ackKey);
      else {
        this.rows.push({ ...ack });
        outcome.written.push(ack.ackKey);
      }
    }
    return outcome;
  }

  async forContext(contextRef: string): Promise<Acknowledgement[]> {
    if (this.failWith) throw this.failWith;
    return this.rows.filter((r) => r.contextRef === contextRef);
  }

  async forStaff(staffAadId: string): Promise<Acknowledgement[]> {
    return this.rows.filter((r) => r.staffAadId === staffAadId);
  }

  async since(isoDate: string): Promise<Acknowledgement[]> {
    return this.rows.filter((r) => r.ackAt >= isoDate);
  }

  async sync(): Promise<AcknowledgementDelta> {
    return { upserted: [...this.rows], deletedItemIds: [], deltaLink: `memory:${this.rows.length}`, restarted: false };
  }
}
