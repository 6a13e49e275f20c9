// `/app-config.json`: what the browser app needs to know about where it runs. Everything here is
// public (ids, not secrets); the bot's credential and anything else secret never leaves the server.
import type { RequestHandler } from 'express';
import { GRAPH_BASE_URL } from '../auth/graph-scopes';
import type { ServerConfig } from './config';

/** the emulator's Graph endpoints, same-origin in local mode */
export const EMULATOR_MOUNT_PATH = '/graph/v1.0';

/** the client id local mode's development tokens are issued for (see src/auth/dev-token.ts) */
export const LOCAL_CLIENT_ID = 'circular-choices-local';

export interface PublicAppConfig {
  mode: 'local' | 'tenant';
  /** the Entra app the tab signs in with (nested app authentication); a fixed name in local mode */
  clientId: string;
  /** the Entra tenant, in tenant mode */
  tenantId?: string;
  /** where Graph is: the same-origin emulator path locally, Microsoft Graph in a tenant */
  graphBaseUrl: string;
  /** the SharePoint site of the lists (`root` is the emulator's only site) */
  siteId: string;
  appVersion: string;
  /** the version of the content pack the server loaded */
  contentVersion?: string;
  /** who sees the whole adoption dashboard (Entra group ids, team ids); others see their own team */
  coordinators: { groupIds: string[]; teams: string[] };
}

export function publicAppConfig(config: ServerConfig, contentVersion?: string): PublicAppConfig {
  const version = contentVersion === undefined ? {} : { contentVersion };
  if (config.mode === 'local') {
    return {
      mode: 'local',
      clientId: LOCAL_CLIENT_ID,
      graphBaseUrl: EMULATOR_MOUNT_PATH,
      siteId: 'root',
      appVersion: config.appVersion,
      coordinators: config.coordinators,
      ...version,
    };
  }
  return {
    mode: 'tenant',
    clientId: config.clientId,
    tenantId: config.tenantId,
    graphBaseUrl: GRAPH_BASE_URL,
    siteId: config.graphSiteId,
    appVersion: config.appVersion,
    coordinators: config.coordinators,
    ...version,
  };
}

export function appConfigRoute(config: ServerConfig, contentVersion?: string): RequestHandler {
  const body = publicAppConfig(config, contentVersion);
  return (_req, res) => {
    // a redeployment with other settings must reach open tabs on their next load
    res.setHeader('Cache-Control', 'no-cache');
    res.json(body);
  };
}
