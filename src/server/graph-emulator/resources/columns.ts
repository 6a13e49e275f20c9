// /sites/{site}/lists/{list}/columns: read, add and change (e.g. index) columns.
import { GraphError } from '../graph-error';
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import { renderColumn } from '../render';
import { allowOptions, requireList, requireListWriter, requireReadableList, type EngineContext } from './common';

export function listColumns(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, ['select']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/columns`,
    value: list.columns.map(renderColumn),
  });
}

export function addColumn(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, []);
  const column = ctx.write(() => {
    const list = requireList(ctx, siteSegment, listSegment);
    requireListWriter(ctx, req, list);
    return ctx.lists.addColumn(list, req.body, ctx.now());
  });
  return json(201, renderColumn(column));
}

export function getColumn(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, columnSegment: string): GraphResponse {
  allowOptions(req, ['select']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const column = ctx.lists.findColumn(list, columnSegment);
  if (!column) throw new GraphError(404, 'itemNotFound', `The column '${columnSegment}' does not exist in the list '${list.displayName}'.`);
  return json(200, renderColumn(column));
}

export function updateColumn(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string, columnSegment: string): GraphResponse {
  allowOptions(req, []);
  const column = ctx.write(() => {
    const list = requireList(ctx, siteSegment, listSegment);
    requireListWriter(ctx, req, list);
    const current = ctx.lists.findColumn(list, columnSegment);
    if (!current) throw new GraphError(404, 'itemNotFound', `The column '${columnSegment}' does not exist in the list '${list.displayName}'.`);
    return ctx.lists.updateColumn(list, current, req.body, ctx.now());
  });
  return json(200, renderColumn(column));
}
