// The CLI run in-process, as `circular-choices …` at a terminal, with what it prints kept for assertions.
import type { CliIO } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** nothing listens on port 1 of the loopback: connections are refused at once */
export const UNREACHABLE_GRAPH = 'http://127.0.0.1:1/graph/v1.0';

/** runs `circular-choices <args>` with only `env` for its environment, in `cwd`, nothing on standard input */
export async function runCli(args: string[], env: Record<string, string | undefined>, cwd = process.cwd()): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => '', stdinIsTerminal: false, env, cwd };
  const code = await main(['node', 'circular-choices', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
