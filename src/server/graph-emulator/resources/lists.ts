// /sites/{site}/lists: list the lists (optionally `$filter=displayName eq 'X'`), create one with
// its columns, read one by id or title.
import { badRequest } from '../graph-error';
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import type { ListRecord } from '../list-repository';
import { comparisons, option, parseFilter } from '../odata-query';
import { renderList } from '../render';
import { actingSiteUser, allowOptions, expandOptions, listPath, mayAccess, renderContext, requireReadableList, requireSite, selectOption, type EngineContext } from './common';

const LIST_FILTER_PROPERTIES: Record<string, (list: ListRecord) => string> = {
  displayName: (l) => l.displayName,
  name: (l) => l.name,
  id: (l) => l.id,
};

function selected(body: Record<string, unknown>, select: ReadonlySet<string> | undefined): Record<string, unknown> {
  if (!select) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => key === '@odata.etag' || key === 'id' || key === 'columns' || select.has(key)));
}

export function listLists(ctx: EngineContext, req: GraphRequest, siteSegment: string): GraphResponse {
  allowOptions(req, ['filter', 'expand', 'select', 'top']);
  requireSite(ctx, siteSegment);
  const withColumns = expandOptions(req, ['columns']).has('columns');
  const select = selectOption(req);
  // SharePoint trims the site's lists to those the person may read
  let lists = ctx.lists.all().filter((l) => mayAccess(ctx, req, l, 'read'));
  const filterText = option(req.query, 'filter');
  if (filterText !== null) {
    const filter = parseFilter(filterText);
    const [only, ...more] = [...comparisons(filter)];
    const read = only ? LIST_FILTER_PROPERTIES[only.property] : undefined;
    if (!only || more.length > 0 || only.operator !== 'eq' || only.literal.type !== 'string' || !read) {
      throw badRequest("Lists can be filtered by one comparison such as displayName eq 'Title' in the local emulator.");
    }
    const wanted = only.literal.value.toLowerCase();
    // titles compare case-insensitively in SharePoint
    lists = lists.filter((l) => read(l).toLowerCase() === wanted);
  }
  const rendering = renderContext(ctx, req);
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists`,
    value: lists.map((l) => selected(renderList(rendering, l, withColumns), select)),
  });
}

export function createList(ctx: EngineContext, req: GraphRequest, siteSegment: string): GraphResponse {
  allowOptions(req, []);
  requireSite(ctx, siteSegment);
  const list = ctx.write(() => ctx.lists.create(req.body, actingSiteUser(ctx, req).id, ctx.now()));
  return json(201, { '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists/$entity`, ...renderList(renderContext(ctx, req), list, true) }, {
    Location: `${req.baseUrl}${listPath(ctx, list)}`,
  });
}

export function getList(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, ['expand', 'select']);
  const list = requireReadableList(ctx, req, siteSegment, listSegment);
  const withColumns = expandOptions(req, ['columns']).has('columns');
  return json(200, {
    '@odata.context': `${req.baseUrl}/$metadata#sites('${ctx.site.id}')/lists/$entity`,
    ...selected(renderList(renderContext(ctx, req), list, withColumns), selectOption(req)),
  });
}
