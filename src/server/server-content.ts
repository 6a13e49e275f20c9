// The content the server matches and answers with: the bundled pack at start, then what the site's
// lists hold (product groups with their trigger words and CPV prefixes, checklists, actions,
// policy), read through the server's Graph client with the same parsing and validation the tab
// uses (storage/graph/lists-content-store.ts). Read again on a schedule (create-server.ts) and on demand; whoever
// holds on to the pack (the matching threads, the message extension) is told when it changed.
import type { ContentPack } from '../domain/content/model';
import type { ContentProblem, LoadedContent } from '../storage/ports';
import { ConfigError } from './config';

export interface ContentRefresh {
  /** whether the pack differs from the one before (then every listener was told) */
  changed: boolean;
  origin: LoadedContent['origin'];
  /** rows that were skipped or lists that could not be read, each with its row and column */
  problems: ContentProblem[];
  /** when the lists were read, ISO 8601 */
  at: string;
}

export interface ServerContent {
  /** the pack now in use */
  current(): ContentPack;
  /** `listener` is called with each new pack */
  onChange(listener: (pack: ContentPack) => void): void;
  /** reads the lists now; a refresh already under way is shared, not started twice */
  refresh(): Promise<ContentRefresh>;
  /** the last refresh, if any */
  last(): ContentRefresh | undefined;
  /** refuses later refreshes (the server is stopping) */
  close(): void;
}

/** every 15 minutes by default: a coordinator's new group works within a quarter of an hour (CC_CONTENT_REFRESH_MINUTES) */
export const DEFAULT_CONTENT_REFRESH_MINUTES = 15;

/** `load` reads the lists (a ListsContentStore's load), falling back to the bundled pack part by part */
export function serverContent(bundled: ContentPack, load: () => Promise<LoadedContent>): ServerContent {
  let pack = bundled;
  // a new pack is told only when it differs: the same lists read again rebuild nothing
  let fingerprint = JSON.stringify(bundled);
  const listeners: ((pack: ContentPack) => void)[] = [];
  let running: Promise<ContentRefresh> | undefined;
  let last: ContentRefresh | undefined;
  let closed = false;

  const read = async (): Promise<ContentRefresh> => {
    const loaded = await load();
    const next = JSON.stringify(loaded.pack);
    const changed = next !== fingerprint;
    if (changed) {
      pack = loaded.pack;
      fingerprint = next;
      for (const listener of listeners) listener(pack);
    }
    last = { changed, origin: loaded.origin, problems: loaded.problems, at: new Date().toISOString() };
    return last;
  };

  const refresh = (): Promise<ContentRefresh> => {
    if (closed) return Promise.reject(new Error('the server is shutting down'));
    return (running ??= read().finally(() => (running = undefined)));
  };

  return {
    current: () => pack,
    onChange: (listener) => void listeners.push(listener),
    refresh,
    last: () => last,
    close: () => {
      closed = true;
    },
  };
}

/** CC_CONTENT_REFRESH_MINUTES: minutes between readings of the lists; 0 reads them at start and on demand only */
export function contentRefreshMinutes(env: Record<string, string | undefined>, mode: string): number {
  const raw = env.CC_CONTENT_REFRESH_MINUTES?.trim();
  if (!raw) return DEFAULT_CONTENT_REFRESH_MINUTES;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 7 * 24 * 60) {
    throw new ConfigError(mode, [{ variable: 'CC_CONTENT_REFRESH_MINUTES', problem: `malformed: expected minutes from 0 (at start and on demand only) to ${7 * 24 * 60}` }]);
  }
  return minutes;
}
