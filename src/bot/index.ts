// The message extension, mounted on the server's Express app: `POST /api/messages` through the
// Teams SDK, behind a token check (http/token-guard.ts), a size and shape check and a
// per-conversation rate limit. Local mode without a bot id accepts unauthenticated activities (the
// Agents Playground); with a bot id, the token guard decides who may call, and the SDK receives
// the requests it accepted as pre-authenticated (http/activity-route-adapter.ts).
import { randomUUID } from 'node:crypto';
import { App } from '@microsoft/teams.apps';
import type { Express } from 'express';
import type { JWTVerifyGetKey } from 'jose';
import type { ContentPack } from '../domain/content/model';
import { AcknowledgementWriter } from '../server/api/acknowledgement-writer';
import type { AcknowledgementStore, MeetingCriteriaStore } from '../storage/ports';
import packageJson from '../../package.json';
import { COMMAND_IDS } from './commands';
import { botContent } from './content';
import { onCardAction } from './handlers/card-action';
import { helpMessage, welcomeMessage, type OutgoingMessage } from './handlers/conversation';
import { openDraftCheck, submitDraftCheck } from './handlers/draft-check';
import type { BotEnvironment, InboundActivity } from './handlers/environment';
import { unfurlLink } from './handlers/link-unfurl';
import { checkMessage } from './handlers/message-check';
import { taskMessage } from './handlers/responses';
import { searchCriteria, selectSearchResult } from './handlers/search';
import { activityGuard, DEFAULT_MAX_ACTIVITY_BYTES } from './http/activity-guard';
import { ActivityRouteAdapter, mayReplyTo } from './http/activity-route-adapter';
import { ConversationRateLimiter, conversationRateLimit, DEFAULT_FAILED_AUTH_LIMIT, DEFAULT_RATE_LIMIT, type RateLimit } from './http/rate-limit';
import { BOT_FRAMEWORK_KEYS_URL, cachedKeySet, fetchKeySet, tenantKeysUrl, type EndorsementLookup } from './http/signing-keys';
import { tokenGuard, type TokenPolicy } from './http/token-guard';
import { LazyHttpClient } from './http/lazy-http-client';
import { SdkLogger } from './http/sdk-logger';
import { stringsFor, languageOfLocale } from './locales';
import { inProcessMatcher, type TextMatcher } from './text-matcher';
import { GUID } from '../domain/ids';
import { sendDueReminders, WEEK_MS, type ProactiveSend, type ReminderRun } from './reminder/send-reminders';
import { keepConversation, MemoryReminderSubscriptions, type ReminderSubscriptions } from './reminder/subscriptions';

export const MESSAGING_ENDPOINT = '/api/messages';
export { MatchUnavailable, type TextMatcher } from './text-matcher';

/** the keys inbound tokens are checked against, for tests that sign tokens with keys of their own */
export interface TokenValidationOverride {
  botFrameworkKeys: JWTVerifyGetKey;
  /** the channels each test key is endorsed for; none unless given */
  botFrameworkEndorsements?: EndorsementLookup;
  tenantKeys?: JWTVerifyGetKey;
}

