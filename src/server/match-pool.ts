// The server's matching of user text off its event loop: a pool of worker threads (piscina), each
// holding the content pack's matcher index, with a time limit per text. A text that takes longer
// has its thread ended (the pool starts a new one) and the caller gets MatchUnavailable('timeout');
// past a queue of waiting texts, MatchUnavailable('busy') at once. Either way /healthz and every
// other request keep being answered while texts are matched.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { MatchUnavailable, type TextMatcher } from '../bot';
import type { ContentPack } from '../domain/content/model';
import type { MatchOptions, MatchResult } from '../domain/matcher';
import type { MatchTask, MatchWorkerData } from './match-worker';

export interface MatchPoolOptions {
  pack: ContentPack;
  /** how long one text may take, waiting included; a Teams invoke is answered within about 5 s */
  timeoutMs?: number;
  /** worker threads; two, or more on a bigger machine (one core stays for the event loop) */
  threads?: number;
  /** texts that may wait for a thread; more are refused as busy */
  maxQueue?: number;
}

export interface MatchPool {
  /** matches within the pool's time limit */
  match: TextMatcher;
  /** matches within a time limit of the caller's */
  matchWithin(text: string, options: MatchOptions, timeoutMs: number): Promise<MatchResult>;
  /**
   * matches later texts against this pack (the site's lists changed): new threads build its index,
   * the old ones finish the texts they hold and stop
   */
  setPack(pack: ContentPack): void;
  /** ends the threads; texts still waiting are refused */
  close(): Promise<void>;
}

export const DEFAULT_MATCH_TIMEOUT_MS = 3_000;
const DEFAULT_MAX_QUEUE = 64;

/**
 * the worker's entry: where this module runs as TypeScript (tests, tsx) a shim that registers tsx
 * and loads match-worker.ts; in the compiled server the compiled match-worker.js beside this code
 */
export function matchWorkerEntry(moduleFile = __filename): string {
  const dir = join(moduleFile, '..');
  return moduleFile.endsWith('.ts') ? join(dir, 'match-worker-tsx.cjs') : join(dir, 'match-worker.js');
}

/** a pool whose threads start with the first text (a server that matches nothing starts none) */
export function startMatchPool(options: MatchPoolOptions): MatchPool {
  const threads = options.threads ?? Math.max(2, Math.min(4, availableParallelism() - 1));
  const timeoutMs = options.timeoutMs ?? DEFAULT_MATCH_TIMEOUT_MS;
  let workerData: MatchWorkerData = { pack: options.pack };
  let pool: Piscina<MatchTask, MatchResult> | undefined;
  let closed = false;
  const started = () =>
    (pool ??= new Piscina<MatchTask, MatchResult>({
      filename: matchWorkerEntry(),
      workerData,
      // once started, every thread stays: building the index takes longer than matching a message
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      // matching yields the processor to the event loop: /healthz and every other request come first
      niceIncrement: 10,
    }));
  // counted here rather than with piscina's maxQueue, which does not hold tasks that carry an abort signal
  const capacity = threads + (options.maxQueue ?? DEFAULT_MAX_QUEUE);
  let inFlight = 0;

  const matchWithin = async (text: string, matchOptions: MatchOptions, ms: number): Promise<MatchResult> => {
    if (closed || inFlight >= capacity) throw new MatchUnavailable('busy');
    inFlight++;
    try {
      return await started().run({ text, options: matchOptions }, { signal: AbortSignal.timeout(ms) });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw new MatchUnavailable('timeout', { cause: error });
      throw error;
    } finally {
      inFlight--;
    }
  };

  /** pools of an earlier pack, finishing their texts */
  const retiring = new Set<Promise<void>>();
  return {
    match: (text, matchOptions) => matchWithin(text, matchOptions, timeoutMs),
    matchWithin,
    setPack: (pack) => {
      workerData = { pack };
      const old = pool;
      pool = undefined;
      if (!old) return;
      const done = old.close().finally(() => retiring.delete(done));
      retiring.add(done);
    },
    close: async () => {
      closed = true;
      await Promise.all([pool?.destroy(), ...retiring]);
    },
  };
}
