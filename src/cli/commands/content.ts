// `circular-choices content validate [DIR]` and `content list [--json] [--lang nl|en] [--content DIR]`
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatContentError } from '../../domain/content/content-error';
import { DEFAULT_PACK_DIR, readContentPack } from '../../content/read-pack';
import { criteriaList, criterionLines } from '../../domain/content/criteria-list';
import { BadInputError, UsageError, type CliIO } from '../cli-io';
import { loadPackOrFail } from '../load-pack';

export function register(program: Command, io: CliIO): void {
  const content = program.command('content').description('work with a content pack');
  content
    .command('validate')
    .description('validate a content pack folder (default: the bundled pack)')
    .argument('[dir]', 'the pack folder')
    .action((dir?: string) => {
      const folder = dir ? resolve(io.cwd, dir) : DEFAULT_PACK_DIR;
      const result = readContentPack(folder);
      if (!result.ok) {
        for (const error of result.errors) io.err(formatContentError(error));
        throw new BadInputError(`${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in ${folder}`);
      }
      const { pack } = result;
      const items = pack.checklists.reduce((n, c) => n + c.items.length, 0);
      io.out(
        `ok: ${pack.meta.id} ${pack.meta.version}: ${pack.actions.length} actions, ${pack.checklists.length} checklists, ` +
          `${items} checklist items, ${pack.productGroups.length} product groups, ${pack.policy.parameters.length} policy parameters`,
      );
    });

  content
    .command('list')
    .description('print every criterion with its theme, kind, ambition, R-strategy, verification and source, for audits')
    .option('--json', 'print a JSON array: {id, productGroup, theme, kind, ambition, rStrategy, text, verification, source}')
    .option('--lang <language>', 'language of the readable list: nl or en', 'nl')
    .option('--content <dir>', 'a content pack folder instead of the bundled pack')
    .action((options: { json?: boolean; lang: string; content?: string }) => {
      if (options.lang !== 'nl' && options.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${options.lang}'`);
      const records = criteriaList(loadPackOrFail(options.content ? resolve(io.cwd, options.content) : undefined));
      const language = options.lang;
      io.out(options.json ? JSON.stringify(records, null, 2) : records.flatMap((r) => criterionLines(r, language)).join('\n'));
    });
}
