// The JSON bodies of sites' lists, columns, items and fields, in the shapes SharePoint Online
// gives through Graph (see graph-lists.md): string ids, eTags "guid,version", UTC times without
// fractions, person fields as `<Name>LookupId` site user ids, empty fields left out.
import { renderFieldValue, type ColumnRecord, type StoredValue } from './column-types';
import { itemETag, type ItemRow } from './item-repository';
import type { ListRecord } from './list-repository';
import type { LocalSite } from './site';
import type { SiteUsers } from './site-users';

export interface RenderContext {
  /** the site's web URL on the origin the request came to, e.g. http://127.0.0.1:PORT/sites/circular-choices */
  siteWebUrl: string;
  site: LocalSite;
  users: SiteUsers;
}

type Json = Record<string, unknown>;

function identity(ctx: RenderContext, userId: number): Json {
  const user = ctx.users.find(userId);
  return { user: user ? { email: user.email, id: user.oid, displayName: user.displayName } : { displayName: `site user ${userId}` } };
}

const listETag = (list: ListRecord): string => `"${list.id},${list.version}"`;

export function renderColumn(column: ColumnRecord): Json {
  return {
    columnGroup: column.builtin ? 'Base Columns' : 'Custom Columns',
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.kind]: column.facet,
  };
}

export function renderList(ctx: RenderContext, list: ListRecord, withColumns: boolean): Json {
  const body: Json = {
    '@odata.etag': listETag(list),
    createdDateTime: list.createdAt,
    description: list.description,
    eTag: listETag(list),
    id: list.id,
    lastModifiedDateTime: list.modifiedAt,
    name: list.name,
    webUrl: `${ctx.siteWebUrl}/Lists/${encodeURIComponent(list.name)}`,
    displayName: list.displayName,
    createdBy: identity(ctx, list.authorId),
    lastModifiedBy: identity(ctx, list.editorId),
    parentReference: { siteId: ctx.site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (withColumns) body.columns = list.columns.map(renderColumn);
  return body;
}

/** which fields to show: all, or those named by `$expand=fields($select=…)` */
export type FieldSelection = { all: true } | { all: false; names: ReadonlySet<string> };

// at module level, not a closure per call: renderFields runs for every item of a page
const isWanted = (selection: FieldSelection, name: string): boolean => selection.all || selection.names.has(name);

export function renderFields(list: ListRecord, row: ItemRow, selection: FieldSelection): Json {
  const stored = JSON.parse(row.fields) as Record<string, StoredValue>;
  const system: Json = {
    id: String(row.item_id),
    ID: row.item_id,
    ContentType: 'Item',
    Modified: row.modified_at,
    Created: row.created_at,
    AuthorLookupId: String(row.author_id),
    EditorLookupId: String(row.editor_id),
    _UIVersionString: `${row.version}.0`,
    Attachments: false,
  };
  const fields: Json = { '@odata.etag': itemETag(row) };
  for (const column of list.columns) {
    if (column.builtin && column.name !== 'Title') continue;
    const value = renderFieldValue(column, stored[column.name] ?? null);
    const key = column.kind === 'personOrGroup' ? `${column.name}LookupId` : column.name;
    if (value !== null && isWanted(selection, key)) fields[key] = value;
  }
  for (const [key, value] of Object.entries(system)) {
    // `ID` is shown only when asked for by name, as SharePoint does
    if (key === 'ID' ? !selection.all && selection.names.has('ID') : isWanted(selection, key)) fields[key] = value;
  }
  return fields;
}

export interface ItemRenderOptions {
  fields?: FieldSelection;
  /** top-level properties asked for with `$select`; undefined for all */
  select?: ReadonlySet<string>;
}

// at module level, as isWanted: renderItem runs for every item of a page
const isSelected = (select: ReadonlySet<string> | undefined, key: string): boolean => select === undefined || select.has(key);

/** an item; with `$select`, only the properties named (and always `@odata.etag` and `id`), each made only when asked for */
export function renderItem(ctx: RenderContext, list: ListRecord, row: ItemRow, options: ItemRenderOptions): Json {
  const eTag = itemETag(row);
  const select = options.select;
  const body: Json = { '@odata.etag': eTag };
  if (isSelected(select, 'createdDateTime')) body.createdDateTime = row.created_at;
  if (isSelected(select, 'eTag')) body.eTag = eTag;
  body.id = String(row.item_id);
  if (isSelected(select, 'lastModifiedDateTime')) body.lastModifiedDateTime = row.modified_at;
  if (isSelected(select, 'webUrl')) body.webUrl = `${ctx.siteWebUrl}/Lists/${encodeURIComponent(list.name)}/${row.item_id}_.000`;
  if (isSelected(select, 'createdBy')) body.createdBy = identity(ctx, row.author_id);
  if (isSelected(select, 'lastModifiedBy')) body.lastModifiedBy = identity(ctx, row.editor_id);
  if (isSelected(select, 'parentReference')) body.parentReference = { id: list.id, siteId: ctx.site.id };
  if (isSelected(select, 'contentType')) body.contentType = { id: list.contentTypeId, name: 'Item' };
  if (options.fields) body.fields = renderFields(list, row, options.fields);
  return body;
}
