// How the bot has a user's text matched: a function, so the server can run the matcher in a pool
// of worker threads with a time limit while handler tests pass one that matches in-process.
import { matchDocument, type MatcherIndex, type MatchOptions, type MatchResult } from '../domain/matcher';

/** matches a text; rejects with a MatchUnavailable when no answer can come in time */
export type TextMatcher = (text: string, options: MatchOptions) => Promise<MatchResult>;

/** the matcher gave no answer: it ran out of time, or too many texts are waiting already */
export class MatchUnavailable extends Error {
  override readonly name = 'MatchUnavailable';
  constructor(
    readonly reason: 'timeout' | 'busy',
    options?: { cause?: unknown },
  ) {
    super(reason === 'timeout' ? 'matching the text took longer than its time limit' : 'too many texts are waiting to be matched', options);
  }
}

/** matching on the calling thread: for tests, and for bots mounted without a pool */
export function inProcessMatcher(index: MatcherIndex): TextMatcher {
  return async (text, options) => matchDocument(index, text, options);
}
