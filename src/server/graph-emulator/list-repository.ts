// Lists and their columns: creation from Graph bodies (checked the way SharePoint checks them),
// column changes, look-up by id or title. List and column rows are cached and dropped whenever
// this or another process changes them.
import { randomUUID } from 'node:crypto';
import { builtinColumnRecords, SYSTEM_FIELD_NAMES } from './builtin-columns';
import { COLUMN_KINDS, fieldKey, normalizeFacet, uniqueValueKey, type ColumnKind, type ColumnRecord, type Facet, type StoredValue } from './column-types';
import type { Db } from './database';
import { columnSql, ensureColumnIndex } from './field-sql';
import { badRequest, GraphError } from './graph-error';

export interface ListRecord {
  pk: number;
  id: string;
  displayName: string;
  name: string;
  description: string;
  template: string;
  contentTypeId: string;
  createdAt: string;
  modifiedAt: string;
  authorId: number;
  editorId: number;
  version: number;
  columns: ColumnRecord[];
  /** columns by the name their field is read and written under (`StaffLookupId` for a person column) */
  byFieldKey: Map<string, ColumnRecord>;
}

export interface ListCounters {
  nextItemId: number;
  changeSeq: number;
  deltaFloor: number;
  itemCount: number;
}

interface ListRow {
  pk: number;
  id: string;
  display_name: string;
  name: string;
  description: string;
  template: string;
  content_type_id: string;
  created_at: string;
  modified_at: string;
  author_id: number;
  editor_id: number;
  version: number;
}

