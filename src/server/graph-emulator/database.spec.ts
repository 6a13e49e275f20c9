// The emulator's file holds the people's choices, as the list does: for the server's account only.
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirsRemovedAfterAll } from '../../../test/support/temp-dirs';
import { openEmulatorDatabase } from './database';

const tempDir = tempDirsRemovedAfterAll('cc-emulator-db-');
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('openEmulatorDatabase', () => {
  it('makes its folder 0700 and its file, write-ahead log and shared memory 0600', () => {
    const root = tempDir();
    const file = join(root, 'data', 'graph-emulator.sqlite');
    const db = openEmulatorDatabase(file);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('probe', '1');
    expect(mode(join(root, 'data'))).toBe('700');
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual(['600', '600', '600']);
    db.close();
  });

  it('narrows a file made before the rule when it opens it', () => {
    const file = join(tempDir(), 'graph-emulator.sqlite');
    openEmulatorDatabase(file).close();
    chmodSync(file, 0o644);
    const db = openEmulatorDatabase(file);
    expect(mode(file)).toBe('600');
    db.close();
  });
});
