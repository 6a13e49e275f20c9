// GET …/items/delta: the first call enumerates the live items in pages (@odata.nextLink), the last
// page carries @odata.deltaLink; following that link gives what changed since, deletions as
// `{"id","deleted":{"state":"deleted"}}`. `?token=latest` gives only a delta link. A token that
// can no longer be served is answered 410 Gone with a Location to restart from.
// Fields are included when asked for with `$expand=fields` (as on items), not otherwise.
//
// A page whose fields are named in `$expand=fields($select=…)`, all plain columns (text, choice,
// date, number), is written by SQLite: each item's fields object straight from the stored JSON,
// empty fields left out, in the list's column order, as renderFields would give them. A full
// first sync reads a million items this way; parsing and writing each item again in JS cost more
// than the rest of the request.
import type { Statement } from 'better-sqlite3';
import type { ColumnRecord } from '../column-types';
import type { Db } from '../database';
import { GraphError, badRequest } from '../graph-error';
import { json, JsonText, type GraphRequest, type GraphResponse } from '../graph-request';
import type { ItemRow } from '../item-repository';
import type { ListRecord } from '../list-repository';
import type { FieldSelection } from '../render';
import { option, parseTop } from '../odata-query';
import { decodeDeltaToken, encodeDeltaToken, type DeltaPosition } from '../paging-token';
import { renderItem } from '../render';
import { allowOptions, carriedOptions, expandOptions, fieldSelection, link, listPath, renderContext, requireReadableList, selectOption, type EngineContext } from './common';

/** changes per page when $top is not given, and the most a page holds */
export const DELTA_PAGE_DEFAULT = 1000;
export const DELTA_PAGE_MAX = 5000;

export function itemsDelta(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, ['expand', 'select', 'top', 'skiptoken']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const fields = fieldSelection(list, expandOptions(req, ['fields']));
  const select = selectOption(req);
  const pageSize = parseTop(option(req.query, 'top'), DELTA_PAGE_DEFAULT, DELTA_PAGE_MAX);
  const token = req.query.get('token');
  const skipToken = option(req.query, 'skiptoken');
  if (token !== null && skipToken !== null) throw badRequest('Give either token or $skiptoken, not both.');
  const carried = carriedOptions(req, ['expand', 'select', 'top']);
  const deltaPath = `${listPath(ctx, list)}/items/delta`;

  return ctx.read(() => {
    const counters = ctx.lists.counters(list);
    const context = `${req.baseUrl}/$metadata#Collection(listItem)`;
    if (token === 'latest') {
      const latest = encodeDeltaToken({ epoch: ctx.epoch, listPk: list.pk, afterSeq: counters.changeSeq, tombstonesAfter: counters.changeSeq });
      return json(200, { '@odata.context': context, value: [], '@odata.deltaLink': link(req, deltaPath, [...carried, ['token', latest]]) });
    }
    let position: DeltaPosition;
    const given = token ?? skipToken;
    if (given === null) {
      position = { epoch: ctx.epoch, listPk: list.pk, afterSeq: 0, tombstonesAfter: counters.changeSeq };
    } else {
      const decoded = decodeDeltaToken(given);
      const usable =
        decoded !== undefined &&
        decoded.epoch === ctx.epoch &&
        decoded.listPk === list.pk &&
        decoded.afterSeq <= counters.changeSeq &&
        decoded.tombstonesAfter >= counters.deltaFloor;
      if (!usable) throw resyncRequired(req, deltaPath, carried);
      position = decoded;
    }
    const fieldsSql = fields ? sqlFieldsObject(list, fields) : undefined;
    if (fieldsSql !== undefined) return sqlPage(ctx, req, list, { position, pageSize, changeSeq: counters.changeSeq }, fieldsSql, select, deltaPath, carried);
    const rows = ctx.items.changes(list, position.afterSeq, position.tombstonesAfter, pageSize + 1);
    const page = rows.slice(0, pageSize);
    const rendering = renderContext(ctx, req);
    const value = page.map((change) =>
      change.deleted === 1
        ? { id: String(change.itemId), deleted: { state: 'deleted' } }
        : renderItem(rendering, list, change.item, { fields, select }),
    );
    const last = page[page.length - 1];
    if (rows.length > pageSize && last) {
      const next = encodeDeltaToken({ ...position, afterSeq: last.seq });
      return json(200, { '@odata.context': context, value, '@odata.nextLink': link(req, deltaPath, [...carried, ['$skiptoken', next]]) });
    }
    const done = encodeDeltaToken({ epoch: ctx.epoch, listPk: list.pk, afterSeq: counters.changeSeq, tombstonesAfter: counters.changeSeq });
    return json(200, { '@odata.context': context, value, '@odata.deltaLink': link(req, deltaPath, [...carried, ['token', done]]) });
  });
}

function resyncRequired(req: GraphRequest, deltaPath: string, carried: [string, string][]): GraphError {
  return new GraphError(410, 'resyncRequired', 'The delta token is no longer valid; restart the sync from the URL in the Location header.', 'resyncChangesApplyDifferences', {
    Location: link(req, deltaPath, carried),
  });
}

