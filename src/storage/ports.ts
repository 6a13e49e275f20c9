// The storage ports. The app, the bot and the CLI see only these; the Graph adapter (SharePoint
// Online or the local emulator) and test fakes implement them.
import type { Acknowledgement } from '../domain/acknowledgement';
import type { ContentPack } from '../domain/content/model';
import type { IndicatorRecord } from '../domain/indicators';
import type { MeetingCriteria } from '../domain/meeting-criteria';

export interface AppendOutcome {
  /** keys written now */
  written: string[];
  /** keys that were already in the list (a retry of an earlier write) */
  alreadyPresent: string[];
}

/** one page of an incremental sync; keep `deltaLink` to ask for changes only next time */
export interface AcknowledgementDelta {
  upserted: Acknowledgement[];
  /** list item ids removed since the last sync */
  deletedItemIds: string[];
  deltaLink: string;
  /** true when the server refused the old delta link and the sync restarted from empty */
  restarted: boolean;
}

/** an append's outcome where a browser queue stands in between: keys in `queued` wait there to be sent */
export interface QueuedOutcome extends AppendOutcome {
  queued: string[];
}

export interface AppendOptions {
  /**
   * once aborted, no further attempt or retry wait starts and the append rejects; a write already
   * on the wire may still land, and a retry of the same ackKey then finds it (idempotent)
   */
  signal?: AbortSignal;
}

/**
 * the one port for acknowledgements, whoever holds it: the Graph adapter, the server's API as the
 * browser calls it, the browser's offline queue (whose outcome also names what waits), test fakes
 */
export interface AcknowledgementStore<Outcome extends AppendOutcome = AppendOutcome> {
  /** appends, idempotently by ackKey; batches where it can */
  append(acks: readonly Acknowledgement[], options?: AppendOptions): Promise<Outcome>;
  /** acknowledgements made in one context (a document, a meeting…) */
  forContext(contextRef: string): Promise<Acknowledgement[]>;
  /** one person's acknowledgements */
  forStaff(staffAadId: string): Promise<Acknowledgement[]>;
  /** acknowledgements made at or after a moment */
  since(isoDate: string): Promise<Acknowledgement[]>;
  /** all changes since `deltaLink` (or everything without it) */
  sync(deltaLink?: string, onProgress?: (itemsSoFar: number) => void): Promise<AcknowledgementDelta>;
}

export interface MeetingCriteriaStore {
  get(meetingId: string): Promise<MeetingCriteria | undefined>;
  /**
   * replaces the meeting's attached criteria; with `asNew`, only when the meeting has no row yet
   * (AttachedMeanwhileError when one appeared since it was read)
   */
  save(criteria: MeetingCriteria, options?: { asNew?: boolean }): Promise<void>;
}

/** a first attach found that someone attached criteria to the same meeting a moment before */
export class AttachedMeanwhileError extends Error {
  override readonly name = 'AttachedMeanwhileError';
}

/** the Indicators list: coordinators' definitions and measurements, append-only */
export interface IndicatorStore {
  all(): Promise<IndicatorRecord[]>;
  append(record: IndicatorRecord): Promise<void>;
}

export interface ContentProblem {
  list: string;
  itemId: string;
  message: string;
}

export interface LoadedContent {
  pack: ContentPack;
  origin: 'lists' | 'bundled';
  /** rows that were reported and skipped */
  problems: ContentProblem[];
}

export interface ContentStore {
  load(): Promise<LoadedContent>;
}
