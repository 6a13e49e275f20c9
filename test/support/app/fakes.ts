// Test doubles for the app's services: a host whose theme can be changed, an in-memory decision
// store with a queue that can be told to hold decisions back, and the real content pack.
import type { Acknowledgement } from '../../../src/domain/acknowledgement';
import type { ContentPack } from '../../../src/domain/content/model';
import type { AuthSession } from '../../../src/auth/session';
import type { HostContext, HostTheme } from '../../../src/hosts/host-context';
import type { QueueSnapshot } from '../../../src/storage/offline-queue/queued-acknowledgement-store';
import type { AppConfig } from '../../../src/app/lib/app-config';
import { programmePart } from '../../../src/domain/content/programme-part';
import type { AppServices, DecisionQueue, Decisions } from '../../../src/app/lib/services';
import { bundledPack } from '../bundled-pack';

let cachedPack: ContentPack | undefined;

/** the bundled content pack, read from src/content as the build reads it; one copy per test file */
export function realPack(): ContentPack {
  return (cachedPack ??= bundledPack());
}

export interface FakeHost extends HostContext {
  setTheme(theme: HostTheme): void;
}

export function fakeHost(overrides: Partial<HostContext> = {}): FakeHost {
  let theme: HostTheme = overrides.theme ?? 'light';
  const listeners = new Set<(t: HostTheme) => void>();
  const host: FakeHost = {
    kind: 'web',
    hostName: 'browser',
    locale: 'nl-NL',
    frameContext: 'standalone',
    capabilities: { nestedAppAuth: false },
    ...overrides,
    get theme() {
      return theme;
    },
    subscribeTheme(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyReady: overrides.notifyReady ?? (() => undefined),
    setTheme(next) {
      theme = next;
      for (const l of [...listeners]) l(next);
    },
  };
  return host;
}

export const TEST_USER = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Sanne de Vries (demo)', upn: 'sanne.devries@soest.example', team: 'inkoop' };

export function fakeSession(overrides: Partial<AuthSession> = {}): AuthSession {
  return { kind: 'development', user: TEST_USER, getGraphToken: async () => 'token', getApiToken: async () => 'token', ...overrides };
}

/** an in-memory decision store; `holdBack` makes appends wait in its queue as if offline */
export class MemoryDecisions implements Decisions, DecisionQueue {
  readonly stored: Acknowledgement[] = [];
  readonly waiting: Acknowledgement[] = [];
  holdBack = false;
  failWith: Error | undefined;
  private snapshot: QueueSnapshot = { pending: 0, rejected: 0, sending: false };
  private readonly listeners = new Set<() => void>();

  async append(acks: readonly Acknowledgement[]) {
    if (this.failWith) throw this.failWith;
    if (this.holdBack) {
      this.waiting.push(...acks);
      this.changed();
      return { written: [], alreadyPresent: [], queued: acks.map((a) => a.ackKey) };
    }
    this.stored.push(...acks);
    return { written: acks.map((a) => a.ackKey), alreadyPresent: [], queued: [] };
  }

  async forContext(contextRef: string) {
    return [...this.stored, ...this.waiting].filter((a) => a.contextRef === contextRef);
  }

  async forStaff(staffAadId: string) {
    return [...this.stored, ...this.waiting].filter((a) => a.staffAadId === staffAadId);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  async pending() {
    return [...this.waiting];
  }

  async flush() {
    if (this.holdBack) return;
    this.stored.push(...this.waiting.splice(0));
    this.changed();
  }

  /** decisions the list refused, with why; `retryRejected` queues them again */
  readonly refused: Acknowledgement[] = [];
  refusal: string | undefined;

  async retryRejected() {
    this.waiting.push(...this.refused.splice(0));
    await this.flush();
  }

  refuse(acks: readonly Acknowledgement[], reason: string) {
    this.refused.push(...acks);
    this.refusal = reason;
    this.changed();
  }

  /** what the real queue reports on its own while it works (sending, the last attempt's error) */
  report(change: Pick<Partial<QueueSnapshot>, 'sending' | 'lastError'>) {
    this.snapshot = { ...this.snapshot, ...change };
    this.changed();
  }

  private changed() {
    this.snapshot = { ...this.snapshot, pending: this.waiting.length, rejected: this.refused.length, lastRefusal: this.refused.length ? this.refusal : undefined };
    for (const l of [...this.listeners]) l();
  }
}

const noGraph = async (): Promise<never> => {
  throw new Error('component tests have no Graph: hand the page a store or connection of its own');
};

const TEST_CONFIG: AppConfig = { mode: 'local', graphBaseUrl: '/graph/v1.0', siteId: 'root', appVersion: '9.9.9' };

export function fakeServices(overrides: Partial<AppServices> = {}): AppServices & { memory: MemoryDecisions } {
  const memory = new MemoryDecisions();
  const pack = realPack();
  return {
    config: TEST_CONFIG,
    host: fakeHost(),
    session: fakeSession(),
    decisions: memory,
    queue: memory,
    loadProgramme: async () => programmePart(pack),
    loadContent: async () => ({ pack, origin: 'bundled', problems: [] }),
    graph: { content: noGraph },
    ...overrides,
    memory,
  };
}
