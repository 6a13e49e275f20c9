// The server as integration tests start it: on the bundled content pack that bundled-pack.ts keeps
// validated on disk, instead of parsing and validating the pack's YAML again on every start (a
// few seconds of processor per server). A test that gives its own pack still gets that one.
import { startServer, type RunningServer, type StartServerOptions } from '../../src/server/create-server';
import { bundledPack } from './bundled-pack';

export function startTestServer(options: StartServerOptions): Promise<RunningServer> {
  return startServer({ contentPack: bundledPack(), ...options });
}
