// List items: create, update, delete and read, each write in one transaction with its unique-value
// claims and its entry in the change log, so a refused write leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { SYSTEM_FIELD_NAMES } from './builtin-columns';
import { encodeFieldValue, fieldKey, uniqueValueKey, type ColumnRecord, type StoredValue } from './column-types';
import type { Db } from './database';
import { badRequest, GraphError } from './graph-error';
import type { ListRecord } from './list-repository';
import type { SiteUser, SiteUsers } from './site-users';

export interface ItemRow {
  item_id: number;
  unique_id: string;
  version: number;
  created_at: string;
  modified_at: string;
  author_id: number;
  editor_id: number;
  /** the list's own field values, as JSON */
  fields: string;
}

/** an item row in the change log: a live item, or a tombstone (`deleted`) with only its id */
export type ChangeRow = { seq: number; deleted: 0; item: ItemRow } | { seq: number; deleted: 1; itemId: number };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** the columns of an ItemRow, fields as JSON text (they are stored as SQLite's binary JSON) */
export const ITEM_COLUMNS = 'item_id, unique_id, version, created_at, modified_at, author_id, editor_id, json(fields) AS fields';

export const itemETag = (row: Pick<ItemRow, 'unique_id' | 'version'>): string => `"${row.unique_id},${row.version}"`;

/** whether an If-Match header value (one or more eTags, or `*`) names this version of the item */
function eTagMatches(header: string, row: ItemRow): boolean {
  const current = `${row.unique_id},${row.version}`.toLowerCase();
  // eTags hold a comma themselves ("guid,3"): split only on commas that start another tag
  return header
    .split(/,\s*(?=(?:W\/)?"|\*)/)
    .map((tag) => tag.trim().replace(/^W\//, '').replace(/\\/g, '').replace(/^"+|"+$/g, ''))
    .some((tag) => tag === '*' || tag.toLowerCase() === current);
}

export class ItemRepository {
  private readonly selectItem;
  private readonly insertItem;
  private readonly updateItem;
  private readonly deleteItem;
  private readonly allocate;
  private readonly bumpChange;
  private readonly recordChange;
  private readonly claimValue;
  private readonly releaseValue;
  private readonly releaseAll;
  private readonly changesSince;

  constructor(
    private readonly db: Db,
    private readonly users: SiteUsers,
  ) {
    this.selectItem = db.prepare<[number, number], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM items WHERE list_pk = ? AND item_id = ?`);
    this.insertItem = db.prepare(
      'INSERT INTO items (list_pk, item_id, unique_id, version, created_at, modified_at, author_id, editor_id, fields) VALUES (?, ?, ?, 1, ?, ?, ?, ?, jsonb(?))',
    );
    this.updateItem = db.prepare('UPDATE items SET version = version + 1, modified_at = ?, editor_id = ?, fields = jsonb(?) WHERE list_pk = ? AND item_id = ?');
    this.deleteItem = db.prepare('DELETE FROM items WHERE list_pk = ? AND item_id = ?');
    this.allocate = db.prepare<[number], { itemId: number; seq: number }>(
      'UPDATE lists SET next_item_id = next_item_id + 1, change_seq = change_seq + 1, item_count = item_count + 1 WHERE pk = ? RETURNING next_item_id - 1 AS itemId, change_seq AS seq',
    );
    this.bumpChange = db.prepare<[number, number], { seq: number }>(
      'UPDATE lists SET change_seq = change_seq + 1, item_count = item_count + ? WHERE pk = ? RETURNING change_seq AS seq',
    );
    this.recordChange = db.prepare(
      'INSERT INTO item_changes (list_pk, item_id, seq, deleted) VALUES (?, ?, ?, ?) ON CONFLICT (list_pk, item_id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted',
    );
    this.claimValue = db.prepare('INSERT INTO unique_values (list_pk, column_id, value_key, item_id) VALUES (?, ?, ?, ?)');
    this.releaseValue = db.prepare('DELETE FROM unique_values WHERE list_pk = ? AND column_id = ? AND item_id = ?');
    this.releaseAll = db.prepare('DELETE FROM unique_values WHERE list_pk = ? AND item_id = ?');
    this.changesSince = db.prepare<[number, number, number, number], ChangeJoinRow>(
      `SELECT c.seq AS seq, c.deleted AS deleted, c.item_id AS change_item_id, i.item_id, i.unique_id, i.version, i.created_at, i.modified_at, i.author_id, i.editor_id, json(i.fields) AS fields
       FROM item_changes c LEFT JOIN items i ON i.list_pk = c.list_pk AND i.item_id = c.item_id
       WHERE c.list_pk = ? AND c.seq > ? AND (c.deleted = 0 OR c.seq > ?) ORDER BY c.seq LIMIT ?`,
    );
  }

  get(list: ListRecord, itemId: number): ItemRow | undefined {
    return this.selectItem.get(list.pk, itemId);
  }

  require(list: ListRecord, idSegment: string): ItemRow {
    const itemId = parseItemId(idSegment);
    const row = itemId === undefined ? undefined : this.get(list, itemId);
    if (!row) throw new GraphError(404, 'itemNotFound', `The item '${idSegment}' does not exist in the list '${list.displayName}'.`);
    return row;
  }

  /** `POST …/items` with `{"fields":{…}}`; call inside a write transaction */
  create(list: ListRecord, body: unknown, user: SiteUser, now: string): ItemRow {
    if (!isObject(body)) throw badRequest('The request body must be a JSON object such as {"fields":{…}}.');
    for (const key of Object.keys(body)) {
      if (key !== 'fields' && key !== '@odata.type') throw badRequest(`'${key}' cannot be set on a new list item; send its values in 'fields'.`);
    }
    const input = body.fields ?? {};
    if (!isObject(input)) throw badRequest("'fields' must be a JSON object of field names and values.");
    const values = this.checkedValues(list, input);
    for (const column of list.columns) {
      if (column.required && (values.get(column) ?? null) === null) throw badRequest(`Field '${fieldKey(column)}' is required.`);
    }
    const allocated = this.allocate.get(list.pk);
    if (!allocated) throw new GraphError(404, 'itemNotFound', `The list '${list.displayName}' no longer exists.`);
    const stored: Record<string, Exclude<StoredValue, null>> = {};
    for (const [column, value] of values) {
      if (value === null) continue;
      stored[column.name] = value;
      if (column.enforceUniqueValues) this.claim(list, column, value, allocated.itemId);
    }
    const row: ItemRow = {
      item_id: allocated.itemId,
      unique_id: randomUUID(),
      version: 1,
      created_at: now,
      modified_at: now,
      author_id: user.id,
      editor_id: user.id,
      fields: JSON.stringify(stored),
    };
    this.insertItem.run(list.pk, row.item_id, row.unique_id, now, now, user.id, user.id, row.fields);
    this.recordChange.run(list.pk, row.item_id, allocated.seq, 0);
    return row;
  }

  /** `PATCH …/items/{id}/fields`; call inside a write transaction */
  updateFields(list: ListRecord, idSegment: string, body: unknown, ifMatch: string | undefined, user: SiteUser, now: string): ItemRow {
    const row = this.require(list, idSegment);
    if (ifMatch !== undefined && !eTagMatches(ifMatch, row)) {
      throw new GraphError(412, 'resourceModified', `The item has changed since the eTag ${ifMatch} was read; it is now ${itemETag(row)}.`);
    }
    if (!isObject(body)) throw badRequest('The request body must be a JSON object of field names and values.');
    const values = this.checkedValues(list, body);
    const stored = JSON.parse(row.fields) as Record<string, Exclude<StoredValue, null>>;
    for (const [column, value] of values) {
      if (value === null && column.required) throw badRequest(`Field '${fieldKey(column)}' is required.`);
      if (column.enforceUniqueValues) {
        this.releaseValue.run(list.pk, column.id, row.item_id);
        if (value !== null) this.claim(list, column, value, row.item_id);
      }
      if (value === null) delete stored[column.name];
      else stored[column.name] = value;
    }
    const updated: ItemRow = { ...row, version: row.version + 1, modified_at: now, editor_id: user.id, fields: JSON.stringify(stored) };
    this.updateItem.run(now, user.id, updated.fields, list.pk, row.item_id);
    this.noteChange(list, row.item_id, 0, 0);
    return updated;
  }

  /** `DELETE …/items/{id}`; call inside a write transaction */
  delete(list: ListRecord, idSegment: string, ifMatch: string | undefined): void {
    const row = this.require(list, idSegment);
    if (ifMatch !== undefined && !eTagMatches(ifMatch, row)) {
      throw new GraphError(412, 'resourceModified', `The item has changed since the eTag ${ifMatch} was read; it is now ${itemETag(row)}.`);
    }
    this.deleteItem.run(list.pk, row.item_id);
    this.releaseAll.run(list.pk, row.item_id);
    this.noteChange(list, row.item_id, 1, -1);
  }

  /** runs a compiled item query (see item-query.ts) */
  select(sql: string, params: unknown[]): ItemRow[] {
    return this.db.prepare<unknown[], ItemRow>(sql).all(...params);
  }

  /** up to `limit` changes after `afterSeq`, oldest first; deletions only above `tombstonesAfter` */
  changes(list: ListRecord, afterSeq: number, tombstonesAfter: number, limit: number): ChangeRow[] {
    const rows = this.changesSince.all(list.pk, afterSeq, tombstonesAfter, limit);
    return rows.map((r): ChangeRow => {
      if (r.deleted === 1 || r.item_id === null) return { seq: r.seq, deleted: 1, itemId: r.change_item_id };
      return {
        seq: r.seq,
        deleted: 0,
        item: {
          item_id: r.item_id,
          unique_id: r.unique_id as string,
          version: r.version as number,
          created_at: r.created_at as string,
          modified_at: r.modified_at as string,
          author_id: r.author_id as number,
          editor_id: r.editor_id as number,
          fields: r.fields as string,
        },
      };
    });
  }

  private noteChange(list: ListRecord, itemId: number, deleted: 0 | 1, countDelta: number): void {
    const bumped = this.bumpChange.get(countDelta, list.pk);
    if (!bumped) throw new GraphError(404, 'itemNotFound', `The list '${list.displayName}' no longer exists.`);
    this.recordChange.run(list.pk, itemId, bumped.seq, deleted);
  }

  private claim(list: ListRecord, column: ColumnRecord, value: Exclude<StoredValue, null>, itemId: number): void {
    try {
      this.claimValue.run(list.pk, column.id, uniqueValueKey(value), itemId);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new GraphError(409, 'nameAlreadyExists', `The value of field '${fieldKey(column)}' must be unique in this list; '${String(value)}' is already used.`);
      }
      throw error;
    }
  }

  /** the written fields, each checked against its column; unknown and system fields are refused */
  private checkedValues(list: ListRecord, input: Record<string, unknown>): Map<ColumnRecord, StoredValue> {
    const values = new Map<ColumnRecord, StoredValue>();
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith('@odata.')) continue;
      const column = list.byFieldKey.get(key);
      if (SYSTEM_FIELD_NAMES.has(key) || column?.readOnly) throw badRequest(`Field '${key}' is read-only: SharePoint fills it in.`);
      if (!column) throw badRequest(unknownFieldMessage(list, key));
      values.set(column, encodeFieldValue(column, value, (id) => this.users.find(id) !== undefined));
    }
    return values;
  }
}

interface ChangeJoinRow {
  seq: number;
  deleted: number;
  change_item_id: number;
  item_id: number | null;
  unique_id: string | null;
  version: number | null;
  created_at: string | null;
  modified_at: string | null;
  author_id: number | null;
  editor_id: number | null;
  fields: string | null;
}

export function parseItemId(segment: string): number | undefined {
  return /^[1-9]\d{0,11}$/.test(segment) ? Number(segment) : undefined;
}

/** "Field 'X' is not recognized", with a hint when the name is close to a real one */
export function unknownFieldMessage(list: ListRecord, key: string): string {
  const lower = key.toLowerCase();
  const sameButCase = [...list.byFieldKey.keys()].find((k) => k.toLowerCase() === lower);
  if (sameButCase) return `Field '${key}' is not recognized; field names are case-sensitive: did you mean '${sameButCase}'?`;
  const person = list.columns.find((c) => c.kind === 'personOrGroup' && c.name === key);
  if (person) return `Field '${key}' is not recognized; a person column is written as '${fieldKey(person)}' with a site user id.`;
  return `Field '${key}' is not recognized in the list '${list.displayName}'.`;
}
