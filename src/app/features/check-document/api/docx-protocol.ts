// The messages between the page and the docx worker: one document per worker, which the page ends
// after the answer (or when it takes too long), so nothing a document left behind stays in memory.
import type { DocxFailure } from './docx-limits';

export type DocxRequest = { type: 'read'; bytes: ArrayBuffer };

export type DocxResponse = { type: 'text'; text: string } | { type: 'failed'; failure: DocxFailure; reason: string };

/** the parts of a Worker the page uses, so tests can pass a fake */
export interface DocxWorker {
  postMessage(message: DocxRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DocxResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}
