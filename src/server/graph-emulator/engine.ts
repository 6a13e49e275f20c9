// The emulator without HTTP: one SQLite file, the repositories, and a dispatcher from method and
// path to the resource handlers. The Express router and $batch both call `handle`.
import { openEmulatorDatabase, siteIdentity, type Db } from './database';
import { FaultController } from './faults';
import { GraphError, graphErrorBody } from './graph-error';
import { json, type GraphRequest, type GraphResponse } from './graph-request';
import { ItemRepository } from './item-repository';
import { ListRepository } from './list-repository';
import { runBatch } from './resources/batch';
import { addColumn, getColumn, listColumns, updateColumn } from './resources/columns';
import type { EngineContext } from './resources/common';
import { itemsDelta } from './resources/delta';
import { createItem, deleteItem, getFields, getItem, queryItems, updateFields } from './resources/items';
import { createList, getList, listLists } from './resources/lists';
import { getSite } from './resources/sites';
import { LocalSite } from './site';
import { SiteUsers } from './site-users';
import type { FaultConfig, ListPermissions } from './types';

export const DEFAULT_LIST_VIEW_THRESHOLD = 5000;

type Handler = (ctx: EngineContext, req: GraphRequest, ...segments: string[]) => GraphResponse;
type Route = { pattern: readonly (string | null)[]; methods: Partial<Record<string, Handler>> };

// null matches any one segment, which is passed to the handler
const ROUTES: readonly Route[] = [
  { pattern: ['$batch'], methods: { POST: runBatch } },
  { pattern: ['sites', null], methods: { GET: getSite } },
  { pattern: ['sites', null, 'lists'], methods: { GET: listLists, POST: createList } },
  { pattern: ['sites', null, 'lists', null], methods: { GET: getList } },
  { pattern: ['sites', null, 'lists', null, 'columns'], methods: { GET: listColumns, POST: addColumn } },
  { pattern: ['sites', null, 'lists', null, 'columns', null], methods: { GET: getColumn, PATCH: updateColumn } },
  { pattern: ['sites', null, 'lists', null, 'items'], methods: { GET: queryItems, POST: createItem } },
  { pattern: ['sites', null, 'lists', null, 'items', 'delta'], methods: { GET: itemsDelta } },
  { pattern: ['sites', null, 'lists', null, 'items', 'delta()'], methods: { GET: itemsDelta } },
  { pattern: ['sites', null, 'lists', null, 'items', null], methods: { GET: getItem, DELETE: deleteItem } },
  { pattern: ['sites', null, 'lists', null, 'items', null, 'fields'], methods: { GET: getFields, PATCH: updateFields } },
];

/** path segments, with the `{hostname}:/sites/{path}:` site address kept as one segment */
function segmentsOf(path: string): string[] {
  const byPath = /^\/sites\/([^/]+:\/sites\/[^/:]+):?(\/.*)?$/.exec(path);
  const rest = byPath ? (byPath[2] ?? '') : path;
  const split = rest
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return byPath ? ['sites', byPath[1] as string, ...split] : split;
}

export interface EngineOptions {
  dbFile: string;
  listViewThreshold?: number;
  faults?: FaultConfig;
  listPermissions?: ListPermissions;
}

export class EmulatorEngine {
  readonly faults: FaultController;
  private readonly db: Db;
  private readonly ctx: EngineContext;
  private dataVersion: number;
  private readonly dataVersionStatement;
  private closed = false;

  constructor(options: EngineOptions) {
    this.faults = new FaultController(options.faults);
    this.db = openEmulatorDatabase(options.dbFile);
    const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const identity = siteIdentity(this.db, now());
    const users = new SiteUsers(this.db);
    const lists = new ListRepository(this.db);
    const db = this.db;
    // one transaction function for all: better-sqlite3 makes nested calls savepoints
    const runInTransaction = db.transaction((work: () => unknown) => work());
    const forgetCaches = (): void => {
      lists.forget();
      users.forget();
    };
    this.ctx = {
      db,
      site: new LocalSite(identity),
      users,
      lists,
      items: new ItemRepository(db, users),
      faults: this.faults,
      listViewThreshold: options.listViewThreshold ?? DEFAULT_LIST_VIEW_THRESHOLD,
      ...(options.listPermissions ? { listPermissions: options.listPermissions } : {}),
      epoch: identity.epoch,
      now,
      write: <T>(change: () => T): T => {
        try {
          return runInTransaction.immediate(change) as T;
        } catch (error) {
          // the rows cached during the change may have been rolled back
          forgetCaches();
          throw error;
        }
      },
      read: <T>(reads: () => T): T => runInTransaction.deferred(reads) as T,
      handle: (req) => this.handle(req),
    };
    this.dataVersionStatement = this.db.prepare<[], number>('PRAGMA data_version').pluck();
    this.dataVersion = this.currentDataVersion();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** answers one request; every failure becomes a Graph error body, never an exception */
  handle(req: GraphRequest): GraphResponse {
    try {
      if (this.closed) throw new GraphError(503, 'serviceNotAvailable', 'The local emulator is closed.', undefined, { 'Retry-After': '1' });
      this.noticeOtherWriters();
      const segments = segmentsOf(req.path);
      const route = ROUTES.find((r) => r.pattern.length === segments.length && r.pattern.every((p, i) => p === null || p === segments[i]));
      if (!route) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segments[segments.length - 1] ?? ''}'.`);
      const handler = route.methods[req.method];
      if (!handler) throw new GraphError(405, 'methodNotAllowed', `${req.method} is not allowed on ${req.path}.`);
      const args = route.pattern.flatMap((p, i) => (p === null ? [segments[i] as string] : []));
      return handler(this.ctx, req, ...args);
    } catch (error) {
      if (error instanceof GraphError) return json(error.status, graphErrorBody(error, req.ids), error.headers);
      console.error('graph emulator: unexpected failure', error);
      const internal = new GraphError(500, 'generalException', 'The local emulator failed on this request; see the server log.');
      return json(500, graphErrorBody(internal, req.ids));
    }
  }

  /** the lists and their item counts, for the health route */
  summary(): { siteId: string; lists: { id: string; displayName: string; itemCount: number }[] } {
    this.noticeOtherWriters();
    return {
      siteId: this.ctx.site.id,
      lists: this.ctx.lists.all().map((l) => ({ id: l.id, displayName: l.displayName, itemCount: this.ctx.lists.counters(l).itemCount })),
    };
  }

  /** tokens issued so far become unusable and tombstones are dropped, as after long disuse */
  expireDeltaTokens(): void {
    this.ctx.write(() => {
      this.db.prepare('UPDATE lists SET delta_floor = change_seq').run();
      this.db.prepare('DELETE FROM item_changes WHERE deleted = 1').run();
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private currentDataVersion(): number {
    return this.dataVersionStatement.get() as number;
  }

  /** another process (the CLI, a second server) wrote to the file: drop cached lists and users */
  private noticeOtherWriters(): void {
    const version = this.currentDataVersion();
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.ctx.lists.forget();
      this.ctx.users.forget();
    }
  }
}
