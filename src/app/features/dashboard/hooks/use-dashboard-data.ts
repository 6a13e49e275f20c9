// The dashboard's rows: the copy kept in this browser (shown at once), brought up to date with
// Graph items/delta (the first time in full, with progress; after that only the changes).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import type { AcknowledgementCache, DeltaSource, SyncProgress, SyncReport } from '../../../../storage/acknowledgement-cache';
import { useServices, type AppServices } from '../../../lib/services';

export type DashboardData =
  | { status: 'loading'; progress?: SyncProgress }
  | {
      status: 'ready';
      acks: readonly Acknowledgement[];
      syncedAt?: string;
      /** a refresh is running; `progress` says how far */
      refreshing: boolean;
      progress?: SyncProgress;
      lastReport?: SyncReport;
      /** the last refresh failed; the rows are those of the copy */
      error?: Error;
      /** false when the browser cannot keep a copy between visits */
      persistent: boolean;
    }
  | { status: 'error'; error: Error };

export interface DashboardConnection {
  cache: AcknowledgementCache;
  persistent: boolean;
  source: DeltaSource;
  /** the list's SharePoint page (tenant mode) */
  listWebUrl(): Promise<string | undefined>;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** the cache and the Graph adapter, loaded on first use (they are not in the app's first chunk), on the services' reports client */
export async function connectDashboard(services: Pick<AppServices, 'config' | 'graph'>): Promise<DashboardConnection> {
  const [{ AcknowledgementCache, acknowledgementsListWebUrl, cacheName }, { GraphAcknowledgementStore }, http] = await Promise.all([
    import(/* webpackChunkName: "dashboard-data" */ '../../../../storage/acknowledgement-cache'),
    import(/* webpackChunkName: "graph" */ '../../../../storage/graph/acknowledgement-store'),
    services.graph.reports(),
  ]);
  const { config } = services;
  const source = new GraphAcknowledgementStore({ http, siteId: config.siteId });
  let cache: AcknowledgementCache;
  let persistent = true;
  try {
    cache = await AcknowledgementCache.open({ name: cacheName(config.graphBaseUrl, config.siteId) });
  } catch {
    // no IndexedDB (private windows in some browsers, locked-down machines): keep it in memory
    cache = await AcknowledgementCache.inMemory();
    persistent = false;
  }
  return { cache, persistent, source, listWebUrl: () => acknowledgementsListWebUrl(http, config.siteId) };
}

export function useDashboardData(connect: (services: AppServices) => Promise<DashboardConnection> = connectDashboard): {
  data: DashboardData;
  refresh(): void;
  connection: DashboardConnection | undefined;
} {
  const services = useServices();
  const [data, setData] = useState<DashboardData>({ status: 'loading' });
  const [connection, setConnection] = useState<DashboardConnection>();
  // a failed connection is tried again by bumping this
  const [attempt, setAttempt] = useState(0);
  const mounted = useRef(true);

  const run = useCallback(async (conn: DashboardConnection) => {
    const hadCopy = conn.cache.syncedAt !== undefined;
    const onProgress = (progress: SyncProgress) => {
      if (!mounted.current) return;
      setData((current) => (current.status === 'ready' ? { ...current, refreshing: true, progress } : { status: 'loading', progress }));
    };
    setData((current) => (current.status === 'ready' ? { ...current, refreshing: true, progress: undefined, error: undefined } : current));
    try {
      const report = await conn.cache.refresh(conn.source, onProgress);
      if (!mounted.current) return;
      setData({ status: 'ready', acks: conn.cache.acknowledgements(), syncedAt: conn.cache.syncedAt, refreshing: false, lastReport: report, persistent: conn.persistent });
    } catch (error) {
      if (!mounted.current) return;
      setData(
        hadCopy
          ? { status: 'ready', acks: conn.cache.acknowledgements(), syncedAt: conn.cache.syncedAt, refreshing: false, error: asError(error), persistent: conn.persistent }
          : { status: 'error', error: asError(error) },
      );
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    setData({ status: 'loading' });
    let conn: DashboardConnection | undefined;
    connect(services).then(
      (made) => {
        conn = made;
        if (!mounted.current) return made.cache.close();
        setConnection(made);
        // the copy is shown at once; the refresh brings it up to date behind it
        if (made.cache.syncedAt !== undefined) {
          setData({ status: 'ready', acks: made.cache.acknowledgements(), syncedAt: made.cache.syncedAt, refreshing: true, persistent: made.persistent });
        }
        void run(made);
      },
      (error: unknown) => mounted.current && setData({ status: 'error', error: asError(error) }),
    );
    return () => {
      mounted.current = false;
      conn?.cache.close();
    };
  }, [services, connect, run, attempt]);

  const refresh = useCallback(() => {
    if (connection) void run(connection);
    else setAttempt((n) => n + 1);
  }, [connection, run]);

  return { data, refresh, connection };
}
