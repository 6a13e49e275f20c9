// `circular-choices lists provision|import-content [--site ID|URL] [--device-code]`
// Without --site the commands act on the local emulator of `npm start`; with it, on a SharePoint
// site in the tenant, signed in app-only (client credentials) or with a device code.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { appOnlyTokenProvider, MissingConfigurationError, readAppOnlyConfig, type TokenProvider } from '../../auth/app-only-credentials';
import { LOCAL_APP_IDENTITY } from '../../auth/local-app-identity';
import { makeDevToken } from '../../auth/dev-token';
import { deviceCodeTokenProvider, readDeviceCodeConfig } from '../../auth/device-code';
import { GRAPH_BASE_URL } from '../../auth/graph-scopes';
import { DEFAULT_PACK_DIR, readContentPack } from '../../content/read-pack';
import { formatContentError } from '../../domain/content/content-error';
import {
  auditAuthors,
  createGraphClient,
  GraphRequestError,
  importContent,
  provision,
  resolveSiteId,
  sitePath,
  type GraphHttp,
  type ProvisionReport,
} from '../../storage/graph';
import { BadInputError, type CliIO } from '../cli-io';
import { lockReportLines, lockSite, SharePointRefusedError, sharePointRest, type LockReport } from '../../storage/sharepoint/list-permissions';

/** the port `npm start` listens on when PORT is not set (src/server/config.ts) */
const DEFAULT_LOCAL_PORT = 3978;
/** where the local server mounts its Graph-lists emulator (src/server/public-config.ts) */
const EMULATOR_PATH = '/graph/v1.0';
export const LOCAL_GRAPH_BASE_URL = `http://localhost:${DEFAULT_LOCAL_PORT}${EMULATOR_PATH}`;

export interface SiteOptions {
  site?: string;
  deviceCode?: boolean;
  /** the local server's URL (`http://localhost:4000`), when it does not run on PORT or 3978 */
  server?: string;
}

/**
 * the local emulator's Graph base URL: `--server`, else CC_GRAPH_BASE_URL, else the server on PORT
 * (as `npm start` reads it), else on 3978
 */
