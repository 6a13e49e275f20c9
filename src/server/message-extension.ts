// The seam between the server and the message extension (src/bot): the bot registers
// `/api/messages` on this Express app through the Teams SDK's ExpressAdapter; the server hands it
// what it needs, built from the configuration, and keeps nothing of the bot itself.
import type { Express } from 'express';
import { BotConfigurationError, mountMessageExtension, type BotDeps, type MountedMessageExtension, type TextMatcher } from '../bot';
import type { ContentPack } from '../domain/content/model';
import type { AcknowledgementStore, MeetingCriteriaStore } from '../storage/ports';
import type { AcknowledgementWriter } from './api/acknowledgement-writer';
import type { ServerConfig } from './config';
import { StartupError } from './startup-error';

/** test hooks the bot offers (signing keys of the tests' own, limits, clock), passed through unchanged */
export type MessageExtensionOverrides = Partial<Pick<BotDeps, 'tokenValidation' | 'limits' | 'newCardId' | 'now'>>;

export interface MessageExtensionContext {
  config: ServerConfig;
  pack: ContentPack;
  /** tells of each new pack read from the site's lists (server-content.ts) */
  onContentChange?: (listener: (pack: ContentPack) => void) => void;
  /** where card decisions are recorded: the emulator locally, SharePoint app-only in a tenant */
  acknowledgements: AcknowledgementStore;
  /** the server's one writer of acknowledgements, shared with POST /api/acknowledgements */
  writer?: Pick<AcknowledgementWriter, 'record'>;
  /** the weekly reminder's subscriptions and interval (reminders/) */
  reminders?: BotDeps['reminders'];
  /** the programme team of a person, for their card choices (api/team-directory.ts) */
  teamOf?: (personId: string) => string | undefined;
  /** the privacy minimum (CC_PRIVACY_MIN_CONTRIBUTORS): a card counts the others who chose only from this many up */
  privacyMinContributors?: number;
  /** the meetings' attached criteria, from the same lists: a link to a meeting's page unfurls into a card of them */
  meetingCriteria?: MeetingCriteriaStore;
  /** the origin the app is reached at (CC_PUBLIC_URL, or the server's own URL locally), for links in cards */
  publicBaseUrl: () => string;
  /** the other origins the app is served on, whose links unfurl too (locally localhost and 127.0.0.1 on the port) */
  otherBaseUrls?: () => readonly string[];
  /** the bot's structured log entries */
  log: (entry: object) => void;
  overrides?: MessageExtensionOverrides;
  /** matches user text off the event loop (the server's worker pool) */
  match?: TextMatcher;
}

/** the bot's part of the configuration: in a tenant its id and secret, and every inbound token validated */
export function botDeps(context: MessageExtensionContext): BotDeps {
  const { config } = context;
  const deps: BotDeps = {
    mode: config.mode,
    pack: context.pack,
    ...(context.onContentChange ? { onContentChange: context.onContentChange } : {}),
    acknowledgements: context.acknowledgements,
    ...(context.writer ? { writer: context.writer } : {}),
    ...(context.meetingCriteria ? { meetingCriteria: context.meetingCriteria } : {}),
    ...(context.teamOf ? { teamOf: context.teamOf } : {}),
    ...(context.privacyMinContributors !== undefined ? { privacyMinContributors: context.privacyMinContributors } : {}),
    ...(context.reminders ? { reminders: context.reminders } : {}),
    publicBaseUrl: context.publicBaseUrl,
    ...(context.otherBaseUrls ? { otherBaseUrls: context.otherBaseUrls } : {}),
    appVersion: config.appVersion,
    log: context.log,
    ...(context.match ? { match: context.match } : {}),
    ...(config.teamsAppId ? { appId: config.teamsAppId } : {}),
    ...context.overrides,
  };
  if (config.mode === 'local') return deps;
  // every answer goes back in the HTTP response, so validating inbound tokens needs the bot id
  // alone; a certificate-only bot passes no secret
  const secret = config.botCredential.kind === 'secret' ? { botClientSecret: config.botCredential.clientSecret } : {};
  return { ...deps, botId: config.botId, tenantId: config.tenantId, allowedEntraApps: config.botAllowedEntraApps, ...secret };
}

/** mounts the message extension at /api/messages; call before the /api 404 and the web app */
export async function mountMessageExtensionRoutes(app: Express, context: MessageExtensionContext): Promise<MountedMessageExtension> {
  try {
    return await mountMessageExtension(app, botDeps(context));
  } catch (error) {
    if (error instanceof BotConfigurationError) throw new StartupError(error.message);
    throw error;
  }
}