export interface BotDeps {
  mode: 'local' | 'tenant';
  /** the bot's Microsoft App id: the audience every inbound token must have */
  botId?: string;
  /**
   * for the calls the bot makes itself: only the weekly reminder, sent proactively (every other
   * answer goes back in the HTTP response). Validating inbound tokens needs the bot id alone, so a
   * certificate-only bot leaves it out and sends no reminders
   */
  botClientSecret?: string;
  tenantId?: string;
  /**
   * Entra apps (client ids) whose Entra-issued tokens, from the configured tenant only, may call
   * the bot; none by default, so only the Bot Framework's tokens are accepted
   */
  allowedEntraApps?: readonly string[];
  pack: ContentPack;
  /** tells of each new pack (the server read the site's lists again): cards, search and matching use it from then on */
  onContentChange?: (listener: (pack: ContentPack) => void) => void;
  acknowledgements: AcknowledgementStore;
  /** the programme team of a person (the server's team directory): filed with their card choices */
  teamOf?: (personId: string) => string | undefined;
  /** the privacy minimum (CC_PRIVACY_MIN_CONTRIBUTORS): cards count the others who chose only from this many up; 5 when not given */
  privacyMinContributors?: number;
  /** the server's one writer; made over `acknowledgements` when not given */
  writer?: Pick<AcknowledgementWriter, 'record'>;
  /**
   * the criteria attached to meetings: a link to a meeting's page unfurls into a card of them.
   * Without it such a link becomes a card saying the criteria cannot be read.
   */
  meetingCriteria?: MeetingCriteriaStore;
  /** the origin the app is reached at, e.g. http://localhost:3978 (a function when known only after listen) */
  publicBaseUrl: string | (() => string);
  /**
   * other addresses the app is served on (locally the loopback names on the server's port, known
   * after listen): links copied from them unfurl too, into cards that link to `publicBaseUrl`
   */
  otherBaseUrls?: () => readonly string[];
  /** the Teams app id, for deep links into the tab */
  appId?: string;
  /** recorded on each acknowledgement; package.json's version by default */
  appVersion?: string;
  log?: (entry: object) => void;
  /** test hook: validate tokens against these keys instead of the Bot Framework's and the tenant's */
  tokenValidation?: TokenValidationOverride;
  limits?: { maxActivityBytes?: number; rateLimit?: RateLimit; failedAuth?: RateLimit };
  /** matches user text; the server passes its worker pool, with a time limit. In-process when absent */
  match?: TextMatcher;
  /**
   * the weekly reminder: where people's chats with the bot are kept (in memory when not given) and
   * how often each may get one (a week by default). The server runs `sendDueReminders` on a timer.
   */
  reminders?: { subscriptions?: ReminderSubscriptions; intervalMs?: number };
  /** test hooks: card instance ids and the clock */
  newCardId?: () => string;
  now?: () => Date;
}

/** the deps cannot make a safe bot; the message names what is missing */
export class BotConfigurationError extends Error {
  override readonly name = 'BotConfigurationError';
}


function inboundAuthentication(deps: BotDeps): { allowUnauthenticated: boolean } {
  const botId = deps.botId?.trim();
  if (deps.mode === 'tenant' && !botId) throw new BotConfigurationError('tenant mode needs the bot id (BOT_ID): without it inbound activities cannot be authenticated');
  if (botId && !GUID.test(botId)) throw new BotConfigurationError('the bot id (BOT_ID) must be a GUID');
  // unauthenticated activities only in local mode, and never once a bot id is configured
  return { allowUnauthenticated: deps.mode === 'local' && !botId };
}

function tokenPolicy(deps: BotDeps, botId: string): TokenPolicy {
  const allowedEntraApps = [...(deps.allowedEntraApps ?? [])];
  if (allowedEntraApps.some((a) => !GUID.test(a))) throw new BotConfigurationError('the Entra apps allowed to call the bot must be client ids (GUIDs)');
  const tenantId = deps.tenantId?.trim();
  if (allowedEntraApps.length > 0 && !tenantId) throw new BotConfigurationError('Entra apps are allowed to call the bot, but no tenant id is configured');
  const botFramework = deps.tokenValidation
    ? { getKey: deps.tokenValidation.botFrameworkKeys, endorsementsOf: deps.tokenValidation.botFrameworkEndorsements }
    : cachedKeySet(fetchKeySet(BOT_FRAMEWORK_KEYS_URL));
  const policy: TokenPolicy = { botId, allowedEntraApps, botFrameworkKeys: botFramework.getKey };
  if (botFramework.endorsementsOf) policy.botFrameworkEndorsements = botFramework.endorsementsOf;
  if (tenantId) policy.tenantId = tenantId;
  // the tenant's keys are only ever fetched when some Entra app may call
  const tenantKeys = deps.tokenValidation ? deps.tokenValidation.tenantKeys : tenantId && allowedEntraApps.length > 0 ? cachedKeySet(fetchKeySet(tenantKeysUrl(tenantId))).getKey : undefined;
  if (tenantKeys) policy.tenantKeys = tenantKeys;
  return policy;
}

