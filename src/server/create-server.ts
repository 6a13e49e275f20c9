// The one Node server: the web app, /app-config.json, /healthz, the message extension at
// /api/messages and, in local mode, the Graph-lists emulator, all on one Express app. Tests and the
// end-to-end suites start it in-process with `startServer({ config, port: 0 })`.
import express, { type Express, type RequestHandler } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readContentPack } from '../content/read-pack';
import { contentLookup } from '../domain/content/lookup';
import type { ContentPack } from '../domain/content/model';
import { formatContentError } from '../domain/content/content-error';
import { mountAcknowledgementRoutes } from './api/acknowledgement-routes';
import { AcknowledgementWriter } from './api/acknowledgement-writer';
import { MeetingCriteriaAttacher } from './api/meeting-criteria-attacher';
import { mountMeetingCriteriaRoutes } from './api/meeting-criteria-routes';
import { createResolveCaller, requireCaller, type CallerOptions, type ResolveCaller } from './api/caller';
import { mountRecordRoutes } from './api/record-routes';
import { CONTENT_REFRESH_PATH, postContentRefreshHandler } from './api/post-content-refresh';
import type { RateLimit } from '../bot/http/rate-limit';
import { createTeamDirectory, rememberingTeams } from './api/team-directory';
import { MESSAGING_ENDPOINT } from '../bot';
import type { ReminderRun } from '../bot/reminder/send-reminders';
import { FileReminderSubscriptions } from './reminders/file-reminder-subscriptions';
import type { ReminderConfig } from './reminders/reminder-config';
import type { ServerConfig } from './config';
import { errorAnswers, requireJsonBody, unknownApiRoute } from './error-answers';
import type { GraphEmulator } from './graph-emulator/types';
import { healthRoute, type HealthCheck } from './health';
import { loopbackHostOnly, loopbackOrigins } from './loopback-host';
import { startMatchPool, type MatchPoolOptions } from './match-pool';
import { serverContent, type ServerContent } from './server-content';
import { ListsContentStore } from '../storage/graph';
import { mountLocalEmulator } from './local-emulator';
import { mountMessageExtensionRoutes, type MessageExtensionOverrides } from './message-extension';
import { appConfigRoute, EMULATOR_MOUNT_PATH } from './public-config';
import { GRAPH_BASE_URL } from '../auth/graph-scopes';
import { createLogger, errorFields, requestLogging, stdoutSink, type LogSink } from './request-log';
import { securityHeaders } from './security-headers';
import { provisionLocalLists, serverGraph, type ServerGraph } from './server-graph';
import { StartupError } from './startup-error';
import { webApp } from './web-app';
import { METRICS_PATH, metricsRoute } from './api/metrics';
import { startMetricsCache, type RunningMetricsCache } from './metrics/start-metrics-cache';
import { defaultMetricsConfig, type MetricsConfig } from './metrics/metrics-config';
import { DEFAULT_MIN_CONTRIBUTORS } from '../domain/metrics';
import { mountIndicatorRoutes } from './api/indicator-routes';
import { getReportHandler, REPORT_PATH } from './api/get-report';
import { reportDocx } from './report/report-docx';

export { StartupError };

export interface StartServerOptions {
  config: ServerConfig;
  /** overrides config.port; 0 takes any free port (tests) */
  port?: number;
  /** where the JSON log lines go; stdout by default */
  logSink?: LogSink;
  /** the content pack to serve; the bundled one by default */
  contentPack?: ContentPack;
  /** how long close() lets in-flight requests finish before it cuts them; 10 s by default */
  shutdownTimeoutMs?: number;
  /** how callers of /api are validated (tests inject the tenant's signing keys) */
  callers?: CallerOptions;
  /** the message extension's test hooks (token validation against the tests' own keys, limits, clock) */
  messageExtension?: MessageExtensionOverrides;
  /**
   * the metrics cache and privacy settings (main.ts reads them from the environment). Without them
   * local mode uses the defaults and a tenant server keeps no copy (/api/metrics answers 503), so
   * an in-process test server never writes a cache file into the project
   */
  metrics?: MetricsConfig;
  /** who calls /api/metrics; by default the same validated caller as the rest of /api */
  caller?: ResolveCaller;
  /**
   * the weekly reminder (main.ts reads it from the environment): its file and interval. Without it
   * people's chats are kept in memory and no timer runs, so an in-process test server sends
   * reminders only when the test calls sendDueReminders
   */
  reminders?: ReminderConfig & { checkEveryMs?: number };
  /** the matching pool's time limit per text and threads (tests); see match-pool.ts for the defaults */
  matching?: Pick<MatchPoolOptions, 'timeoutMs' | 'threads'>;
  /**
   * minutes between readings of the site's content lists (main.ts: CC_CONTENT_REFRESH_MINUTES);
   * when given, the lists are also read once the server listens. Without it (in-process tests) they
   * are read only on POST /api/content/refresh
   */
  contentRefreshMinutes?: number;
  /** how often a coordinator may ask for POST /api/content/refresh (post-content-refresh.ts for the default) */
  contentRefreshLimit?: RateLimit;
  /**
   * start the matching threads once the server listens (main.ts), so the first person's text does
   * not wait for them to build their index; in-process tests start them with their first text
   */
  warmMatching?: boolean;
}

