// The test emulator of test/support (127.0.0.1, port 0, a temporary SQLite file) with a Graph
// client on it that counts its requests, for the storage integration tests and the benchmark.
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEFAULT_LIST_VIEW_THRESHOLD, type EmulatorServer, type FaultConfig } from '../../src/server/graph-emulator';
import { createGraphClient, resolveSiteId, type GraphHttp, type RetryPolicy } from '../../src/storage/graph';
import { startTestEmulator } from './emulator-harness';

export interface Harness {
  server: EmulatorServer;
  http: GraphHttp;
  siteId: string;
  /** HTTP requests the client sent since the last reset (each attempt counts) */
  requests: SentRequest[];
  newClient(retry?: Partial<RetryPolicy>): GraphHttp;
  stop(): Promise<void>;
}

export interface SentRequest {
  method: string;
  url: string;
  /** the JSON body, when there is one */
  body?: unknown;
}

/** records each request the Graph client sends, then lets it through */
function countingFetch(requests: SentRequest[], recordBodies: boolean): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const sent: SentRequest = { method: init?.method ?? 'GET', url };
    if (recordBodies && typeof init?.body === 'string') sent.body = JSON.parse(init.body);
    requests.push(sent);
    return original(input, init);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = original;
  };
}

export interface HarnessOptions {
  /** SharePoint's 5000 unless given (the contract emulator's small default is not wanted here) */
  listViewThreshold?: number;
  faults?: FaultConfig;
  retry?: Partial<RetryPolicy>;
  /** keep each request's JSON body (contract tests); off for large runs */
  recordBodies?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = await startTestEmulator({ listViewThreshold: options.listViewThreshold ?? DEFAULT_LIST_VIEW_THRESHOLD, faults: options.faults });
  const { server } = emulator;
  const requests: SentRequest[] = [];
  const restore = countingFetch(requests, options.recordBodies ?? false);
  const token = makeDevToken(DEFAULT_DEMO_USER);
  const newClient = (retry: Partial<RetryPolicy> = {}) =>
    createGraphClient({ baseUrl: server.baseUrl, getToken: async () => token, retry: { sleep: async () => undefined, ...options.retry, ...retry } });
  const http = newClient();
  const siteId = await resolveSiteId(http);
  return {
    server,
    http,
    siteId,
    requests,
    newClient,
    async stop() {
      restore();
      await emulator.stop();
    },
  };
}
