// The matcher off the main thread: typing never waits for an analysis.
import { buildMatcherIndex, matchDocument, type MatcherIndex } from '../../domain/matcher';
import type { MatcherRequest, MatcherResponse } from './matcher-protocol';

let index: MatcherIndex | undefined;
const post = (message: MatcherResponse) => (self as unknown as { postMessage(m: MatcherResponse): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<MatcherRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'pack') {
      index = buildMatcherIndex(request.pack);
      post({ type: 'ready' });
      return;
    }
    if (!index) throw new Error('the matcher has no content pack yet');
    const started = performance.now();
    const result = matchDocument(index, request.text, request.documentType ? { documentType: request.documentType } : {});
    post({ type: 'result', id: request.id, result, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id: request.type === 'match' ? request.id : undefined, message: error instanceof Error ? error.message : String(error) });
  }
});
