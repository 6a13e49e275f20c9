// The CLI's content pack: the default one, or a folder given with --content.
import { formatContentError } from '../domain/content/content-error';
import type { ContentPack } from '../domain/content/model';
import { DEFAULT_PACK_DIR, readContentPack } from '../content/read-pack';
import { BadInputError } from './cli-io';

export function loadPackOrFail(dir: string = DEFAULT_PACK_DIR): ContentPack {
  const result = readContentPack(dir);
  if (!result.ok) {
    throw new BadInputError(`the content pack in ${dir} is not valid:\n${result.errors.map(formatContentError).join('\n')}`);
  }
  return result.pack;
}
