// The seam between the server and the message extension (src/bot). The bot registers
// `/api/messages` on this Express app through the Teams SDK's ExpressAdapter; the server hands it
// what it needs and keeps nothing of the bot itself.
import type { Express } from 'express';
import type { ContentPack } from '../domain/content/model';
import type { ServerConfig } from './config';
import type { Logger } from './request-log';

export interface MessageExtensionContext {
  config: ServerConfig;
  pack: ContentPack;
  /** the origin the app is reached at (CC_PUBLIC_URL, or the server's own URL locally) */
  publicBaseUrl: () => string;
  log: Logger;
}

export type MessageExtensionStatus = { mounted: true } | { mounted: false; reason: string };

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
