// Files the server keeps on its host (the metrics cache, its key, the emulator's database) are for
// the server's own account only: a folder the app makes is 0700, the files 0600. SQLite makes a
// database's -wal, -shm and -journal files with the mode of the database file itself, so creating
// that file 0600 before SQLite opens it covers them (no process-wide umask needed).
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const OWNER_ONLY_FOLDER = 0o700;
export const OWNER_ONLY_FILE = 0o600;

/** the file's folder, made owner-only when the app makes it (an existing folder is left as it is) */
export function makeOwnerOnlyFolderFor(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: OWNER_ONLY_FOLDER });
}

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/**
 * a SQLite file ready for SQLite to open: made empty and 0600 when it is missing, and an older
 * file (with its -wal and -shm, made before this rule) narrowed to 0600
 */
export function prepareOwnerOnlyDatabase(file: string): void {
  makeOwnerOnlyFolderFor(file);
  try {
    closeSync(openSync(file, 'wx', OWNER_ONLY_FILE));
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      chmodSync(path, OWNER_ONLY_FILE);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw error;
    }
  }
}

const KEY_BYTES = 32;

/** a secret key kept in a file: read, or made (random, 0600) on first use */
export function ownerOnlyKey(file: string): Buffer {
  makeOwnerOnlyFolderFor(file);
  try {
    writeFileSync(file, randomBytes(KEY_BYTES).toString('hex'), { mode: OWNER_ONLY_FILE, flag: 'wx' });
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
  }
  chmodSync(file, OWNER_ONLY_FILE);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length !== KEY_BYTES) throw new Error(`${file} does not hold a key of ${KEY_BYTES} bytes (hex); remove it to make a new one`);
  return key;
}
