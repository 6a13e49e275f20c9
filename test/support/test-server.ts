// The server as integration tests start it: on the bundled content pack that bundled-pack.ts keeps
// validated on disk, instead of parsing and validating the pack's YAML again on every start (a
// few seconds of processor per server). The servers of one file share that pack object, so the
// bot's content built from it is built once (test/support/jest/shared-bot-content.ts). Texts are
// matched on one thread (each builds its own index) unless a test asks for more. A test that
// gives its own pack or matching settings still gets those.
import type { ContentPack } from '../../src/domain/content/model';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/server/create-server';
import { bundledPack } from './bundled-pack';

let pack: ContentPack | undefined;

export function startTestServer(options: StartServerOptions): Promise<RunningServer> {
  return startServer({ contentPack: (pack ??= bundledPack()), ...options, matching: { threads: 1, ...options.matching } });
}
