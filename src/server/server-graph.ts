// The server's own access to the SharePoint lists, for the bot's card decisions and the meetings'
// attached criteria its cards show: app-only Graph credentials in a tenant, the embedded emulator
// over loopback locally. The same Graph adapter (src/storage/graph) runs in both; only the base URL
// and the token differ.
import { GRAPH_DEFAULT_SCOPE } from '../auth/app-only-credentials';
import type { DevUser } from '../auth/dev-token';
import { makeDevToken } from '../auth/dev-token';
import { GRAPH_BASE_URL } from '../auth/graph-scopes';
import type { Acknowledgement } from '../domain/acknowledgement';
import { createGraphClient, GraphAcknowledgementStore, GraphMeetingCriteriaStore, provision, type GraphHttp, type ProvisionReport } from '../storage/graph';
import type { AcknowledgementStore, MeetingCriteriaStore } from '../storage/ports';
import { appTokenProvider } from './app-credentials';
import type { ServerConfig } from './config';
import { EMULATOR_MOUNT_PATH } from './public-config';

/**
 * who the server writes to the emulator as: an app, as SharePoint shows app-only writes, so a
 * list row's Created By never pretends a demo person clicked
 */
export const LOCAL_APP_IDENTITY: DevUser = {
  oid: '00000000-0000-4000-8000-0000000000a0',
  name: 'Circular Choices app (local)',
  upn: 'app@circular-choices.local',
};

export interface ServerGraph {
  /** the site the lists are on: `root` (the emulator's one site) or the configured site id */
  siteId: string;
  /** the Graph client, made on first use: locally the server's own URL is known only once it listens */
  http(): GraphHttp;
  acknowledgements: AcknowledgementStore;
  /** the Meeting criteria list, read when a link to a meeting's page is unfurled */
  meetingCriteria: MeetingCriteriaStore;
}

export function serverGraph(config: ServerConfig, selfUrl: () => string): ServerGraph {
  let client: GraphHttp | undefined;
  if (config.mode === 'tenant') {
    // made now, so an unreadable certificate stops the start instead of the first decision
    const token = appTokenProvider(config.tenantId, config.graphAppOnly.clientId, config.graphAppOnly.credential);
    client = createGraphClient({ baseUrl: GRAPH_BASE_URL, getToken: () => token(GRAPH_DEFAULT_SCOPE) });
  }
  const http = (): GraphHttp => {
    if (client) return client;
    const token = makeDevToken(LOCAL_APP_IDENTITY);
    client = createGraphClient({ baseUrl: `${selfUrl()}${EMULATOR_MOUNT_PATH}`, getToken: async () => token });
    return client;
  };
  const siteId = config.mode === 'local' ? 'root' : config.graphSiteId;
  let store: GraphAcknowledgementStore | undefined;
  const acks = (): GraphAcknowledgementStore => (store ??= new GraphAcknowledgementStore({ http: http(), siteId }));
  const acknowledgements: AcknowledgementStore = {
    append: (list: readonly Acknowledgement[], options) => acks().append(list, options),
    forContext: (contextRef) => acks().forContext(contextRef),
    forStaff: (staffAadId) => acks().forStaff(staffAadId),
    since: (isoDate) => acks().since(isoDate),
    sync: (deltaLink, onProgress) => acks().sync(deltaLink, onProgress),
  };
  let meetings: GraphMeetingCriteriaStore | undefined;
  const meetingStore = (): GraphMeetingCriteriaStore => (meetings ??= new GraphMeetingCriteriaStore({ http: http(), siteId }));
  const meetingCriteria: MeetingCriteriaStore = {
    get: (meetingId) => meetingStore().get(meetingId),
    save: (criteria) => meetingStore().save(criteria),
  };
  return { siteId, http, acknowledgements, meetingCriteria };
}

/**
 * local mode: the app's lists on the emulator's site, so `npm start` works on an empty data folder.
 * Provisioning is idempotent; a tenant's lists are made once by an administrator with the CLI.
 */
export function provisionLocalLists(graph: ServerGraph): Promise<ProvisionReport> {
  return provision(graph.http(), graph.siteId);
}
