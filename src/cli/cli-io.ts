// What a command needs from the world, so commands can be tested without a process.
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<string>;
  /** true when nothing is piped in: reading would wait for typing */
  stdinIsTerminal: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** a failure caused by the input (a file, a value, a remote answer): exit code 1 */
export class BadInputError extends Error {}

/** a failure in how the command was called: exit code 2 */
export class UsageError extends Error {}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTerminal: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