export interface RunningServer {
  /** the address the server listens on, e.g. `http://127.0.0.1:3978` */
  url: string;
  app: Express;
  /** the embedded emulator (local mode only) */
  emulator?: GraphEmulator;
  /** the server's copy of the Acknowledgements list for /api/metrics, once it is loaded */
  metricsCache(): RunningMetricsCache | undefined;
  /** the content the server uses, and its refresh from the site's lists */
  content: ServerContent;
  /** sends the weekly reminder to everyone due one now (the timer does this every hour) */
  sendDueReminders(): Promise<ReminderRun>;
  /** stops accepting, lets in-flight requests finish (up to the timeout), closes the emulator's database */
  close(): Promise<void>;
}


const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

function bundledPack(): ContentPack {
  const result = readContentPack();
  if (!result.ok) {
    throw new StartupError(`The bundled content pack is not valid:\n${result.errors.map(formatContentError).join('\n')}`);
  }
  return result.pack;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: stop the other process or set PORT to another port`
          : error.code === 'EADDRNOTAVAIL'
            ? `${host} is not an address of this machine: set HOST to one that is`
            : error.code === 'EACCES'
              ? `not allowed to listen on port ${port}: choose a port above 1023 with PORT`
              : `cannot listen on ${host}:${port} (${error.code ?? error.name})`;
      reject(new StartupError(reason));
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve(server.address() as AddressInfo);
    });
  });
}

const urlOf = (address: AddressInfo): string =>
  `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

/** the reminder's file, or a start-up error that names it */
function reminderFile(file: string): FileReminderSubscriptions {
  try {
    return new FileReminderSubscriptions(file);
  } catch (error) {
    throw new StartupError(`cannot read the reminder file (CC_REMINDER_FILE): ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const sink = options.logSink ?? stdoutSink;
  const log = createLogger(sink);
  const pack = options.contentPack ?? bundledPack();
  const startedAt = Date.now();
  let selfUrl = '';
  let shuttingDown = false;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((_req, res, next) => {
    // while shutting down, kept-alive connections are closed after their answer so close() can finish
    if (shuttingDown) res.setHeader('Connection', 'close');
    next();
  });
  app.use(requestLogging(log));
  app.use(securityHeaders(config));
  // local mode answers only this machine's own names on its own port (no DNS rebinding)
  let listeningPort = 0;
  if (config.mode === 'local') app.use(loopbackHostOnly(() => listeningPort));

  const checks: HealthCheck[] = [];
  let emulator: GraphEmulator | undefined;
  if (config.mode === 'local') {
    const mounted = mountLocalEmulator(app, config, () => selfUrl);
    emulator = mounted.emulator;
    checks.push(mounted.health);
  }
  app.get('/healthz', healthRoute(config, checks, startedAt));
  app.get('/app-config.json', appConfigRoute(config, pack.meta.version));

  // every /api body but the bot's: /api/messages reads its own after the token check, under the
  // activity's smaller limit, so a stranger's body is never parsed (src/bot/index.ts)
  const exceptActivities = (handler: RequestHandler): RequestHandler => (req, res, next) => (req.baseUrl + req.path === MESSAGING_ENDPOINT ? next() : handler(req, res, next));
  app.use('/api', exceptActivities(requireJsonBody), exceptActivities(express.json({ limit: config.bodyLimitBytes })));
  // user text is matched in worker threads, so a long or hostile text never holds this thread
  const matching = startMatchPool({ pack, ...options.matching });
  // who calls /api: from a validated token only (caller.ts), for the writer and the figures alike
  // the teams it finds are kept for the bot's card choices, which come without the person's token
  const teams = createTeamDirectory(config.mode);
  const resolveCaller: ResolveCaller = rememberingTeams(createResolveCaller(config, options.callers), teams);
  // the 5-person rule's minimum, for the dashboard's figures and the count of others on a card alike
  const metricsConfig = options.metrics ?? (config.mode === 'local' ? defaultMetricsConfig(config) : undefined);
  const minContributors = metricsConfig?.minContributors ?? DEFAULT_MIN_CONTRIBUTORS;
  let graph: ServerGraph;
  let content: ServerContent;
  let sendDueReminders: () => Promise<ReminderRun>;
  try {
    graph = serverGraph(config, () => selfUrl);
    // product groups, trigger words and the rest of the content from the site's lists, as the tab
    // reads them; each new pack rebuilds the matching threads' index and the message extension's
    const lists = graph;
    content = serverContent(pack, () => new ListsContentStore({ http: lists.http(), siteId: lists.siteId, bundled: async () => pack }).load());
    content.onChange((next) => matching.setPack(next));
    app.post(
      CONTENT_REFRESH_PATH,
      requireCaller(resolveCaller),
      postContentRefreshHandler({
        content,
        ...(options.contentRefreshLimit ? { limit: options.contentRefreshLimit } : {}),
        onChanged: (refresh) => log.info('content refreshed from the lists', refresh),
      }),
    );
    // the one writer of the record: the API and the bot's cards both write through it
    const writer = new AcknowledgementWriter({
      store: graph.acknowledgements,
      appVersion: config.appVersion,
      onRefused: (refusal) => log.warn('the Acknowledgements list refused a choice; it is not recorded until this is put right', refusal),
    });
    mountAcknowledgementRoutes(app, { resolveCaller, writer, store: graph.acknowledgements });
    // and of the criteria attached to meetings, with their `attached` acknowledgements
    // the criteria a meeting may carry, and every route below, follow the pack in use
    let lookup = contentLookup(pack);
    content.onChange((next) => (lookup = contentLookup(next)));
    const attacher = new MeetingCriteriaAttacher({ store: graph.meetingCriteria, writer, lookup: { item: (id) => lookup.item(id) } });
    mountMeetingCriteriaRoutes(app, { resolveCaller, attacher, store: graph.meetingCriteria });
    mountIndicatorRoutes(app, { resolveCaller, store: graph.indicators, pack: content.current });
    mountRecordRoutes(app, { resolveCaller, pack: content.current, store: graph.acknowledgements });
    const reminderSettings = options.reminders;
    const mounted = await mountMessageExtensionRoutes(app, {
      config,
      pack,
      onContentChange: content.onChange,
      acknowledgements: graph.acknowledgements,
      writer,
      meetingCriteria: graph.meetingCriteria,
      teamOf: teams.teamOf,
      privacyMinContributors: minContributors,
      ...(reminderSettings
        ? { reminders: { subscriptions: reminderFile(reminderSettings.file), intervalMs: Math.max(1, reminderSettings.intervalHours) * 3_600_000 } }
        : {}),
      publicBaseUrl: () => config.publicUrl ?? selfUrl,
      // local mode answers on each loopback name (what README and a browser show is localhost)
      ...(config.mode === 'local' ? { otherBaseUrls: () => (listeningPort ? loopbackOrigins(listeningPort) : []) } : {}),
      log: (entry) => sink(JSON.stringify(entry)),
      match: matching.match,
      ...(options.messageExtension ? { overrides: options.messageExtension } : {}),
    });
    sendDueReminders = () => mounted.sendDueReminders();
  } catch (error) {
    emulator?.close();
    await matching.close();
    throw error;
  }
  let metrics: RunningMetricsCache | undefined;
  app.get(
    METRICS_PATH,
    requireCaller(options.caller ?? resolveCaller),
    metricsRoute({
      source: () => (metrics?.ready ? metrics.cache : undefined),
      minContributors,
    }),
  );
  app.get(
    REPORT_PATH,
    requireCaller(options.caller ?? resolveCaller),
    getReportHandler({
      source: () => (metrics?.ready ? metrics.cache : undefined),
      indicators: graph.indicators,
      pack: content.current,
      minContributors,
      renderDocx: reportDocx,
    }),
  );
  app.use('/api', unknownApiRoute);
  app.use(webApp(config.webRoot));
  app.use(errorAnswers(log));

  const server = createServer(app);
  // a slow client cannot hold a connection open forever with a trickled request
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  let address: AddressInfo;
  try {
    address = await listen(server, options.port ?? config.port, config.host);
  } catch (error) {
    emulator?.close();
    await matching.close();
    throw error;
  }
  selfUrl = urlOf(address);
  listeningPort = address.port;
  if (config.mode === 'local') {
    // the lists the tab and the bot write to; a failure is logged, the server still serves the app
    try {
      const report = await provisionLocalLists(graph);
      if (report.changed) log.info('local lists provisioned', { lists: report.lists.map((l) => l.displayName) });
    } catch (error) {
      log.error('local lists could not be provisioned', errorFields(error));
    }
  }

  // the copy for /api/metrics loads and syncs behind the started server; until then it answers 503
  if (metricsConfig) {
    const graphBaseUrl = config.mode === 'local' ? `${selfUrl}${EMULATOR_MOUNT_PATH}` : GRAPH_BASE_URL;
    metrics = startMetricsCache({ config: metricsConfig, pack, http: graph.http(), siteId: graph.siteId, graphBaseUrl, log });
  }

  if (options.warmMatching) {
    matching.warm().then(
      () => log.info('matching threads ready'),
      (error: unknown) => log.warn('matching threads could not start; the first text starts them', errorFields(error)),
    );
  }

  let contentTimer: ReturnType<typeof setInterval> | undefined;
  // the content lists: read now and every few minutes; until then, and whenever they cannot be
  // read, the pack in use stays (the bundled one at first)
  if (options.contentRefreshMinutes !== undefined) {
    const refreshed = () =>
      content.refresh().then(
        (refresh) => {
          if (refresh.changed || refresh.problems.length > 0) log.info('content read from the lists', { origin: refresh.origin, changed: refresh.changed, problems: refresh.problems });
        },
        (error: unknown) => log.warn('content lists could not be read; the content in use stays', errorFields(error)),
      );
    void refreshed();
    if (options.contentRefreshMinutes > 0) {
      const timer = setInterval(() => void refreshed(), options.contentRefreshMinutes * 60_000);
      timer.unref();
      contentTimer = timer;
    }
  }

  // the weekly reminder: each hour, whoever is due one gets it (at most one per interval each)
  let reminderTimer: ReturnType<typeof setInterval> | undefined;
  if (options.reminders && options.reminders.intervalHours > 0) {
    reminderTimer = setInterval(() => {
      sendDueReminders().catch((error: unknown) => log.error('reminders run failed', errorFields(error)));
    }, options.reminders.checkEveryMs ?? 3_600_000);
    reminderTimer.unref();
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      shuttingDown = true;
      clearInterval(reminderTimer);
      clearInterval(contentTimer);
      content.close();
      const timeoutMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
      // the metrics cache sends no new request once closed; the one in flight (in local mode to the
      // emulator behind this same server) finishes before the server stops taking connections,
      // instead of being refused and retried until Graph's retries give up
      let waited: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([metrics?.close() ?? Promise.resolve(), new Promise<void>((done) => (waited = setTimeout(done, timeoutMs)))]);
      clearTimeout(waited);
      await new Promise<void>((resolve) => {
        // idle kept-alive sockets are closed at once; busy ones after their answer (Connection: close)
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => {
          log.warn('shutdown timeout: cutting requests still in flight', { timeoutMs });
          server.closeAllConnections();
        }, timeoutMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(cut);
          void matching
            .close()
            .catch((error: unknown) => log.error('matching threads did not stop cleanly', errorFields(error)))
            .finally(() => {
              emulator?.close();
              resolve();
            });
        });
        server.closeIdleConnections();
      });
    })());

  return { url: selfUrl, app, ...(emulator ? { emulator } : {}), content, metricsCache: () => metrics, sendDueReminders: () => sendDueReminders(), close };
}
