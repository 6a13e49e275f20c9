// `circular-choices content validate [DIR]`
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatContentError } from '../../domain/content/content-error';
import { DEFAULT_PACK_DIR, readContentPack } from '../../content/read-pack';
import { BadInputError, type CliIO } from '../cli-io';

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
          `${items} checklist items, ${pack.productGroups.length} product groups`,
      );
    });
}
