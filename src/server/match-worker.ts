// One thread of the server's matching pool (match-pool.ts): builds the matcher index of the content
// pack it is started with, once, then matches the texts it is sent. A text the pool gives up on
// ends this thread; the pool starts a fresh one.
import { workerData } from 'node:worker_threads';
import type { ContentPack } from '../domain/content/model';
import { buildMatcherIndex, matchDocument, type MatchOptions, type MatchResult } from '../domain/matcher';

/** what the pool sends for each text */
export interface MatchTask {
  text: string;
  options: MatchOptions;
}

/** what the pool starts each thread with */
export interface MatchWorkerData {
  pack: ContentPack;
}

const index = buildMatcherIndex((workerData as MatchWorkerData).pack);

export default function match(task: MatchTask): MatchResult {
  return matchDocument(index, task.text, task.options);
}
