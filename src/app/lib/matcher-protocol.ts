// The messages between the page and the matcher's Web Worker. The worker builds the index once per
// pack (a few hundred milliseconds cold) and then matches each text the page sends; only the answer
// to the latest request matters, so the page numbers them.
import type { ContentPack } from '../../domain/content/model';
import type { MatchResult } from '../../domain/matcher';
import type { DocumentType } from '../../domain/taxonomy';

/** `documentType`: the kind the person chose, else the matcher reads it from the text */
export type MatcherRequest = { type: 'pack'; pack: ContentPack } | { type: 'match'; id: number; text: string; documentType?: DocumentType };

export type MatcherResponse =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: MatchResult; ms: number }
  | { type: 'error'; id?: number; message: string };

/** the parts of a Worker the page uses, so tests can pass a fake */
export interface MatcherWorker {
  postMessage(message: MatcherRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MatcherResponse>) => void): void;
  terminate(): void;
}