export function localGraphBaseUrl(server: string | undefined, env: Record<string, string | undefined>): string {
  if (server !== undefined) {
    let url: URL;
    try {
      url = new URL(server.trim());
    } catch {
      throw new BadInputError(`--server must be the local server's URL, like http://localhost:4000 (got '${server}')`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInputError(`--server must be an http(s) URL (got '${server}')`);
    return `${url.origin}${EMULATOR_PATH}`;
  }
  const explicit = env.CC_GRAPH_BASE_URL?.trim();
  if (explicit) return explicit;
  const port = env.PORT?.trim();
  if (port) {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw new BadInputError(`PORT must be a port number from 1 to 65535 (got '${port}')`);
    return `http://localhost:${port}${EMULATOR_PATH}`;
  }
  return LOCAL_GRAPH_BASE_URL;
}

export interface SiteConnection {
  http: GraphHttp;
  siteId: string;
  /** where the command acts, for messages */
  where: string;
}

/** adds the options every command on a site shares */
export function withSiteOptions(command: Command): Command {
  return command
    .option('--site <id-or-url>', 'a SharePoint site id or URL (default: the local emulator of `npm start`)')
    .option('--device-code', 'with --site: sign in as yourself with a device code instead of the app-only credentials')
    .option('--server <url>', 'without --site: the local server to use (default: http://localhost:$PORT, or port 3978)');
}

/** a Graph failure as a message for the person at the terminal */
export function describeGraphFailure(error: GraphRequestError, where: string): string {
  if (error.status === 401 || error.status === 403) {
    return `${where} refused access (${error.status} ${error.code}): the app needs Sites.Selected with a grant on this site`;
  }
  if (error.status === 0) return `no answer from ${where}: ${error.message}`;
  return `${where} answered ${error.status} ${error.code}: ${error.message}`;
}

/** the Graph client and site id a command acts on, or a BadInputError that says what to fix */
export async function connectToSite(options: SiteOptions, io: CliIO): Promise<SiteConnection> {
  if (!options.site) {
    if (options.deviceCode) throw new BadInputError('--device-code signs in to a tenant: use it with --site');
    const baseUrl = localGraphBaseUrl(options.server, io.env);
    // the command line acts as the app, as it does in a tenant with app-only credentials
    const token = makeDevToken(LOCAL_APP_IDENTITY);
    const http = createGraphClient({ baseUrl, getToken: async () => token });
    const where = `the local Graph emulator at ${baseUrl}`;
    try {
      // one quick attempt: a server that is not running will not start by itself
      const siteId = await resolveSiteId(http, undefined, { retry: { maxRetries: 1, backoffBaseMs: 200 } });
      return { http, siteId, where };
    } catch (error) {
      if (error instanceof GraphRequestError && error.status === 0) {
        throw new BadInputError(`cannot reach ${where}: is the local server running? start it with npm start`);
      }
      throw error instanceof GraphRequestError ? new BadInputError(describeGraphFailure(error, where)) : error;
    }
  }

  if (options.server !== undefined) throw new BadInputError('--server names a local server: leave out --site, or --server');
  try {
    sitePath(options.site);
  } catch (error) {
    throw new BadInputError((error as Error).message);
  }
  let getToken: TokenProvider;
  try {
    getToken = options.deviceCode
      ? deviceCodeTokenProvider(readDeviceCodeConfig(io.env), (message) => io.err(message))
      : appOnlyTokenProvider(readAppOnlyConfig(io.env));
  } catch (error) {
    if (error instanceof MissingConfigurationError) throw new BadInputError(error.message);
    throw error;
  }
  const http = createGraphClient({ baseUrl: GRAPH_BASE_URL, getToken });
  const where = `the site ${options.site}`;
  try {
    return { http, siteId: await resolveSiteId(http, options.site), where };
  } catch (error) {
    if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, where));
    throw error;
  }
}

function printProvision(report: ProvisionReport, io: CliIO): void {
  for (const list of report.lists) {
    const changes = [
      list.columnsAdded.length > 0 ? `columns added: ${list.columnsAdded.join(', ')}` : '',
      list.indexesAdded.length > 0 ? `indexed: ${list.indexesAdded.join(', ')}` : '',
      list.uniqueKeysAdded.length > 0 ? `made unique: ${list.uniqueKeysAdded.join(', ')}` : '',
      list.choicesExtended.length > 0 ? `choices added to: ${list.choicesExtended.join(', ')}` : '',
    ].filter(Boolean);
    const state = list.created ? 'created' : changes.length > 0 ? changes.join('; ') : 'up to date';
    io.out(`${list.displayName}: ${state}`);
    for (const problem of list.problems) io.err(`${list.displayName}: ${problem}`);
  }
}

/** runs work on a site, a Graph failure as a message that names the site */
export async function onSite<T>(connection: SiteConnection, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
    throw error;
  }
}

