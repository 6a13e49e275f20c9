// The emulator on its own HTTP server on 127.0.0.1, for tests and the benchmark, with a restart
// that closes everything and reopens the same file on the same port.
import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createGraphEmulator } from './create-graph-emulator';
import type { EmulatorServer, EmulatorServerOptions, FaultConfig, GraphEmulator } from './types';

export const GRAPH_MOUNT = '/graph/v1.0';
export const CONTROL_MOUNT = '/graph/_emulator';

async function listen(options: EmulatorServerOptions, emulator: GraphEmulator, port: number): Promise<http.Server> {
  const app = express();
  app.disable('x-powered-by');
  app.use(GRAPH_MOUNT, emulator.router);
  app.use(CONTROL_MOUNT, emulator.controlRouter);
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, app) : http.createServer(app);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function shut(server: http.Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  let emulator = createGraphEmulator(options);
  let server: http.Server;
  try {
    server = await listen(options, emulator, options.port ?? 0);
  } catch (error) {
    emulator.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}${GRAPH_MOUNT}`,
    controlUrl: `${origin}${CONTROL_MOUNT}`,
    port,
    setFaults: (faults: FaultConfig) => emulator.setFaults(faults),
    expireDeltaTokens: () => emulator.expireDeltaTokens(),
    async restart() {
      const faults = emulator.getFaults();
      await shut(server);
      emulator.close();
      emulator = createGraphEmulator({ ...options, faults });
      server = await listen(options, emulator, port);
    },
    async close() {
      await shut(server);
      emulator.close();
    },
  };
}
