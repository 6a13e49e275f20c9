// Local mode's Graph: the embedded Graph-lists emulator, same-origin under /graph. Never built in
// tenant mode; startServer only calls this for a LocalConfig.
import type { Express } from 'express';
import { join } from 'node:path';
import { DEFAULT_DEMO_USER, DEMO_STAFF } from '../auth/demo-staff';
import { LOCAL_APP_IDENTITY } from '../auth/local-app-identity';
import { APP_ONLY_LISTS, APP_WRITTEN_LISTS, CONTENT_LISTS } from '../storage/list-definitions';
import type { LocalConfig } from './config';
import { createGraphEmulator } from './graph-emulator';
import type { GraphEmulator, ListAccess, ListPermissions } from './graph-emulator/types';
import type { HealthCheck } from './health';
import { EMULATOR_MOUNT_PATH } from './public-config';

/** the emulator's control routes (faults, health, delta expiry), local mode only */
export const EMULATOR_CONTROL_PATH = '/graph/_emulator';

/** the SQLite file of the local site's lists (the CLI reaches them through the running server, over HTTP) */
export function emulatorDbFile(dataDir: string): string {
  return join(dataDir, 'graph-emulator.sqlite');
}

/**
 * the lists' permissions of a locked tenant (docs/deploy.md, `lists lock`), with the demo staff of
 * the coordinators' teams as the site's Members group: the app reads and writes every list; nobody
 * else reads the acknowledgements or the meeting criteria; coordinators read the Indicators and
 * Adoption lists the server writes, and edit the content, which everyone reads
 */
export function lockedSitePermissions(coordinatorTeams: readonly string[]): ListPermissions {
  const coordinators = DEMO_STAFF.filter((p) => p.team !== undefined && coordinatorTeams.includes(p.team)).map((p) => p.oid);
  const lists: Record<string, ListAccess> = {};
  for (const list of APP_ONLY_LISTS) lists[list.displayName] = { readers: [], writers: [] };
  for (const list of APP_WRITTEN_LISTS) lists[list.displayName] = { readers: coordinators, writers: [] };
  for (const list of CONTENT_LISTS) lists[list.displayName] = { readers: 'everyone', writers: coordinators };
  return { appIds: [LOCAL_APP_IDENTITY.oid], lists };
}

export interface MountedEmulator {
  emulator: GraphEmulator;
  health: HealthCheck;
}

/**
 * mounts the emulator on `app`; must run before any body parser, the emulator reads its own bodies.
 * `selfUrl` is the server's own loopback URL, known once it listens.
 */
export function mountLocalEmulator(app: Express, config: LocalConfig, selfUrl: () => string): MountedEmulator {
  const emulator = createGraphEmulator({
    dbFile: emulatorDbFile(config.dataDir),
    listViewThreshold: config.listViewThreshold,
    defaultUser: { oid: DEFAULT_DEMO_USER.oid, name: DEFAULT_DEMO_USER.name, upn: DEFAULT_DEMO_USER.upn },
    faults: config.faults,
    // as a locked tenant: a request needs a token (a development token names the person or the
    // app), and each list answers only those its permissions let in
    acceptAnyBearer: false,
    controlRoutes: true,
    listPermissions: lockedSitePermissions(config.coordinators.teams),
    // behind a tunnel, next links must point at the public origin; otherwise at what the request came to
    ...(config.publicUrl ? { publicBaseUrl: `${config.publicUrl}${EMULATOR_MOUNT_PATH}` } : {}),
  });
  app.use(EMULATOR_MOUNT_PATH, emulator.router);
  app.use(EMULATOR_CONTROL_PATH, emulator.controlRouter);
  const health: HealthCheck = {
    name: 'graphEmulator',
    // through HTTP, so the check covers the router and the database as a client sees them
    check: async () => (await fetch(`${selfUrl()}${EMULATOR_CONTROL_PATH}/health`, { signal: AbortSignal.timeout(2000) })).ok,
  };
  return { emulator, health };
}