interface ColumnRow {
  list_pk: number;
  id: string;
  name: string;
  display_name: string;
  description: string;
  kind: ColumnKind;
  facet: string;
  indexed: number;
  enforce_unique: number;
  required: number;
  hidden: number;
  read_only: number;
  builtin: number;
  position: number;
}

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const COLUMN_KEYS = new Set(['name', 'displayName', 'description', 'indexed', 'enforceUniqueValues', 'required', 'hidden', 'readOnly', 'columnGroup', '@odata.type', ...COLUMN_KINDS]);
// column types of Graph that the emulator does not model: refused with a clear message
const UNSUPPORTED_COLUMN_KEYS = new Set(['calculated', 'currency', 'lookup', 'hyperlinkOrPicture', 'geolocation', 'term', 'thumbnail', 'contentApprovalStatus', 'defaultValue', 'validation', 'sourceColumn', 'sourceContentType', 'propagateChanges', 'type']);
const LIST_KEYS = new Set(['displayName', 'description', 'columns', 'list', '@odata.type']);
const LIST_INFO_KEYS = new Set(['template', 'hidden', 'contentTypesEnabled']);
const COLUMN_PATCH_KEYS = new Set(['displayName', 'description', 'indexed', 'enforceUniqueValues', 'required', 'hidden', ...COLUMN_KINDS]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalBoolean(body: Record<string, unknown>, key: string, where: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${where}: '${key}' must be true or false.`);
  return value;
}

function optionalText(body: Record<string, unknown>, key: string, where: string, max: number): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > max) throw badRequest(`${where}: '${key}' must be text of at most ${max} characters.`);
  return value;
}

/** a columnDefinition body, checked; position and id are given by the caller */
export function parseColumnDefinition(body: unknown): Omit<ColumnRecord, 'id' | 'position'> {
  if (!isObject(body)) throw badRequest('A column definition must be a JSON object.');
  const name = body.name;
  if (typeof name !== 'string' || !COLUMN_NAME.test(name)) {
    throw badRequest(`A column needs a 'name' of letters, digits and underscores (at most 64, not starting with a digit); got ${JSON.stringify(name)}.`);
  }
  const where = `Column '${name}'`;
  for (const key of Object.keys(body)) {
    if (UNSUPPORTED_COLUMN_KEYS.has(key)) throw badRequest(`${where}: '${key}' is not supported by the local emulator.`);
    if (!COLUMN_KEYS.has(key)) throw badRequest(`${where}: '${key}' is not a property of a column definition.`);
  }
  const kinds = COLUMN_KINDS.filter((k) => body[k] !== undefined && body[k] !== null);
  if (kinds.length !== 1) {
    throw badRequest(`${where} needs exactly one type: one of ${COLUMN_KINDS.join(', ')}; got ${kinds.length === 0 ? 'none' : kinds.join(' and ')}.`);
  }
  const kind = kinds[0] as ColumnKind;
  const facet = normalizeFacet(name, kind, body[kind]);
  const column = {
    name,
    displayName: optionalText(body, 'displayName', where, 255) ?? name,
    description: optionalText(body, 'description', where, 1000) ?? '',
    kind,
    facet,
    indexed: optionalBoolean(body, 'indexed', where) ?? false,
    enforceUniqueValues: optionalBoolean(body, 'enforceUniqueValues', where) ?? false,
    required: optionalBoolean(body, 'required', where) ?? false,
    hidden: optionalBoolean(body, 'hidden', where) ?? false,
    readOnly: optionalBoolean(body, 'readOnly', where) ?? false,
    builtin: false,
  };
  if (column.readOnly) throw badRequest(`${where}: read-only columns are not supported by the local emulator.`);
  checkColumnRules(column);
  return column;
}

/** SharePoint's rules on indexes and unique values */
function checkColumnRules(column: Pick<ColumnRecord, 'name' | 'kind' | 'facet' | 'indexed' | 'enforceUniqueValues'>): void {
  const where = `Column '${column.name}'`;
  const multiLine = column.kind === 'text' && column.facet.allowMultipleLines === true;
  if (column.indexed && multiLine) throw badRequest(`${where}: a column of multiple lines of text cannot be indexed.`);
  if (column.enforceUniqueValues) {
    if (multiLine || column.kind === 'boolean') throw badRequest(`${where}: this type of column cannot enforce unique values.`);
    if (!column.indexed) throw badRequest(`${where}: a column must be indexed ("indexed": true) before it can enforce unique values.`);
  }
}

export class ListRepository {
  private cache: Map<number, ListRecord> | undefined;
  private readonly selectCounters;

  constructor(private readonly db: Db) {
    this.selectCounters = db.prepare<[number], ListCounters>(
      'SELECT next_item_id AS nextItemId, change_seq AS changeSeq, delta_floor AS deltaFloor, item_count AS itemCount FROM lists WHERE pk = ?',
    );
  }

  forget(): void {
    this.cache = undefined;
  }

  all(): ListRecord[] {
    return [...this.load().values()];
  }

  /** a list by its id, its title (case-insensitive) or its URL name */
  find(ref: string): ListRecord | undefined {
    const lists = this.all();
    const lower = ref.toLowerCase();
    return (
      lists.find((l) => l.id === lower) ??
      lists.find((l) => l.displayName.toLowerCase() === lower) ??
      lists.find((l) => l.name.toLowerCase() === lower)
    );
  }

  counters(list: ListRecord): ListCounters {
    const counters = this.selectCounters.get(list.pk);
    if (!counters) throw new GraphError(404, 'itemNotFound', `The list '${list.displayName}' no longer exists.`);
    return counters;
  }

  /** creates a list from a Graph `POST …/lists` body */
  create(body: unknown, userId: number, now: string): ListRecord {
    if (!isObject(body)) throw badRequest('The request body must be a JSON object describing the list.');
    for (const key of Object.keys(body)) if (!LIST_KEYS.has(key)) throw badRequest(`'${key}' is not a property of a list that can be set.`);
    const displayName = body.displayName;
    if (typeof displayName !== 'string' || displayName.trim() === '' || displayName.length > 255) {
      throw badRequest("A list needs a 'displayName' of 1 to 255 characters.");
    }
    const description = optionalText(body, 'description', 'The list', 1000) ?? '';
    const info = body.list ?? {};
    if (!isObject(info)) throw badRequest("'list' must be an object such as {\"template\":\"genericList\"}.");
    for (const key of Object.keys(info)) if (!LIST_INFO_KEYS.has(key)) throw badRequest(`'list.${key}' is not supported by the local emulator.`);
    const template = info.template ?? 'genericList';
    if (template !== 'genericList') throw badRequest(`The list template '${String(template)}' is not supported by the local emulator; use 'genericList'.`);
    const columnBodies = body.columns ?? [];
    if (!Array.isArray(columnBodies)) throw badRequest("'columns' must be a list of column definitions.");
    const columns = builtinColumnRecords();
    for (const columnBody of columnBodies) {
      const column = parseColumnDefinition(columnBody);
      assertNameFree(columns, column);
      columns.push({ ...column, id: randomUUID(), position: columns.length });
    }
    const existing = this.db.prepare<[string], { pk: number }>('SELECT pk FROM lists WHERE display_name = ?').get(displayName);
    if (existing) throw new GraphError(409, 'nameAlreadyExists', `A list with the title '${displayName}' already exists on this site.`);
    const id = randomUUID();
    const contentTypeId = `0x0100${id.replace(/-/g, '').toUpperCase()}`;
    const name = displayName.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || id;
    const pk = Number(
      this.db
        .prepare(
          `INSERT INTO lists (id, display_name, name, description, template, content_type_id, created_at, modified_at, author_id, editor_id, version, next_item_id, change_seq, delta_floor, item_count)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 0, 0, 0)`,
        )
        .run(id, displayName, name, description, template, contentTypeId, now, now, userId, userId).lastInsertRowid,
    );
    for (const column of columns) this.insertColumn(pk, column);
    this.forget();
    return this.require(pk);
  }

  /** adds a column from a Graph `POST …/columns` body */
  addColumn(list: ListRecord, body: unknown, now: string): ColumnRecord {
    const parsed = parseColumnDefinition(body);
    assertNameFree(list.columns, parsed);
    const column: ColumnRecord = { ...parsed, id: randomUUID(), position: Math.max(...list.columns.map((c) => c.position)) + 1 };
    this.insertColumn(list.pk, column);
    this.touch(list, now);
    this.forget();
    return column;
  }

  /** a column by its id or its name */
  findColumn(list: ListRecord, ref: string): ColumnRecord | undefined {
    const lower = ref.toLowerCase();
    return list.columns.find((c) => c.id === lower) ?? list.columns.find((c) => c.name === ref);
  }

  /** changes a column from a Graph `PATCH …/columns/{id}` body */
  updateColumn(list: ListRecord, column: ColumnRecord, body: unknown, now: string): ColumnRecord {
    if (!isObject(body)) throw badRequest('The request body must be a JSON object.');
    const where = `Column '${column.name}'`;
    for (const key of Object.keys(body)) {
      if (key === 'name' && body.name === column.name) continue;
      if (key === 'name') throw badRequest(`${where}: the name of a column cannot change.`);
      if (!COLUMN_PATCH_KEYS.has(key)) throw badRequest(`${where}: '${key}' cannot be changed.`);
      if ((COLUMN_KINDS as readonly string[]).includes(key) && key !== column.kind) throw badRequest(`${where}: the type of a column cannot change (it is ${column.kind}).`);
    }
    if (column.readOnly && Object.keys(body).some((k) => k !== 'indexed')) throw badRequest(`${where} is a system column: only 'indexed' can change.`);
    const next: ColumnRecord = {
      ...column,
      displayName: optionalText(body, 'displayName', where, 255) ?? column.displayName,
      description: optionalText(body, 'description', where, 1000) ?? column.description,
      indexed: optionalBoolean(body, 'indexed', where) ?? column.indexed,
      enforceUniqueValues: optionalBoolean(body, 'enforceUniqueValues', where) ?? column.enforceUniqueValues,
      required: optionalBoolean(body, 'required', where) ?? column.required,
      hidden: optionalBoolean(body, 'hidden', where) ?? column.hidden,
    };
    if (column.name === 'ID' && next.indexed === false) throw badRequest(`${where} is always indexed.`);
    if (isObject(body[column.kind])) {
      next.facet = normalizeFacet(column.name, column.kind, { ...column.facet, ...(body[column.kind] as Facet) });
    }
    checkColumnRules(next);
    if (next.enforceUniqueValues && !column.enforceUniqueValues) this.claimExistingValues(list, next);
    if (!next.enforceUniqueValues && column.enforceUniqueValues) {
      this.db.prepare('DELETE FROM unique_values WHERE list_pk = ? AND column_id = ?').run(list.pk, column.id);
    }
    if (next.indexed) ensureColumnIndex(this.db, next);
    this.db
      .prepare(
        'UPDATE columns SET display_name = ?, description = ?, facet = ?, indexed = ?, enforce_unique = ?, required = ?, hidden = ? WHERE list_pk = ? AND id = ?',
      )
      .run(next.displayName, next.description, JSON.stringify(next.facet), +next.indexed, +next.enforceUniqueValues, +next.required, +next.hidden, list.pk, column.id);
    this.touch(list, now);
    this.forget();
    return next;
  }

  /** turning unique values on: refused while two items share a value, otherwise every value is claimed */
  private claimExistingValues(list: ListRecord, column: ColumnRecord): void {
    const { expr } = columnSql(column);
    const rows = this.db
      .prepare<[number], { item_id: number; value: StoredValue }>(`SELECT item_id, ${expr} AS value FROM items WHERE list_pk = ? AND ${expr} IS NOT NULL`)
      .all(list.pk);
    const claim = this.db.prepare('INSERT INTO unique_values (list_pk, column_id, value_key, item_id) VALUES (?, ?, ?, ?)');
    const seen = new Set<string>();
    for (const row of rows) {
      const key = uniqueValueKey(row.value as Exclude<StoredValue, null>);
      if (seen.has(key)) throw badRequest(`Column '${column.name}' cannot enforce unique values: more than one item holds '${String(row.value)}'.`);
      seen.add(key);
      claim.run(list.pk, column.id, key, row.item_id);
    }
  }

  private touch(list: ListRecord, now: string): void {
    this.db.prepare('UPDATE lists SET modified_at = ?, version = version + 1 WHERE pk = ?').run(now, list.pk);
  }

  private insertColumn(listPk: number, column: ColumnRecord): void {
    this.db
      .prepare(
        `INSERT INTO columns (list_pk, id, name, display_name, description, kind, facet, indexed, enforce_unique, required, hidden, read_only, builtin, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(listPk, column.id, column.name, column.displayName, column.description, column.kind, JSON.stringify(column.facet), +column.indexed, +column.enforceUniqueValues, +column.required, +column.hidden, +column.readOnly, +column.builtin, column.position);
    if (column.indexed) ensureColumnIndex(this.db, column);
  }

  private require(pk: number): ListRecord {
    const list = this.load().get(pk);
    if (!list) throw new Error(`list ${pk} vanished`);
    return list;
  }

  private load(): Map<number, ListRecord> {
    if (this.cache) return this.cache;
    const lists = this.db.prepare<[], ListRow>('SELECT * FROM lists ORDER BY pk').all();
    const columns = this.db.prepare<[], ColumnRow>('SELECT * FROM columns ORDER BY list_pk, position').all();
    const cache = new Map<number, ListRecord>();
    for (const row of lists) {
      cache.set(row.pk, {
        pk: row.pk,
        id: row.id,
        displayName: row.display_name,
        name: row.name,
        description: row.description,
        template: row.template,
        contentTypeId: row.content_type_id,
        createdAt: row.created_at,
        modifiedAt: row.modified_at,
        authorId: row.author_id,
        editorId: row.editor_id,
        version: row.version,
        columns: [],
        byFieldKey: new Map(),
      });
    }
    for (const row of columns) {
      const list = cache.get(row.list_pk);
      if (!list) continue;
      const column: ColumnRecord = {
        id: row.id,
        name: row.name,
        displayName: row.display_name,
        description: row.description,
        kind: row.kind,
        facet: JSON.parse(row.facet) as Facet,
        indexed: row.indexed === 1,
        enforceUniqueValues: row.enforce_unique === 1,
        required: row.required === 1,
        hidden: row.hidden === 1,
        readOnly: row.read_only === 1,
        builtin: row.builtin === 1,
        position: row.position,
      };
      list.columns.push(column);
      list.byFieldKey.set(fieldKey(column), column);
    }
    this.cache = cache;
    return cache;
  }
}

function assertNameFree(columns: readonly ColumnRecord[], column: Pick<ColumnRecord, 'name' | 'kind'>): void {
  const key = fieldKey(column).toLowerCase();
  const name = column.name.toLowerCase();
  const clash = columns.find((c) => c.name.toLowerCase() === name || fieldKey(c).toLowerCase() === key || c.name.toLowerCase() === key || fieldKey(c).toLowerCase() === name);
  if (clash || [...SYSTEM_FIELD_NAMES].some((n) => n.toLowerCase() === name || n.toLowerCase() === key)) {
    throw new GraphError(409, 'nameAlreadyExists', `A column named '${column.name}' already exists in this list.`);
  }
}
