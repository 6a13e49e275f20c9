// Public types of the embedded Graph-lists emulator.
import type { Request, Router } from 'express';

/** the person a request acts as: an Entra-style object id, a display name and a sign-in name */
export interface EmulatorUser {
  oid: string;
  name: string;
  upn: string;
}

/**
 * switchable misbehaviour, for tests and demos. Rates are shares of requests (0..1); each request
 * (and each $batch sub-request, for throttling) rolls separately.
 */
export interface FaultConfig {
  /** share answered 429 or 503 (half each) with Retry-After, without doing the work */
  throttleRate?: number;
  /** the Retry-After value, in seconds (0 is allowed for fast tests); 1 when not set */
  retryAfterSeconds?: number;
  /** share of connections destroyed without an answer */
  dropRate?: number;
  /**
   * when a dropped request is cut: 'before' the work, 'after' it (the write is committed but the
   * client never hears so, the case idempotent writes exist for) or 'either' at random (default)
   */
  dropPhase?: 'before' | 'after' | 'either';
  /** delay added to every answer, in milliseconds */
  latencyMs?: number;
}

export interface GraphEmulatorOptions {
  /** SQLite file (created with its folder when missing), or ':memory:' */
  dbFile: string;
  /** SharePoint's list view threshold: queries on non-indexed columns fail above it; 5000 by default */
  listViewThreshold?: number;
  /**
   * the absolute URL the router is reachable at (e.g. `http://localhost:3978/graph/v1.0`), used in
   * next links, delta links and Location headers; by default the request's protocol, host and mount path
   */
  publicBaseUrl?: string | ((req: Request) => string);
  /** who acts when a request carries no development token */
  defaultUser: EmulatorUser;
  faults?: FaultConfig;
  /**
   * local mode: any bearer token is accepted (the user is read from an unsigned development token
   * when it is one); otherwise only development tokens are. The control routes exist only in local mode.
   */
  acceptAnyBearer: boolean;
  /** the control routes (`/faults`, `/delta/expire`); as acceptAnyBearer when not said */
  controlRoutes?: boolean;
  /**
   * a locked tenant's list permissions (docs/deploy.md, `lists lock`): who besides the app reads and
   * changes the items of each named list; a request of anyone else is answered 403 accessDenied, and
   * the list is left out of the site's lists they see. Lists not named are everyone's, as the site's.
   */
  listPermissions?: ListPermissions;
}

/** who may read and who may change a list's items, besides the app */
export interface ListAccess {
  /** object ids that read it, or everyone who reaches the site */
  readers: 'everyone' | readonly string[];
  /** object ids that create, update and delete its items (readers too) */
  writers: readonly string[];
}

export interface ListPermissions {
  /** the object ids that act as the app (its site grant): they read and change every list */
  appIds: readonly string[];
  /** by list display name */
  lists: Readonly<Record<string, ListAccess>>;
}

export interface GraphEmulator {
  /** the Graph v1.0 endpoints; mount at `/graph/v1.0`, before any body parser */
  router: Router;
  /** faults and health (`POST /faults`, `GET /faults`, `GET /health`, `POST /delta/expire`); mount at `/graph/_emulator` */
  controlRouter: Router;
  setFaults(faults: FaultConfig): void;
  getFaults(): FaultConfig;
  /** makes every delta token issued so far unusable (410 Gone), as SharePoint does after long disuse */
  expireDeltaTokens(): void;
  /** closes the database; later requests are answered 503 */
  close(): void;
}

export interface EmulatorServerOptions extends GraphEmulatorOptions {
  /** 0 (any free port) by default; the server listens on 127.0.0.1 only */
  port?: number;
  /** serve https with this key and certificate instead of plain http */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface EmulatorServer {
  /** e.g. `http://127.0.0.1:PORT/graph/v1.0` */
  readonly baseUrl: string;
  /** e.g. `http://127.0.0.1:PORT/graph/_emulator` */
  readonly controlUrl: string;
  readonly port: number;
  setFaults(faults: FaultConfig): void;
  expireDeltaTokens(): void;
  /** closes the HTTP server and the database, then reopens the same file on the same port */
  restart(): Promise<void>;
  close(): Promise<void>;
}
