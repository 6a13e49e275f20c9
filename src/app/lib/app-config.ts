// The server's /app-config.json: which mode the app runs in and where Graph is. Read by hand (no
// schema library) to keep the first chunk small; a bad file gives one clear error.

export type AppMode = 'local' | 'tenant';

export interface AppConfig {
  mode: AppMode;
  clientId?: string;
  tenantId?: string;
  /** `/graph/v1.0` (the local emulator, same origin) or `https://graph.microsoft.com/v1.0` */
  graphBaseUrl: string;
  /** `root` locally; a SharePoint site id in a tenant */
  siteId: string;
  appVersion: string;
}

export class AppConfigError extends Error {
  override readonly name = 'AppConfigError';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export function parseAppConfig(value: unknown): AppConfig {
  if (value === null || typeof value !== 'object') throw new AppConfigError('app-config.json is not a JSON object');
  const raw = value as Record<string, unknown>;
  const mode = raw.mode;
  if (mode !== 'local' && mode !== 'tenant') throw new AppConfigError(`app-config.json: mode must be 'local' or 'tenant' (got ${JSON.stringify(mode)})`);
  const graphBaseUrl = text(raw.graphBaseUrl);
  const siteId = text(raw.siteId);
  if (!graphBaseUrl) throw new AppConfigError('app-config.json: graphBaseUrl is missing');
  if (!siteId) throw new AppConfigError('app-config.json: siteId is missing');
  const config: AppConfig = { mode, graphBaseUrl, siteId, appVersion: text(raw.appVersion) ?? '0.0.0', clientId: text(raw.clientId), tenantId: text(raw.tenantId) };
  if (mode === 'tenant' && (!config.clientId || !config.tenantId)) {
    throw new AppConfigError('app-config.json: tenant mode needs clientId and tenantId');
  }
  return config;
}

export async function fetchAppConfig(fetcher: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetcher('/app-config.json', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new AppConfigError(`app-config.json could not be read (HTTP ${response.status})`);
  return parseAppConfig(await response.json());
}
