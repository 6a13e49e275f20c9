// Integration project setup: code under test that reads the bundled content pack from its sources
// (the command line run in-process, several times a file) parses and validates its YAML each time,
// a second or two of processor, since only the compiled program keeps packs it validated. Here it
// gets the pack test/support/bundled-pack.ts keeps validated on disk, keyed by the pack's files and
// the validation code, as the compiled program does. Any other folder is read and validated as ever.
import { resolve } from 'node:path';

jest.mock('../../../src/content/read-pack', () => {
  const actual = jest.requireActual<typeof import('../../../src/content/read-pack')>('../../../src/content/read-pack');
  return {
    ...actual,
    readContentPack(dir: string = actual.DEFAULT_PACK_DIR): ReturnType<typeof actual.readContentPack> {
      if (resolve(dir) !== resolve(actual.DEFAULT_PACK_DIR)) return actual.readContentPack(dir);
      // required here, not above: bundled-pack.ts reads the pack's files through this module
      const { bundledPack } = jest.requireActual<typeof import('../bundled-pack')>('../bundled-pack');
      return { ok: true, pack: bundledPack() };
    },
  };
});
