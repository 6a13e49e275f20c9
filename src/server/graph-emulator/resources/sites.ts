// GET /sites/root, /sites/{site-id}: the one local site.
import { json, type GraphRequest, type GraphResponse } from '../graph-request';
import { allowOptions, requireSite, type EngineContext } from './common';

export function getSite(ctx: EngineContext, req: GraphRequest, siteSegment: string): GraphResponse {
  allowOptions(req, ['select']);
  requireSite(ctx, siteSegment);
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#sites/$entity`, ...ctx.site.body(new URL(req.baseUrl).origin) });
}
