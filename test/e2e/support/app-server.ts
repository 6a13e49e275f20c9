// The real server, started in-process in local mode on a free loopback port with a fresh emulator
// database, as `npm start` runs it. Plus what the tests ask the emulator over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF } from '../../../src/auth/demo-staff';
import { makeDevToken } from '../../../src/auth/dev-token';
import { LOCAL_APP_IDENTITY } from '../../../src/auth/local-app-identity';
import { loadConfig } from '../../../src/server/config';
import { startServer, type RunningServer } from '../../../src/server/create-server';
import { currentWebBuild } from './web-build';

export interface AppServer {
  url: string;
  logs: string[];
  /** brings the server's copy for /api/metrics up to date now (it refreshes on its own every 30 s) */
  syncMetrics(): Promise<void>;
  close(): Promise<void>;
}

/** starts the server on the e2e project's web build, which its globalSetup made before any file ran */
export async function startAppServer(): Promise<AppServer> {
  const build = currentWebBuild();
  if (!build) throw new Error('no e2e web build: run the browser tests through jest (npm run test:e2e), whose globalSetup builds it');
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  const config = loadConfig({ CC_MODE: 'local', HOST: '127.0.0.1', CC_DATA_DIR: dataDir, CC_WEB_ROOT: build.webRoot }, { appVersion: '0.0.0-e2e' });
  const logs: string[] = [];
  let server: RunningServer;
  try {
    server = await startServer({ config, port: 0, logSink: (line) => void logs.push(line) });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    logs,
    async syncMetrics() {
      for (let i = 0; i < 200 && !server.metricsCache()?.cache; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await server.metricsCache()?.refresh();
      await server.metricsCache()?.refresh();
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface ListItem {
  id: string;
  fields: Record<string, unknown>;
}

/** the rows of a list on the emulator's site, read over HTTP as any Graph client would, as the app (staff may not read the locked lists) */
export async function listRows(url: string, displayName: string): Promise<ListItem[]> {
  const headers = { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` };
  const fetchJson = async <T>(link: string): Promise<T> => {
    const response = await fetch(link, { headers });
    if (!response.ok) throw new Error(`GET ${link}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}/graph/v1.0${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const lists = await get<{ value: { id: string; displayName: string }[] }>('/sites/root/lists?$select=id,displayName');
  const list = lists.value.find((l) => l.displayName === displayName);
  if (!list) throw new Error(`no list called ${displayName} on the emulator's site`);
  const rows: ListItem[] = [];
  let page = await get<{ value: ListItem[]; '@odata.nextLink'?: string }>(`/sites/root/lists/${list.id}/items?$expand=fields&$top=200`);
  rows.push(...page.value);
  while (page['@odata.nextLink']) {
    page = await fetchJson<typeof page>(page['@odata.nextLink']);
    rows.push(...page.value);
  }
  return rows;
}

/** switches the emulator's fault injection (`{}` restores it) */
export async function setFaults(url: string, faults: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/graph/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(DEMO_STAFF[4]!)}` }, body: JSON.stringify(faults) });
  if (!response.ok) throw new Error(`setting faults failed: HTTP ${response.status} ${await response.text()}`);
}
