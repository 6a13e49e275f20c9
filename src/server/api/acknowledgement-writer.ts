// The one writer of acknowledgements: every surface (the tab, the meeting pages, the Outlook pane
// through POST /api/acknowledgements, the bot in-process) records here. The person and the team
// are the caller's, never the request's; the AckKey is made from the person and the client's
// idempotency key, so a retry lands once and nobody can claim another person's key in advance.
import { createHash } from 'node:crypto';
import { acknowledgementOf, acknowledgementProblems, type Acknowledgement } from '../../domain/acknowledgement';
import type { ContextType, Decision, ProductGroupId, Source } from '../../domain/taxonomy';
import { AppendFailedError } from '../../storage/append-errors';
import type { AcknowledgementStore, AppendOptions } from '../../storage/ports';
import type { Caller } from './caller';

/** what a surface asks to record; nothing in it says who decided */
export interface RecordRequest {
  /** made by the client once per decision, the same on every retry */
  idempotencyKey: string;
  subject: { checklistItemId?: string; checklistId?: string; actionId?: string; productGroup?: ProductGroupId };
  decision: Decision;
  reason?: string;
  context: { contextType: ContextType; contextRef: string; contextTitle?: string; documentVersion?: number };
  source: Source;
  /** the content pack the decision was made on */
  contentVersion: string;
  /**
   * when the person decided (a queued decision is sent later): taken when it lies within
   * MAX_CLIENT_DELAY_MS before the server's clock; otherwise, absent or in the future, the server's clock
   */
  at?: Date;
}

export interface RecordProblem {
  idempotencyKey: string;
  field: string;
  message: string;
}

export interface RecordedEntry {
  idempotencyKey: string;
  ackKey: string;
  status: 'written' | 'alreadyPresent';
}

export interface FailedEntry {
  idempotencyKey: string;
  status: number;
  code: string;
  message: string;
  transient: boolean;
}

export type RecordResult =
  /** nothing was written: the requests are not valid acknowledgements */
  | { ok: false; problems: RecordProblem[] }
  /** each entry is recorded or failed; a failed one may be sent again with the same key */
  | { ok: true; recorded: RecordedEntry[]; failed: FailedEntry[]; acknowledgements: Acknowledgement[] };

/**
 * how far back the server takes a client's time of a decision: long enough for a decision queued
 * offline over a week or so (the offline queue keeps it until it is sent), short enough that nobody
 * can file a choice under a past period of their choosing, such as a quiet day or a report's
 * period (docs/privacy.md). Older: the decision is dated when the server receives it
 */
export const MAX_CLIENT_DELAY_MS = 14 * 24 * 60 * 60 * 1000;

export interface AcknowledgementWriterOptions {
  store: Pick<AcknowledgementStore, 'append'>;
  appVersion: string;
  now?: () => Date;
  /** MAX_CLIENT_DELAY_MS by default */
  maxClientDelayMs?: number;
  /**
   * told once per distinct refusal of a write by the list (a 4xx, such as a column the list lacks
   * after an upgrade): trying again will not help, so whoever runs the server must hear of it
   */
  onRefused?: (refusal: { status: number; code: string; message: string }) => void;
}

/** the AckKey of a person's decision: 'p' and 32 characters of a SHA-256 over person and client key */
export function personalAckKey(personId: string, idempotencyKey: string): string {
  return `p${createHash('sha256').update(`${personId.toLowerCase()}\u001f${idempotencyKey}`).digest('base64url').slice(0, 32)}`;
}

export class AcknowledgementWriter {
  private readonly now: () => Date;

  constructor(private readonly options: AcknowledgementWriterOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** the acknowledgements the requests make for this caller, or what is wrong with them */
  prepare(caller: Caller, requests: readonly RecordRequest[]): { acks: Acknowledgement[]; problems: RecordProblem[] } {
    const now = this.now();
    const problems: RecordProblem[] = [];
    const acks = requests.map((request) => {
      const delay = request.at ? now.getTime() - request.at.getTime() : -1;
      const at = request.at && delay >= 0 && delay <= (this.options.maxClientDelayMs ?? MAX_CLIENT_DELAY_MS) ? request.at : now;
      const ack = acknowledgementOf({
        ackKey: personalAckKey(caller.personId, request.idempotencyKey),
        subject: request.subject,
        decision: request.decision,
        reason: request.reason,
        context: request.context,
        source: request.source,
        staffAadId: caller.personId,
        team: caller.team,
        contentVersion: request.contentVersion,
        appVersion: this.options.appVersion,
        at,
      });
      for (const p of acknowledgementProblems(ack)) problems.push({ idempotencyKey: request.idempotencyKey, field: p.field, message: p.message });
      return ack;
    });
    return { acks, problems };
  }

  /** `options.signal` aborts the store's write (the bot's card gives up after its time budget) */
  async record(caller: Caller, requests: readonly RecordRequest[], options?: AppendOptions): Promise<RecordResult> {
    const { acks, problems } = this.prepare(caller, requests);
    if (problems.length > 0) return { ok: false, problems };
    const keyOf = new Map(acks.map((ack, i) => [ack.ackKey, requests[i]!.idempotencyKey]));
    const entries = (keys: readonly string[], status: RecordedEntry['status']): RecordedEntry[] =>
      keys.map((ackKey) => ({ idempotencyKey: keyOf.get(ackKey)!, ackKey, status }));
    try {
      const outcome = await this.options.store.append(acks, options);
      return { ok: true, recorded: [...entries(outcome.written, 'written'), ...entries(outcome.alreadyPresent, 'alreadyPresent')], failed: [], acknowledgements: acks };
    } catch (error) {
      if (!(error instanceof AppendFailedError)) throw error;
      const refusals = new Map(error.failures.filter((f) => !f.error.isTransient).map(({ error: e }) => [`${e.status} ${e.code} ${e.message}`, e]));
      for (const e of refusals.values()) this.options.onRefused?.({ status: e.status, code: e.code, message: e.message });
      return {
        ok: true,
        recorded: [...entries(error.outcome.written, 'written'), ...entries(error.outcome.alreadyPresent, 'alreadyPresent')],
        failed: error.failures.map((f) => ({
          idempotencyKey: keyOf.get(f.ackKey) ?? f.ackKey,
          status: f.error.status,
          code: f.error.code,
          message: f.error.message,
          transient: f.error.isTransient,
        })),
        acknowledgements: acks,
      };
    }
  }
}
