// The seam between the server and the message extension (src/bot). The bot registers
// `/api/messages` on this Express app through the Teams SDK's ExpressAdapter; the server hands it
// what it needs, built from the configuration, and keeps nothing of the bot itself.
import type { Express } from 'express';
import type { ContentPack } from '../domain/content/model';
import type { AcknowledgementStore } from '../storage/ports';
import { appTokenProvider, type AppTokenProvider } from './app-credentials';
import type { ServerConfig } from './config';
import type { Logger } from './request-log';

/**
 * the bot's own identity for the Teams SDK (`App` options): with it, every inbound activity's token
 * is validated. Absent in local mode, where the Agents Playground sends unauthenticated activities.
 */
export type BotIdentity = { clientId: string; tenantId: string } & ({ clientSecret: string } | { token: AppTokenProvider });

export interface MessageExtensionContext {
  mode: ServerConfig['mode'];
  bot?: BotIdentity;
  pack: ContentPack;
  /** where card decisions are recorded: the emulator locally, SharePoint app-only in a tenant */
  acknowledgements: AcknowledgementStore;
  /** the origin the app is reached at (CC_PUBLIC_URL, or the server's own URL locally), for deep links */
  publicBaseUrl: () => string;
  log: Logger;
}

export type MessageExtensionStatus = { mounted: true } | { mounted: false; reason: string };

/** the bot's identity from the configuration; reads the certificate now, so a bad one stops the start */
export function botIdentity(config: ServerConfig): BotIdentity | undefined {
  if (config.mode === 'local') return undefined;
  const base = { clientId: config.botId, tenantId: config.tenantId };
  return config.botCredential.kind === 'secret'
    ? { ...base, clientSecret: config.botCredential.clientSecret }
    : { ...base, token: appTokenProvider(config.tenantId, config.botId, config.botCredential) };
}

/**
 * mounts the message extension at /api/messages.
 * TODO(issue 5): call `mountMessageExtension(app, deps)` from src/bot/index.ts here once it exists;
 * until then /api/messages answers the JSON 404 of unknown API routes.
 */
export async function mountMessageExtensionRoutes(_app: Express, context: MessageExtensionContext): Promise<MessageExtensionStatus> {
  const reason = 'the message extension (src/bot) is not part of this build yet';
  context.log.warn('message extension not mounted', { reason });
  return { mounted: false, reason };
}
