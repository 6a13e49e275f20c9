// Starts the server's metrics cache behind a started server: loads the copy from its file, brings it
// up to date, and refreshes it every few seconds. A failed sync is logged and tried again at the
// next tick; /api/metrics answers from the last complete copy, or 503 before there is one.
import type { ContentPack } from '../../domain/content/model';
import { metricsContent } from '../../domain/metrics';
import { GraphAcknowledgementStore, type GraphHttp } from '../../storage/graph';
import { errorFields, type Logger } from '../request-log';
import { MetricsCache, type CacheSyncReport, type PagedDeltaSource } from './metrics-cache';
import type { MetricsConfig } from './metrics-config';

/** asked per delta page; SharePoint and the emulator may give fewer */
const DELTA_PAGE_SIZE = 5000;

export interface RunningMetricsCache {
  /** the cache once its file is loaded */
  readonly cache: MetricsCache | undefined;
  /** true when the cache holds a complete copy (loaded from its file or synced) */
  readonly ready: boolean;
  /** a sync now (shared with one that runs); undefined before the file is loaded */
  refresh(): Promise<CacheSyncReport | undefined>;
  close(): Promise<void>;
}

export interface StartMetricsCacheOptions {
  config: MetricsConfig;
  pack: ContentPack;
  http: GraphHttp;
  siteId: string;
  /** the Graph base URL the client calls now: a stored delta link is moved onto it (a local server's port changes) */
  graphBaseUrl: string;
  log: Logger;
}

/** a delta link of the same Graph endpoint on another origin, moved onto this one */
export function rebasedLink(link: string, baseUrl: string): string {
  try {
    const from = new URL(link);
    const to = new URL(baseUrl);
    if (from.origin === to.origin || !from.pathname.startsWith(`${to.pathname.replace(/\/+$/, '')}/`)) return link;
    return `${to.origin}${from.pathname}${from.search}`;
  } catch {
    return link;
  }
}

export function startMetricsCache(options: StartMetricsCacheOptions): RunningMetricsCache {
  const { config, log } = options;
  let cache: MetricsCache | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const store = new GraphAcknowledgementStore({
    http: options.http,
    siteId: options.siteId,
    deltaPageSize: DELTA_PAGE_SIZE,
    onBadRow: (row) => log.warn('metrics cache: a row is not a valid acknowledgement and is left out', { itemId: row.itemId, problem: row.message }),
  });
  const source: PagedDeltaSource = {
    syncPages: (link, onPage) => store.syncPages(link === undefined ? undefined : rebasedLink(link, options.graphBaseUrl), onPage),
  };
  const refresh = async (): Promise<CacheSyncReport | undefined> => {
    if (!cache || closed) return undefined;
    try {
      return await cache.refresh();
    } catch (error) {
      if (!closed) log.warn('metrics cache: sync failed; the next one is tried in a moment', errorFields(error));
      return undefined;
    }
  };
  const opened = MetricsCache.open({ file: config.cacheFile, content: metricsContent(options.pack), source, log }).then(
    (made) => {
      if (closed) return made.close();
      cache = made;
      // not awaited: closing the server must not wait for a first sync of the whole list
      void refresh();
      timer = setInterval(() => void refresh(), config.refreshSeconds * 1000);
      timer.unref();
    },
    (error: unknown) => log.error('metrics cache: its file cannot be opened; /api/metrics stays unavailable', { file: config.cacheFile, ...errorFields(error) }),
  );
  return {
    get cache() {
      return cache;
    },
    get ready() {
      return cache?.syncedAt !== undefined;
    },
    refresh,
    close: async () => {
      closed = true;
      if (timer) clearInterval(timer);
      cache?.close();
      await opened.catch(() => undefined);
    },
  };
}
