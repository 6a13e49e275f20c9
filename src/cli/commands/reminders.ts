// `circular-choices reminders forget --person ID [--file FILE] [--yes]`: removes a person's entry
// (their chat with the bot) from the weekly reminder's file, for their request to be forgotten
// (docs/privacy.md). The file is on the app's host, so this runs there, while the app is stopped.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { removeSubscriptionFromFile } from '../../server/reminders/file-reminder-subscriptions';
import { BadInputError, type CliIO } from '../cli-io';
import { personId } from './acks';

interface ForgetOptions {
  person?: string;
  file?: string;
  yes?: boolean;
}

export function register(program: Command, io: CliIO): void {
  const reminders = program.command('reminders').description("the weekly reminder's file of kept chats (CC_REMINDER_FILE)");
  reminders
    .command('forget')
    .description("remove one person's entry from the reminder file, at their request; stop the app first (docs/privacy.md)")
    .requiredOption('--person <id>', "the person's Entra object id")
    .option('--file <file>', 'the reminder file; default: CC_REMINDER_FILE')
    .option('--yes', 'really remove; without it, only count')
    .action((options: ForgetOptions) => {
      const person = personId(options.person, '--person');
      const given = options.file?.trim() || io.env.CC_REMINDER_FILE?.trim();
      if (!given) throw new BadInputError("give --file, or set CC_REMINDER_FILE to the app's reminder file");
      const file = resolve(io.cwd, given);
      let removed: number;
      try {
        removed = removeSubscriptionFromFile(file, person, { dryRun: !options.yes });
      } catch (error) {
        throw new BadInputError(`could not read ${file}: ${(error as Error).message}`);
      }
      if (!options.yes) io.out(`${removed} reminder entr${removed === 1 ? 'y' : 'ies'} of ${person} in ${file}; nothing removed: stop the app, then run again with --yes`);
      else io.out(`removed ${removed} reminder entr${removed === 1 ? 'y' : 'ies'} of ${person} from ${file}; start the app again`);
    });
}
