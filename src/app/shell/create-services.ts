// Builds the services of a surface from the server's configuration, the host and the session.
// Heavy parts load on first use: the Graph client when the first request is made, the whole
// content pack when a page needs it. The offline queue (IndexedDB) opens at once, so Home can
// show what waits.
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { ContentPack } from '../../domain/content/model';
import type { AuthSession } from '../../auth/session';
import type { HostContext } from '../../hosts/host-context';
import type { GraphClientConfig } from '../../storage/graph/client';
import type { LoadedContent } from '../../storage/ports';
import { SHARED_QUEUE_DB } from '../../storage/offline-queue/queue-db';
import { QueuedAcknowledgementStore } from '../../storage/offline-queue/queued-acknowledgement-store';
import type { AppConfig } from '../lib/app-config';
import type { MatcherWorker } from '../lib/matcher-protocol';
import { ServerAcknowledgementStore } from '../lib/server-acknowledgement-store';
import { createSiteDocuments } from '../lib/site-documents';
import type { AppServices, Decisions, GraphClients, ProgrammeContent } from '../lib/services';

/** how long the lists may take before the bundled content is shown instead */
const CONTENT_LISTS_TIME_LIMIT_MS = 4_000;
/** how long opening the browser's queue may take before the app runs without one */
const QUEUE_OPEN_TIME_LIMIT_MS = 3_000;

/** the retries of each Graph client (see GraphClients) */
const GRAPH_RETRY = {
  // one retry; the bundled pack is always there to fall back on
  content: { maxRetries: 1, backoffMaxMs: 1_000, attemptTimeoutMs: 5_000 },
} as const;

/** a promise made once and shared; a failure is forgotten so that a retry tries again */
function shared<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= make().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export const loadBundledPack = shared(
  async (): Promise<ContentPack> => (await import(/* webpackChunkName: "content-pack" */ '../../content/pack.yaml?pack')).default,
);

export const loadBundledProgramme = shared(
  async (): Promise<ProgrammeContent> => (await import(/* webpackChunkName: "content-programme" */ '../../content/pack.yaml?pack=programme')).default,
);

function withTimeLimit<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface CreateServicesOptions {
  config: AppConfig;
  host: HostContext;
  session: AuthSession;
  switchDevIdentity?: (oid: string) => void;
}

export async function createServices(options: CreateServicesOptions): Promise<AppServices> {
  const { config, host, session } = options;
  const graphClient = (retry?: GraphClientConfig['retry']) =>
    shared(async () => {
      const { createGraphClient } = await import(/* webpackChunkName: "graph" */ '../../storage/graph/client');
      return createGraphClient({ baseUrl: config.graphBaseUrl, getToken: () => session.getGraphToken(), ...(retry && { retry }) });
    });
  const graph: GraphClients = { content: graphClient(GRAPH_RETRY.content) };

  // the server writes (as the person of the token) and answers the person's own decisions; this
  // browser reads nothing of the Acknowledgements list itself
  const remote = new ServerAcknowledgementStore({ getToken: () => session.getApiToken() }, session.user.id);
  let queue: QueuedAcknowledgementStore | undefined;
  try {
    // a blocked IndexedDB (another tab upgrading it) must not keep the app from starting
    // the person's own queue (a person switch reloads the page: see start-surface); their entries
    // in the database everyone shared before move into it, other people's stay for their own session
    queue = await withTimeLimit(
      QueuedAcknowledgementStore.open({ store: remote, personId: session.user.id, sharedDbName: SHARED_QUEUE_DB }),
      QUEUE_OPEN_TIME_LIMIT_MS,
      'the offline queue did not open in time',
    );
  } catch {
    // no IndexedDB (a locked-down browser): decisions go straight to the list, without a queue
    queue = undefined;
  }
  const decisions: Decisions = queue ?? {
    append: async (acks: readonly Acknowledgement[]) => ({ ...(await remote.append(acks)), queued: [] }),
    forContext: (ref) => remote.forContext(ref),
    forStaff: (id) => remote.forStaff(id),
  };

  const loadContent = shared(async (): Promise<LoadedContent> => {
    try {
      const [{ ListsContentStore }, http] = await Promise.all([
        import(/* webpackChunkName: "graph" */ '../../storage/graph/lists-content-store'),
        graph.content(),
      ]);
      const lists = new ListsContentStore({ http, siteId: config.siteId, bundled: loadBundledPack });
      return await withTimeLimit(lists.load(), CONTENT_LISTS_TIME_LIMIT_MS, 'the content lists did not answer in time');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { pack: await loadBundledPack(), origin: 'bundled', problems: [{ list: '', itemId: '', message }] };
    }
  });

  return {
    config,
    host,
    session,
    decisions,
    queue,
    loadProgramme: loadBundledProgramme,
    loadContent,
    graph,
    siteDocuments: config.mode === 'tenant' ? createSiteDocuments(graph.content, config.siteId) : undefined,
    switchDevIdentity: options.switchDevIdentity,
    createMatcherWorker:
      typeof Worker === 'undefined'
        ? undefined
        : () => new Worker(new URL(/* webpackChunkName: "matcher-worker" */ '../lib/matcher.worker.ts', import.meta.url)) as unknown as MatcherWorker,
  };
}
