// `circular-choices`: one program, one module per command group under ./commands. Each module
// registers its commands; errors are mapped to exit codes here, once.
import { Command, CommanderError } from 'commander';
import { BadInputError, EXIT, UsageError, processIO, type CliIO } from './cli-io';
import { registerCommands } from './commands';

export function buildProgram(io: CliIO): Command {
  const program = new Command('circular-choices')
    .description('Circulaire keuzes / Circular Choices: match documents, manage content and the SharePoint lists')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  registerCommands(program, io);
  return program;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are exits with code 0; everything else commander raises is a usage error
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof BadInputError) {
      io.err(`error: ${error.message}`);
      return EXIT.badInput;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badInput;
  }
}