const asInbound = (activity: unknown) => activity as InboundActivity;

/** the command id of a message extension invoke; its value is untrusted */
const commandIdOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { commandId?: unknown }).commandId : undefined);

/** what the server can ask of the mounted message extension */
export interface MountedMessageExtension {
  /** sends the reminder to everyone who is due one; see reminder/send-reminders.ts */
  sendDueReminders(): Promise<ReminderRun>;
}

/** registers POST /api/messages on `app` (call before the app's catch-all routes) */
export async function mountMessageExtension(app: Express, deps: BotDeps): Promise<MountedMessageExtension> {
  const { allowUnauthenticated } = inboundAuthentication(deps);
  const write = (entry: Record<string, unknown>) => deps.log?.({ time: new Date().toISOString(), component: 'message-extension', ...entry });
  if (deps.tokenValidation) write({ level: 'warn', msg: 'inbound tokens are validated against a test key set, not the Bot Framework' });

  const publicBaseUrl = typeof deps.publicBaseUrl === 'function' ? deps.publicBaseUrl : () => deps.publicBaseUrl as string;
  const content = botContent(deps.pack);
  const env: BotEnvironment = {
    content,
    match: deps.match ?? inProcessMatcher(content.matcher),
    acknowledgements: deps.acknowledgements,
    writer: deps.writer ?? new AcknowledgementWriter({ store: deps.acknowledgements, appVersion: deps.appVersion ?? packageJson.version }),
    publicBaseUrl,
    appVersion: deps.appVersion ?? packageJson.version,
    newCardId: deps.newCardId ?? (() => randomUUID().replace(/-/g, '').slice(0, 20)),
    now: deps.now ?? (() => new Date()),
    log: write,
  };
  deps.onContentChange?.((pack) => {
    env.content = botContent(pack);
    if (!deps.match) env.match = inProcessMatcher(env.content.matcher);
  });
  if (deps.appId) env.teamsAppId = deps.appId;
  if (deps.otherBaseUrls) env.otherBaseUrls = deps.otherBaseUrls;
  if (deps.meetingCriteria) env.meetingCriteria = deps.meetingCriteria;
  if (deps.teamOf) env.teamOf = deps.teamOf;
  if (deps.privacyMinContributors !== undefined) env.privacyMinContributors = deps.privacyMinContributors;
  const subscriptions = deps.reminders?.subscriptions ?? new MemoryReminderSubscriptions();
  env.reminders = subscriptions;

  const limiter = new ConversationRateLimiter(deps.limits?.rateLimit ?? DEFAULT_RATE_LIMIT);
  const shapeCheck = activityGuard(deps.limits?.maxActivityBytes ?? DEFAULT_MAX_ACTIVITY_BYTES);
  if (allowUnauthenticated) {
    app.post(MESSAGING_ENDPOINT, shapeCheck, conversationRateLimit(limiter));
  } else {
    const guard = tokenGuard({
      policy: tokenPolicy(deps, deps.botId!.trim()),
      failures: new ConversationRateLimiter(deps.limits?.failedAuth ?? DEFAULT_FAILED_AUTH_LIMIT),
      log: write,
    });
    // the token first: a stranger's request is turned away before its body is read
    app.post(MESSAGING_ENDPOINT, guard.token, shapeCheck, guard.serviceUrl, conversationRateLimit(limiter));
  }

  const logger = new SdkLogger(write);
  const teams = new App({
    httpServerAdapter: new ActivityRouteAdapter(app, allowUnauthenticated),
    logger,
    messagingEndpoint: MESSAGING_ENDPOINT,
    dangerouslyAllowUnauthenticatedRequests: allowUnauthenticated,
    // empty strings keep the SDK from falling back to CLIENT_ID / CLIENT_SECRET / TENANT_ID in the environment
    clientId: deps.botId?.trim() ?? '',
    clientSecret: deps.botClientSecret ?? '',
    tenantId: deps.tenantId ?? '',
    client: new LazyHttpClient({ logger }),
    state: false,
    telemetry: { agent365: false },
  });

  teams.on('message.ext.query', async ({ activity }) => searchCriteria(env, asInbound(activity)));
  teams.on('message.ext.select-item', async ({ activity }) => selectSearchResult(env, asInbound(activity)));
  teams.on('message.ext.query-link', async ({ activity }) => unfurlLink(env, asInbound(activity)));
  teams.on('message.ext.open', async ({ activity }) => {
    const inbound = asInbound(activity);
    const commandId = commandIdOf(activity.value);
    if (commandId === COMMAND_IDS.checkDraft) return openDraftCheck(env, inbound);
    // a manifest that asks for a dialog before checking a message gets the result in the dialog
    if (commandId === COMMAND_IDS.checkMessage) return checkMessage(env, inbound, 'dialog');
    return taskMessage(stringsFor(languageOfLocale(activity.locale)).unknownCommand);
  });
  teams.on('message.ext.submit', async ({ activity }) => {
    const inbound = asInbound(activity);
    const commandId = commandIdOf(activity.value);
    if (commandId === COMMAND_IDS.checkMessage) return checkMessage(env, inbound);
    if (commandId === COMMAND_IDS.checkDraft) return submitDraftCheck(env, inbound);
    return taskMessage(stringsFor(languageOfLocale(activity.locale)).unknownCommand);
  });
  teams.on('card.action', async ({ activity }) => onCardAction(env, asInbound(activity)));

  // installing the app and writing to the bot carry no invoke: they are answered with a new
  // message, sent without holding up the HTTP answer, and only to a service URL a token vouched for
  const reply = (activity: { serviceUrl?: unknown }, message: OutgoingMessage, send: (message: OutgoingMessage) => Promise<unknown>) => {
    if (!mayReplyTo(activity)) {
      write({ level: 'info', msg: "message extension: no reply, the token vouched for no service URL" });
      return;
    }
    send(message).catch((error: unknown) => write({ level: 'warn', msg: 'message extension: reply not sent', error: (error as Error).name }));
  };
  // a person's own chat with the bot is kept for the weekly reminder, from the install or any
  // message there; only at a service URL a token vouched for, as with replies
  const keep = async (activity: { serviceUrl?: unknown; locale?: string; from?: { aadObjectId?: string }; conversation?: { id?: string; conversationType?: string; tenantId?: string } }) => {
    const personId = activity.from?.aadObjectId?.trim();
    const conversationId = activity.conversation?.id;
    if (!mayReplyTo(activity) || activity.conversation?.conversationType !== 'personal' || !personId || !conversationId) return;
    try {
      await keepConversation(
        subscriptions,
        {
          personId,
          conversationId,
          serviceUrl: activity.serviceUrl as string,
          ...(activity.conversation.tenantId ? { tenantId: activity.conversation.tenantId } : {}),
          ...(activity.locale ? { locale: activity.locale } : {}),
        },
        env.now(),
      );
    } catch (error) {
      write({ level: 'warn', msg: 'message extension: chat not kept for reminders', error: (error as Error).name });
    }
  };
  teams.on('install.add', async ({ activity, send }) => {
    await keep(activity);
    reply(activity, welcomeMessage(env, asInbound(activity)), send);
  });
  teams.on('message', async ({ activity, send }) => {
    await keep(activity);
    reply(activity, helpMessage(env, asInbound(activity)), send);
  });

  await teams.initialize();
  // the Teams SDK's proactive path: its API client, at the service URL the chat was kept with
  const sendProactive: ProactiveSend = async (subscription, message) => {
    await teams.api.clone({ serviceUrl: subscription.serviceUrl }).conversations.createActivity(subscription.conversationId, message);
  };
  const intervalMs = deps.reminders?.intervalMs ?? WEEK_MS;
  write({ level: 'info', msg: 'message extension mounted', endpoint: MESSAGING_ENDPOINT, authentication: allowUnauthenticated ? 'none (local mode)' : deps.allowedEntraApps?.length ? 'Bot Framework tokens and allowed Entra apps' : 'Bot Framework tokens' });
  return { sendDueReminders: () => sendDueReminders({ env, subscriptions, send: sendProactive, intervalMs }) };
}