export function register(program: Command, io: CliIO): void {
  const lists = program.command('lists').description('the SharePoint lists of the app (local emulator by default)');

  withSiteOptions(lists.command('provision').description('create the lists, their columns and indexes; running it again changes nothing')).action(
    async (options: SiteOptions) => {
      const connection = await connectToSite(options, io);
      const report = await onSite(connection, () => provision(connection.http, connection.siteId));
      printProvision(report, io);
      const problems = report.lists.reduce((n, l) => n + l.problems.length, 0);
      if (problems > 0) throw new BadInputError(`${problems} problem${problems === 1 ? '' : 's'} on ${connection.where} need a change by hand`);
    },
  );

  withSiteOptions(
    lists
      .command('import-content')
      .description('write the content pack into the Programme actions and Checklists lists, so coordinators can edit it')
      .option('--pack <dir>', 'the content pack folder (default: the bundled pack)'),
  ).action(async (options: SiteOptions & { pack?: string }) => {
    // the pack is checked whole before anything is written
    const folder = options.pack ? resolve(io.cwd, options.pack) : DEFAULT_PACK_DIR;
    const result = readContentPack(folder);
    if (!result.ok) {
      for (const error of result.errors) io.err(formatContentError(error));
      throw new BadInputError(`the content pack in ${folder} has ${result.errors.length} problem(s); nothing was imported`);
    }
    const connection = await connectToSite(options, io);
    const reports = await onSite(connection, async () => {
      const provisioned = await provision(connection.http, connection.siteId);
      if (provisioned.changed) printProvision(provisioned, io);
      return importContent(connection.http, connection.siteId, result.pack);
    });
    let failures = 0;
    for (const report of reports) {
      const kept = report.notInPack.length > 0 ? `; ${report.notInPack.length} row(s) not in the pack, kept: ${report.notInPack.join(', ')}` : '';
      io.out(`${report.displayName}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged${kept}`);
      for (const failure of report.failures) io.err(`${report.displayName}: ${failure.id}: ${failure.error.status} ${failure.error.code}: ${failure.error.message}`);
      failures += report.failures.length;
    }
    if (failures > 0) throw new BadInputError(`${failures} row(s) were not written; run the import again to retry them`);
  });

  lists
    .command('lock')
    .alias('lock-acknowledgements')
    .description(
      "break the permission inheritance of the lists only the server writes (Acknowledgements, Meeting criteria, Indicators, Adoption) so only site owners and the app reach them, and the site's Members (coordinators) read Indicators and Adoption (tenant only; sign in as a site owner: Full Control on the site)",
    )
    .requiredOption('--site <url>', 'the SharePoint site URL, e.g. https://contoso.sharepoint.com/sites/circulair')
    .action(async (options: { site: string }) => {
      let siteUrl: URL;
      try {
        siteUrl = new URL(options.site);
      } catch {
        throw new BadInputError('--site must be the https URL of the SharePoint site');
      }
      if (siteUrl.protocol !== 'https:') throw new BadInputError('--site must be the https URL of the SharePoint site');
      let getToken: TokenProvider;
      try {
        // SharePoint's REST API, not Graph: a delegated token of a site owner for the SharePoint host
        getToken = deviceCodeTokenProvider({ ...readDeviceCodeConfig(io.env), scopes: [`https://${siteUrl.host}/AllSites.FullControl`] }, (message) => io.err(message));
      } catch (error) {
        if (error instanceof MissingConfigurationError) throw new BadInputError(error.message);
        throw error;
      }
      const rest = sharePointRest(siteUrl.href, getToken);
      let reports: LockReport[];
      try {
        reports = await lockSite(rest);
      } catch (error) {
        if (error instanceof SharePointRefusedError) throw new BadInputError(error.message);
        throw error;
      }
      for (const line of lockReportLines(reports)) io.out(line);
    });

  withSiteOptions(
    lists
      .command('audit-authors')
      .description("for a list written before the server was the one writer: report acknowledgements whose person is not SharePoint's Created By"),
  ).action(async (options: SiteOptions) => {
    const connection = await connectToSite(options, io);
    // locally the server and the CLI write as the app identity; in a tenant SharePoint marks app-only rows itself
    const audit = await onSite(connection, () => auditAuthors(connection.http, connection.siteId, { appIds: options.site ? [] : [LOCAL_APP_IDENTITY.oid] }));
    io.out(`${audit.rows} row(s): ${audit.byApp} written by the app, ${audit.byThePerson} by the person they name, ${audit.mismatched.length} by someone else`);
    for (const row of audit.mismatched) io.out(`item ${row.itemId} (AckKey ${row.ackKey}): names ${row.staffAadId}, created by ${row.createdById}${row.createdByName ? ` (${row.createdByName})` : ''}`);
  });
}
