// The Microsoft 365 Agents Playground (@microsoft/m365agentsplayground, pinned at 0.2.28) as a
// child process, scripted through the HTTP API its web UI uses. That API is private: the shapes
// below were read from this version and may change with another.
//
// The Playground writes `locale: "en-US"` into every activity it sends (its invoke and message
// generators hard-code it; neither its configuration nor the process locale changes it). A Teams
// client set to Dutch sends `nl-NL` there and in its clientInfo entity, so `locale` starts the
// Playground behind a loopback relay that sets both on each activity on its way to the bot and
// passes everything else, both ways, unchanged.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface PlaygroundConfig {
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChats: { id: string; members: string[] }[];
}

export interface PlaygroundAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface Playground {
  /** http://127.0.0.1:PORT */
  url: string;
  config: PlaygroundConfig;
  /** the Playground's log lines so far (stdout and stderr), for failure messages */
  output(): string;
  /** sends an invoke to the bot as the Playground's client would, and returns the bot's answer */
  invoke<T = unknown>(name: string, value: unknown, options?: { conversationId?: string; replyToId?: string; fromId?: string }): Promise<PlaygroundAnswer<T>>;
  /** posts a message (text or cards) into a conversation as a user; returns its message id */
  postMessage(conversationId: string, message: { text: string } | { attachments: unknown[] }, fromId?: string): Promise<string>;
  stop(): Promise<void>;
}

const PACKAGE_DIR = dirname(require.resolve('@microsoft/m365agentsplayground/package.json'));
const START_TIMEOUT_MS = 20_000;

function waitForListening(child: ChildProcess, log: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Agents Playground did not start within ${START_TIMEOUT_MS} ms:\n${log()}`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = /Listening on (\d+)/.exec(log());
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Agents Playground exited (${code}) before it listened:\n${log()}`));
    });
  });
}

const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** the activity as a client in `locale` sends it: its locale and its clientInfo entity's */
export function withLocale(activity: Record<string, unknown>, locale: string): Record<string, unknown> {
  const entities = Array.isArray(activity.entities)
    ? activity.entities.map((e: unknown) => (typeof e === 'object' && e !== null && (e as { type?: unknown }).type === 'clientInfo' ? { ...e, locale } : e))
    : activity.entities;
  return { ...activity, locale, ...(entities === undefined ? {} : { entities }) };
}

/** a loopback relay to `botEndpoint` that gives every JSON activity `locale`; resolves to its endpoint */
async function startLocaleRelay(botEndpoint: string, locale: string): Promise<{ endpoint: string; server: Server }> {
  const target = new URL(botEndpoint);
  const server = createServer((req, res) => {
    void (async () => {
      let body = await readBody(req);
      if (req.method === 'POST' && /json/i.test(req.headers['content-type'] ?? '') && body.length > 0) {
        body = Buffer.from(JSON.stringify(withLocale(JSON.parse(body.toString('utf8')) as Record<string, unknown>, locale)));
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || ['host', 'content-length', 'connection', 'transfer-encoding'].includes(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const answer = await fetch(new URL(req.url ?? '/', target), { method: req.method ?? 'POST', headers, ...(body.length > 0 ? { body: new Uint8Array(body) } : {}) });
      const answerBody = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream', 'content-length': answerBody.length });
      res.end(answerBody);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`locale relay: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}${target.pathname}`, server };
}

/**
 * starts the Playground against a bot endpoint; it logs under a temporary folder that stop()
 * removes. With `locale`, its activities reach the bot in that locale (see the top of this file).
 */
export async function startPlayground(botEndpoint: string, options: { locale?: string } = {}): Promise<Playground> {
  const relay = options.locale ? await startLocaleRelay(botEndpoint, options.locale) : undefined;
  const workDir = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const child = spawn(process.execPath, [join(PACKAGE_DIR, 'cli.js'), '-e', relay?.endpoint ?? botEndpoint, '-c', 'msteams', '--dt', '-p', '0'], {
    cwd: workDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(killer);
    }
    if (relay) {
      relay.server.closeAllConnections();
      await new Promise<void>((resolve) => relay.server.close(() => resolve()));
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  let port: number;
  try {
    port = await waitForListening(child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<PlaygroundAnswer<T>> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  let config: PlaygroundConfig;
  try {
    const answer = await call<{ config: PlaygroundConfig }>('GET', '/_internal/v1/config');
    config = answer.body.config;
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    config,
    output: () => output,
    invoke: (name, value, options = {}) =>
      call('POST', '/_conversation/v1/invoke', {
        name,
        value,
        from: { id: options.fromId ?? config.currentUser.id },
        conversation: { id: options.conversationId ?? config.personalChat.id },
        ...(options.replyToId ? { replyToId: options.replyToId } : {}),
      }),
    postMessage: async (conversationId, message, fromId) => {
      const body = 'text' in message ? { ...message, textFormat: 'plain' } : { ...message, attachmentLayout: 'list' };
      const answer = await call<{ messageId: string }>('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, { from: { id: fromId ?? config.currentUser.id }, ...body });
      if (answer.status !== 200) throw new Error(`the Playground refused the message: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.messageId;
    },
    stop,
  };
}
