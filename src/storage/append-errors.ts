// The errors of AcknowledgementStore.append that any implementation may raise, so the offline
// queue can tell 'will never be stored' from 'try again later' without knowing the adapter.
import type { AppendOutcome } from './ports';

/** the part of a failed request the queue needs: is it worth retrying? */
export interface AppendFailure {
  status: number;
  code: string;
  message: string;
  isTransient: boolean;
}

/** an acknowledgement the app must not store; nothing of the call was written */
export class InvalidAcknowledgementError extends Error {
  override readonly name = 'InvalidAcknowledgementError';
  constructor(readonly problems: { ackKey: string; field: string; message: string }[]) {
    super(`acknowledgement not stored: ${problems.map((p) => `${p.ackKey}: ${p.field} ${p.message}`).join('; ')}`);
  }
}

/** some acknowledgements were written, others failed; the outcome says which is which */
export class AppendFailedError extends Error {
  override readonly name = 'AppendFailedError';
  constructor(
    readonly outcome: AppendOutcome,
    readonly failures: { ackKey: string; error: AppendFailure }[],
  ) {
    const first = failures[0]?.error;
    super(`${failures.length} acknowledgement(s) not written${first ? ` (${first.status} ${first.code}: ${first.message})` : ''}`);
  }

  /** true when every failure may succeed later (throttled, unavailable, no answer) */
  get isTransient(): boolean {
    return this.failures.every((f) => f.error.isTransient);
  }
}
