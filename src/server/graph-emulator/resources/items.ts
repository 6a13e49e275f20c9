// /sites/{site}/lists/{list}/items: query with $filter/$orderby/$top and paging, create, read,
// update fields (If-Match), delete.
import { badRequest } from '../graph-error';
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import { compileItemQuery, HONOR_NON_INDEXED, itemPageSql } from '../item-query';
import { itemETag } from '../item-repository';
import { option, parseFilter, parseOrderBy, parseTop } from '../odata-query';
import { decodeItemSkipToken, encodeItemSkipToken, type ItemPagePosition } from '../paging-token';
import { renderFields, renderItem } from '../render';
import {
  actingSiteUser,
  allowOptions,
  carriedOptions,
  expandOptions,
  fieldSelection,
  link,
  listPath,
  renderContext,
  requireList,
  requireListWriter,
  requireReadableList,
  selectOption,
  type EngineContext,
} from './common';

/** items per page when $top is not given, and the most a page holds */
export const ITEM_PAGE_DEFAULT = 200;
export const ITEM_PAGE_MAX = 5000;

const prefers = (req: GraphRequest, preference: string): boolean =>
  (req.headers.prefer ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .includes(preference.toLowerCase());

export function queryItems(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, ['expand', 'select', 'filter', 'orderby', 'top', 'skiptoken']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const fields = fieldSelection(list, expandOptions(req, ['fields']));
  const select = selectOption(req);
  const pageSize = parseTop(option(req.query, 'top'), ITEM_PAGE_DEFAULT, ITEM_PAGE_MAX);
  const filterText = option(req.query, 'filter');
  const orderText = option(req.query, 'orderby');
  const skipToken = option(req.query, 'skiptoken');
  let position: ItemPagePosition | undefined;
  if (skipToken !== null) {
    position = decodeItemSkipToken(skipToken);
    if (!position) throw badRequest('The $skiptoken is not valid; follow @odata.nextLink as it was given.');
  }
  return ctx.read(() => {
    const query = compileItemQuery(list, {
      filter: filterText === null ? undefined : parseFilter(filterText),
      orderBy: orderText === null ? [] : parseOrderBy(orderText),
      honorNonIndexed: prefers(req, HONOR_NON_INDEXED),
      itemCount: ctx.lists.counters(list).itemCount,
      threshold: ctx.listViewThreshold,
    });
    const { sql, params } = itemPageSql(list, query, position, pageSize);
    const rows = ctx.items.select(sql, params);
    const page = rows.slice(0, pageSize);
    const rendering = renderContext(ctx, req);
    const body: Record<string, unknown> = {
      '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/items`,
      value: page.map((row) => renderItem(rendering, list, row, { fields, select })),
    };
    const last = page[page.length - 1];
    if (rows.length > pageSize && last) {
      const next: ItemPagePosition = query.customOrder ? { offset: (position && 'offset' in position ? position.offset : 0) + page.length } : { afterId: last.item_id };
      body['@odata.nextLink'] = link(req, `${listPath(ctx, list)}/items`, [
        ...carriedOptions(req, ['expand', 'select', 'filter', 'orderby', 'top']),
        ['$skiptoken', encodeItemSkipToken(next)],
      ]);
    }
    return json(200, body);
  });
}

export function createItem(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, []);
  const { list, row } = ctx.write(() => {
    const list = requireList(ctx, siteSegment, listSegment);
    requireListWriter(ctx, req, list);
    return { list, row: ctx.items.create(list, req.body, actingSiteUser(ctx, req), ctx.now()) };
  });
  const body = renderItem(renderContext(ctx, req), list, row, { fields: { all: true } });
  return json(201, { '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/items/$entity`, ...body }, {
    Location: `${req.baseUrl}${listPath(ctx, list)}/items/${row.item_id}`,
    ETag: itemETag(row),
  });
}

export function getItem(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, itemSegment: string): GraphResponse {
  allowOptions(req, ['expand', 'select']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const fields = fieldSelection(list, expandOptions(req, ['fields']));
  const row = ctx.items.require(list, itemSegment);
  const body = renderItem(renderContext(ctx, req), list, row, { fields, select: selectOption(req) });
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/items/$entity`, ...body }, { ETag: itemETag(row) });
}

export function getFields(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, itemSegment: string): GraphResponse {
  allowOptions(req, ['select']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const row = ctx.items.require(list, itemSegment);
  const select = option(req.query, 'select');
  const selection = fieldSelection(list, new Map([['fields', select === null ? {} : { select: select.split(',').map((s) => s.trim()) }]]));
  return json(200, renderFields(list, row, selection ?? { all: true }), { ETag: itemETag(row) });
}

export function updateFields(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, itemSegment: string): GraphResponse {
  allowOptions(req, []);
  const { list, row } = ctx.write(() => {
    const list = requireList(ctx, siteSegment, listSegment);
    requireListWriter(ctx, req, list);
    return { list, row: ctx.items.updateFields(list, itemSegment, req.body, req.headers['if-match'], actingSiteUser(ctx, req), ctx.now()) };
  });
  return json(200, renderFields(list, row, { all: true }), { ETag: itemETag(row) });
}

export function deleteItem(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, itemSegment: string): GraphResponse {
  allowOptions(req, []);
  ctx.write(() => {
    const list = requireList(ctx, siteSegment, listSegment);
    requireListWriter(ctx, req, list);
    ctx.items.delete(list, itemSegment, req.headers['if-match']);
  });
  return { status: 204, headers: {} };
}
