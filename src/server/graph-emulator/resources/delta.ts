// GET …/items/delta: the first call enumerates the live items in pages (@odata.nextLink), the last
// page carries @odata.deltaLink; following that link gives what changed since, deletions as
// `{"id","deleted":{"state":"deleted"}}`. `?token=latest` gives only a delta link. A token that
// can no longer be served is answered 410 Gone with a Location to restart from.
// Fields are included when asked for with `$expand=fields` (as on items), not otherwise.
import { GraphError, badRequest } from '../graph-error';
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import { option, parseTop } from '../odata-query';
import { decodeDeltaToken, encodeDeltaToken, type DeltaPosition } from '../paging-token';
import { renderItem } from '../render';
import { allowOptions, carriedOptions, expandOptions, fieldSelection, link, listPath, renderContext, requireList, selectOption, type EngineContext } from './common';

/** changes per page when $top is not given, and the most a page holds */
export const DELTA_PAGE_DEFAULT = 1000;
export const DELTA_PAGE_MAX = 5000;

export function itemsDelta(ctx: EngineContext, req: GraphRequest, siteSegment: string, listSegment: string): GraphResponse {
  allowOptions(req, ['expand', 'select', 'top', 'skiptoken']);
  const list = requireList(ctx, siteSegment, listSegment);
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
