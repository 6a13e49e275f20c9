export { QueuedAcknowledgementStore } from './queued-acknowledgement-store';
export type { Connectivity, QueueSnapshot, QueuedAppendOutcome, QueuedStoreOptions, Timers } from './queued-acknowledgement-store';
export type { RejectedEntry } from './queue-db';
