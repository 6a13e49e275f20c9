// The emulator's SQLite file: schema, pragmas and the site's identity. One row per list item, its
// own columns as a JSON object; an expression index per indexed column keeps filters fast on
// 100,000 items. `item_changes` holds the latest change of each item (a tombstone after a delete)
// so that delta reads only what changed since a token.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { prepareOwnerOnlyDatabase } from '../owner-only-files';

export type Db = Database.Database;

const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS site_users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  oid TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lists (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  template TEXT NOT NULL,
  content_type_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  next_item_id INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  delta_floor INTEGER NOT NULL,
  item_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS columns (
  list_pk INTEGER NOT NULL REFERENCES lists(pk) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,
  facet TEXT NOT NULL,
  indexed INTEGER NOT NULL,
  enforce_unique INTEGER NOT NULL,
  required INTEGER NOT NULL,
  hidden INTEGER NOT NULL,
  read_only INTEGER NOT NULL,
  builtin INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (list_pk, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS columns_by_name ON columns(list_pk, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS items (
  list_pk INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_pk, item_id)
);
CREATE TABLE IF NOT EXISTS item_changes (
  list_pk INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  PRIMARY KEY (list_pk, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_changes_by_seq ON item_changes(list_pk, seq);
CREATE TABLE IF NOT EXISTS unique_values (
  list_pk INTEGER NOT NULL,
  column_id TEXT NOT NULL,
  value_key TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (list_pk, column_id, value_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS unique_values_by_item ON unique_values(list_pk, item_id);
`;

/** what stays fixed for the life of the file */
export interface SiteIdentity {
  hostname: string;
  siteCollectionId: string;
  webId: string;
  /** changes when the file is recreated, so delta tokens of an older file are refused */
  epoch: string;
  createdAt: string;
}

export function openEmulatorDatabase(file: string): Db {
  // the people's choices are in it: owner-only, as the server's other files
  if (file !== ':memory:' && !file.startsWith('file:')) prepareOwnerOnlyDatabase(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a committed write survives the process dying; only an OS crash may lose the last ones
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const version = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get('schema_version');
  if (version && version.value !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`${file} holds emulator schema ${version.value}; this emulator reads schema ${SCHEMA_VERSION}. Remove the file to start afresh.`);
  }
  return db;
}

/** the site's identity, made on first open and kept in the file */
export function siteIdentity(db: Db, now: string): SiteIdentity {
  const read = (): Map<string, string> =>
    new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all().map((r) => [r.key, r.value]));
  let meta = read();
  if (!meta.has('site_collection_id')) {
    const insert = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      insert.run('schema_version', SCHEMA_VERSION);
      insert.run('hostname', 'localhost');
      insert.run('site_collection_id', randomUUID());
      insert.run('web_id', randomUUID());
      insert.run('epoch', randomUUID().slice(0, 8));
      insert.run('created_at', now);
      // site user ids start above the item ids a small test makes, so the two are never confused
      db.prepare("INSERT OR IGNORE INTO sqlite_sequence (name, seq) SELECT 'site_users', 10 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'site_users')").run();
    })();
    meta = read();
  }
  const get = (key: string): string => {
    const value = meta.get(key);
    if (value === undefined) throw new Error(`emulator database misses meta '${key}'`);
    return value;
  };
  return {
    hostname: get('hostname'),
    siteCollectionId: get('site_collection_id'),
    webId: get('web_id'),
    epoch: get('epoch'),
    createdAt: get('created_at'),
  };
}
