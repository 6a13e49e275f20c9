// Starts the server's metrics cache behind a started server: loads the copy from its file, brings it
// up to date, and refreshes it every few seconds. A failed sync is logged and tried again at the
// next tick; /api/metrics answers from the last complete copy, or 503 before there is one.
import type { ContentPack } from '../../domain/content/model';
import { metricsContent } from '../../domain/metrics';
import { GraphAcknowledgementStore, type CallOptions, type GraphHttp } from '../../storage/graph';
import { errorFields, type Logger } from '../request-log';
import { AdoptionList } from './adoption-list';
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
  /** settles when the Adoption list has been written after the last sync that changed something */
  adoptionPublished(): Promise<void>;
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
  // after close, no new request leaves, and the one in flight stops retrying: a sync or a
  // publication half-way would otherwise go on retrying against a server that is gone (about half
  // a minute of backoff that kept the process alive after close)
  const stop = new AbortController();
  const stopped = () => Promise.reject(new Error('the metrics cache is closed'));
  const until = (call: CallOptions | undefined): CallOptions => ({ ...call, signal: call?.signal ? AbortSignal.any([call.signal, stop.signal]) : stop.signal });
  const http: GraphHttp = {
    ...options.http,
    get: (path, call) => (closed ? stopped() : options.http.get(path, until(call))),
    post: (path, body, call) => (closed ? stopped() : options.http.post(path, body, until(call))),
    patch: (path, body, call) => (closed ? stopped() : options.http.patch(path, body, until(call))),
    delete: (path, call) => (closed ? stopped() : options.http.delete(path, until(call))),
  };
  const store = new GraphAcknowledgementStore({
    http,
    siteId: options.siteId,
    deltaPageSize: DELTA_PAGE_SIZE,
    onBadRow: (row) => log.warn('metrics cache: a row is not a valid acknowledgement and is left out', { itemId: row.itemId, problem: row.message }),
  });
  const source: PagedDeltaSource = {
    syncPages: (link, onPage) => store.syncCountedPages(link === undefined ? undefined : rebasedLink(link, options.graphBaseUrl), onPage),
  };
  const adoption = config.adoptionList ? new AdoptionList(http, options.siteId) : undefined;
  let publishing: Promise<void> = Promise.resolve();
  // one publication at a time, each from the counts of its moment; a failure is logged and the
  // next sync that changes something tries again
  const publish = (made: MetricsCache) => {
    if (!adoption) return;
    publishing = publishing.then(async () => {
      if (closed) return;
      try {
        const report = await adoption.publish(made.adoptionCells(config.minContributors), () => closed);
        if (report.created + report.updated + report.deleted > 0) log.info('adoption list updated', { ...report });
      } catch (error) {
        if (!closed) log.warn('adoption list: could not be updated; tried again after the next change', errorFields(error));
        publishedAll = false;
      }
    });
  };
  let publishedAll = false;
  const refresh = async (): Promise<CacheSyncReport | undefined> => {
    if (!cache || closed) return undefined;
    try {
      const report = await cache.refresh();
      if (!publishedAll || report.kind !== 'incremental' || report.upserted + report.deleted > 0) {
        publishedAll = true;
        publish(cache);
      }
      return report;
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
    adoptionPublished: () => publishing,
    close: async () => {
      closed = true;
      stop.abort();
      if (timer) clearInterval(timer);
      cache?.close();
      await opened.catch(() => undefined);
      await publishing;
    },
  };
}
