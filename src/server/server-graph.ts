// The server's own access to the SharePoint lists, for the bot's card decisions and the meetings'
// attached criteria its cards show: app-only Graph credentials in a tenant, the embedded emulator
// over loopback locally. The same Graph adapter (src/storage/graph) runs in both; only the base URL
// and the token differ.
import { AppCredentialError, appOnlyTokens, GRAPH_DEFAULT_SCOPE, type AppTokenProvider } from '../auth/app-only-credentials';
import { makeDevToken } from '../auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../auth/local-app-identity';
import { GRAPH_BASE_URL } from '../auth/graph-scopes';
import type { Acknowledgement } from '../domain/acknowledgement';
import { createGraphClient, GraphAcknowledgementStore, GraphIndicatorStore, GraphMeetingCriteriaStore, provision, type GraphHttp, type ProvisionReport } from '../storage/graph';
import type { AcknowledgementStore, IndicatorStore, MeetingCriteriaStore } from '../storage/ports';
import type { ServerConfig } from './config';
import { EMULATOR_MOUNT_PATH } from './public-config';
import { StartupError } from './startup-error';

/** who the server writes to the emulator as (defined in src/auth, where the CLI also finds it) */
export { LOCAL_APP_IDENTITY };

export interface ServerGraph {
  /** the site the lists are on: `root` (the emulator's one site) or the configured site id */
  siteId: string;
  /** the Graph client, made on first use: locally the server's own URL is known only once it listens */
  http(): GraphHttp;
  acknowledgements: AcknowledgementStore;
  /** the Meeting criteria list: written by POST /api/meeting-criteria, read by its GET and when a link to a meeting's page is unfurled */
  meetingCriteria: MeetingCriteriaStore;
  /** the Indicators list, written for coordinators through /api/indicators */
  indicators: IndicatorStore;
}

/**
 * a person waits on these (a tab's POST, a card's click): a few quick retries, then the answer
 * says "not yet" and the browser's queue (or the person, on a card) tries again
 */
export const INTERACTIVE_RETRY = { maxRetries: 2, backoffMaxMs: 2_000, attemptTimeoutMs: 15_000 } as const;

export function serverGraph(config: ServerConfig, selfUrl: () => string): ServerGraph {
  let getToken: (() => Promise<string>) | undefined;
  if (config.mode === 'tenant') {
    // made now, so an unreadable certificate stops the start instead of the first decision
    let token: AppTokenProvider;
    try {
      token = appOnlyTokens(config.tenantId, config.graphAppOnly.clientId, config.graphAppOnly.credential);
    } catch (error) {
      if (error instanceof AppCredentialError) throw new StartupError(`BOT_CERTIFICATE_PATH: ${error.message}`);
      throw error;
    }
    getToken = () => token(GRAPH_DEFAULT_SCOPE);
  }
  const clientWith = (retry?: typeof INTERACTIVE_RETRY): (() => GraphHttp) => {
    let client: GraphHttp | undefined;
    return () => {
      if (client) return client;
      if (getToken) client = createGraphClient({ baseUrl: GRAPH_BASE_URL, getToken, ...(retry ? { retry } : {}) });
      else {
        const token = makeDevToken(LOCAL_APP_IDENTITY);
        client = createGraphClient({ baseUrl: `${selfUrl()}${EMULATOR_MOUNT_PATH}`, getToken: async () => token, ...(retry ? { retry } : {}) });
      }
      return client;
    };
  };
  const http = clientWith();
  const interactiveHttp = clientWith(INTERACTIVE_RETRY);
  const siteId = config.mode === 'local' ? 'root' : config.graphSiteId;
  let interactiveStore: GraphAcknowledgementStore | undefined;
  let bulkStore: GraphAcknowledgementStore | undefined;
  const interactive = (): GraphAcknowledgementStore => (interactiveStore ??= new GraphAcknowledgementStore({ http: interactiveHttp(), siteId }));
  const bulk = (): GraphAcknowledgementStore => (bulkStore ??= new GraphAcknowledgementStore({ http: http(), siteId }));
  const acknowledgements: AcknowledgementStore = {
    append: (list: readonly Acknowledgement[], options) => interactive().append(list, options),
    forContext: (contextRef) => interactive().forContext(contextRef),
    forStaff: (staffAadId) => interactive().forStaff(staffAadId),
    // whole-list reads are not waited on by a person: they retry as long as Graph asks
    since: (isoDate) => bulk().since(isoDate),
    sync: (deltaLink, onProgress) => bulk().sync(deltaLink, onProgress),
  };
  let meetings: GraphMeetingCriteriaStore | undefined;
  // a person waits on these too (a meeting page's attach, a link's unfurl): the quick retries
  const meetingStore = (): GraphMeetingCriteriaStore => (meetings ??= new GraphMeetingCriteriaStore({ http: interactiveHttp(), siteId }));
  const meetingCriteria: MeetingCriteriaStore = {
    get: (meetingId) => meetingStore().get(meetingId),
    save: (criteria, options) => meetingStore().save(criteria, options),
  };
  let indicatorStore: GraphIndicatorStore | undefined;
  const indicatorList = (): GraphIndicatorStore => (indicatorStore ??= new GraphIndicatorStore({ http: interactiveHttp(), siteId }));
  const indicators: IndicatorStore = {
    all: () => indicatorList().all(),
    append: (record) => indicatorList().append(record),
  };
  return { siteId, http, acknowledgements, meetingCriteria, indicators };
}

/**
 * local mode: the app's lists on the emulator's site, so `npm start` works on an empty data folder.
 * Provisioning is idempotent; a tenant's lists are made once by an administrator with the CLI.
 */
export function provisionLocalLists(graph: ServerGraph): Promise<ProvisionReport> {
  return provision(graph.http(), graph.siteId);
}