const PLAIN_KINDS: ReadonlySet<ColumnRecord['kind']> = new Set(['text', 'choice', 'dateTime', 'number']);

/**
 * SQL for an item's `fields` object with the selected columns, or undefined when the selection
 * needs renderFields (all fields, system fields, person or yes/no columns): `@odata.etag`, then each
 * selected column in the list's order as stored (renderFieldValue leaves these kinds as they are),
 * an empty one as null (taken out by withoutNulls)
 */
function sqlFieldsObject(list: ListRecord, selection: FieldSelection): string | undefined {
  if (selection.all) return undefined;
  const wanted = new Set(selection.names);
  wanted.delete('@odata.etag');
  const parts = [`'@odata.etag', '"' || i.unique_id || ',' || i.version || '"'`];
  for (const column of list.columns) {
    if (!wanted.delete(column.name)) continue;
    if ((column.builtin && column.name !== 'Title') || !PLAIN_KINDS.has(column.kind) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(column.name)) return undefined;
    parts.push(`'${column.name}', i.fields -> '$."${column.name}"'`);
  }
  // a name left over is a system field (id, Created, …): renderFields makes those
  if (wanted.size > 0) return undefined;
  return `json_object(${parts.join(', ')})`;
}

/**
 * the object without its null members: `,"Name":null` can only be a member, since inside a JSON
 * string every quote is escaped (the etag always comes first, so every null member has a comma before it)
 */
const withoutNulls = (object: string): string => (object.includes(':null') ? object.replace(/,"[A-Za-z_][A-Za-z0-9_]*":null(?=[,}])/g, '') : object);

/** a change joined with its item (ItemRow's columns; `item_id` null for an item since deleted) */
type SqlChangeRow = Omit<ItemRow, 'item_id' | 'fields'> & { seq: number; deleted: number; change_item_id: number; item_id: number | null; fields_json: string };

type ChangesStatement = Statement<[number, number, number, number], SqlChangeRow>;
const statements = new WeakMap<Db, Map<string, ChangesStatement>>();

/** one statement per field selection and database, prepared once */
function prepared(db: Db, sql: string): ChangesStatement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<[number, number, number, number], SqlChangeRow>(sql)));
  return statement;
}

/** the page as JSON text, items' fields made by SQLite (same changes query as ItemRepository.changes) */
function sqlPage(
  ctx: EngineContext,
  req: GraphRequest,
  list: ListRecord,
  { position, pageSize, changeSeq }: { position: DeltaPosition; pageSize: number; changeSeq: number },
  fieldsSql: string,
  select: ReadonlySet<string> | undefined,
  deltaPath: string,
  carried: [string, string][],
): GraphResponse {
  const sql = `SELECT c.seq AS seq, c.deleted AS deleted, c.item_id AS change_item_id, i.item_id, i.unique_id, i.version, i.created_at, i.modified_at, i.author_id, i.editor_id,
       CASE WHEN i.item_id IS NULL THEN NULL ELSE ${fieldsSql} END AS fields_json
     FROM item_changes c LEFT JOIN items i ON i.list_pk = c.list_pk AND i.item_id = c.item_id
     WHERE c.list_pk = ? AND c.seq > ? AND (c.deleted = 0 OR c.seq > ?) ORDER BY c.seq LIMIT ?`;
  const rows = prepared(ctx.db, sql).all(list.pk, position.afterSeq, position.tombstonesAfter, pageSize + 1);
  const rendering = renderContext(ctx, req);
  const page = rows.slice(0, pageSize);
  // with `$select` of only id and deleted (what a sync asks), an item is its etag and id: written
  // here as renderItem would give them (a GUID and whole numbers need no escaping)
  const idOnly = select !== undefined && [...select].every((key) => key === 'id' || key === 'deleted');
  const items = page.map((r) => {
    if (r.deleted === 1 || r.item_id === null) return `{"id":"${r.change_item_id}","deleted":{"state":"deleted"}}`;
    const fieldsJson = withoutNulls(r.fields_json);
    if (idOnly) return `{"@odata.etag":"\\"${r.unique_id},${r.version}\\"","id":"${r.item_id}","fields":${fieldsJson}}`;
    const item = JSON.stringify(renderItem(rendering, list, { ...r, item_id: r.item_id, fields: '' }, { select }));
    return `${item.slice(0, -1)},"fields":${fieldsJson}}`;
  });
  const head = JSON.stringify({ '@odata.context': `${req.baseUrl}/$metadata#Collection(listItem)` }).slice(0, -1);
  const last = page[page.length - 1];
  const done = { epoch: ctx.epoch, listPk: list.pk, afterSeq: changeSeq, tombstonesAfter: changeSeq };
  const next =
    rows.length > pageSize && last
      ? { '@odata.nextLink': link(req, deltaPath, [...carried, ['$skiptoken', encodeDeltaToken({ ...position, afterSeq: last.seq })]]) }
      : { '@odata.deltaLink': link(req, deltaPath, [...carried, ['token', encodeDeltaToken(done)]]) };
  return json(200, new JsonText(`${head},"value":[${items.join(',')}],${JSON.stringify(next).slice(1)}`));
}
