// A Graph-lists emulator on a loopback port with its own temporary SQLite file, and a small
// fetch-based caller, for contract and integration tests. Every test file gets its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDevToken, type DevUser } from '../../src/auth/dev-token';
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from '../../src/server/graph-emulator';

export interface GraphAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** parsed JSON; undefined for an empty body */
  body: T;
}

export interface CallOptions {
  /** sent as JSON */
  body?: unknown;
  /** sent as it is (for malformed JSON) */
  rawBody?: string;
  headers?: Record<string, string>;
  /** acts as this demo person (a development token); otherwise an opaque test token */
  as?: DevUser;
  /** no Authorization header at all */
  anonymous?: boolean;
}

export interface TestEmulator {
  server: EmulatorServer;
  /** http://127.0.0.1:PORT/graph/v1.0 */
  baseUrl: string;
  dbFile: string;
  /** a path below the base (`/sites/root`) or an absolute link the emulator gave */
  call<T = Record<string, unknown>>(method: string, pathOrLink: string, options?: CallOptions): Promise<GraphAnswer<T>>;
  stop(): Promise<void>;
}

export async function startTestEmulator(options: Partial<EmulatorServerOptions> = {}): Promise<TestEmulator> {
  const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  const dbFile = join(dir, 'lists.sqlite');
  const server = await startEmulatorServer({
    dbFile,
    defaultUser: DEFAULT_DEMO_USER,
    acceptAnyBearer: true,
    listViewThreshold: 50,
    ...options,
  });
  const call = async <T>(method: string, pathOrLink: string, callOptions: CallOptions = {}): Promise<GraphAnswer<T>> => {
    const url = /^https?:\/\//.test(pathOrLink) ? pathOrLink : `${server.baseUrl}${pathOrLink}`;
    // a fresh connection per call: after restart() a pooled one would point at the closed server
    const headers: Record<string, string> = { Connection: 'close', ...callOptions.headers };
    if (!callOptions.anonymous) headers.Authorization ??= `Bearer ${callOptions.as ? makeDevToken(callOptions.as) : 'opaque-test-token'}`;
    let body: string | undefined;
    if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
    else if (callOptions.body !== undefined) body = JSON.stringify(callOptions.body);
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
  return {
    server,
    baseUrl: server.baseUrl,
    dbFile,
    call,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** a Graph error body's code and message, for assertions */
export function graphError(answer: GraphAnswer<unknown>): { code?: string; message?: string; innerCode?: string } {
  const error = (answer.body as { error?: { code?: string; message?: string; innerError?: { code?: string } } } | undefined)?.error;
  return { code: error?.code, message: error?.message, innerCode: error?.innerError?.code };
}
