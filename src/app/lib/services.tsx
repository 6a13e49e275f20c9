// What the features get from the surface they run in: configuration, host, the signed-in person,
// the decision store with its offline queue, content and Graph clients. The start-up room
// (src/app/shell/create-services.ts) builds them; features read them through hooks and never
// build them (lint keeps lib, components and features from importing the shell), so component
// tests hand in fakes.
import { createContext, useContext, type ReactNode } from 'react';
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { ContentPack } from '../../domain/content/model';
import type { ProgrammeContent } from '../../domain/content/programme-part';
import type { AuthSession } from '../../auth/session';
import type { HostContext } from '../../hosts/host-context';
import type { GraphHttp } from '../../storage/graph/client';
import type { AcknowledgementStore, LoadedContent, QueuedOutcome } from '../../storage/ports';
import type { QueueSnapshot } from '../../storage/offline-queue/queued-acknowledgement-store';
import type { AppConfig } from './app-config';
import type { MatcherWorker } from './matcher-protocol';

/**
 * where a surface's decisions go: the acknowledgements port, behind the browser's offline queue. In
 * the browser both reads answer the signed-in person's own decisions only (the server keeps the rest)
 */
export type Decisions = Pick<AcknowledgementStore<QueuedOutcome>, 'append' | 'forContext' | 'forStaff'>;

/** the offline queue as the UI watches it */
export interface DecisionQueue {
  subscribe(listener: () => void): () => void;
  getSnapshot(): QueueSnapshot;
  /** decisions waiting to be sent, oldest first */
  pending(): Promise<Acknowledgement[]>;
  /** tries to send now */
  flush(): Promise<void>;
  /** sends the decisions the list refused again (after an administrator put the list right) */
  retryRejected(): Promise<void>;
}

/** a file the person can pick from the site's document libraries (tenant mode) */
export interface SiteDocument {
  driveId: string;
  itemId: string;
  name: string;
  lastModified?: string;
  /** bytes, as the library reports it */
  size?: number;
}

export interface SiteDocuments {
  list(): Promise<SiteDocument[]>;
  download(doc: SiteDocument): Promise<ArrayBuffer>;
}

/**
 * Graph clients for what the person reads as themselves, each loaded on first use, with retries that
 * fit its job. Decisions, meeting criteria, figures and indicators go through the server's API: the
 * lists that hold them are the app's alone (`lists lock`).
 */
export interface GraphClients {
  /** content lists and site documents: one retry; the bundled pack is there to fall back on */
  content(): Promise<GraphHttp>;
}

export interface AppServices {
  config: AppConfig;
  host: HostContext;
  session: AuthSession;
  decisions: Decisions;
  /** undefined when this browser cannot keep a queue (no IndexedDB): decisions go straight to the list */
  queue?: DecisionQueue;
  loadProgramme(): Promise<ProgrammeContent>;
  /** the whole content: the site's lists where they hold content, the bundled pack otherwise */
  loadContent(): Promise<LoadedContent>;
  graph: GraphClients;
  /** undefined where files cannot be picked (local mode: the emulator has no document libraries) */
  siteDocuments?: SiteDocuments;
  /** starts the matcher in a Web Worker; undefined where workers are missing (tests): it then runs in the page */
  createMatcherWorker?: () => MatcherWorker;
  /** local mode: switch to another demo person (reloads the app) */
  switchDevIdentity?: (oid: string) => void;
}

const ServicesContext = createContext<AppServices | undefined>(undefined);

export function ServicesProvider(props: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider');
  return services;
}

/** the slim part of the pack the Home page needs, as src/domain/content/programme-part.ts cuts it */
export type { ContentPack, LoadedContent, ProgrammeContent };
