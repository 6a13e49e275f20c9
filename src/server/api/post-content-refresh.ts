// POST /api/content/refresh: a coordinator, having edited the site's content lists, asks the
// server to read them now rather than at the next scheduled reading. Coordinators only: the answer
// names the rows the lists refused, and every call has the app's identity read all content lists.
// A few calls a minute per coordinator (429 with Retry-After beyond that); a reading under way is
// shared (server-content.ts).
import type { RequestHandler } from 'express';
import { ConversationRateLimiter, type RateLimit } from '../../bot/http/rate-limit';
import { errorBody } from '../error-answers';
import { requestIdOf } from '../request-log';
import type { ServerContent } from '../server-content';
import { callerOf } from './caller';

export const CONTENT_REFRESH_PATH = '/api/content/refresh';
/** enough to check an edit or two; the schedule reads the lists anyway */
export const DEFAULT_CONTENT_REFRESH_LIMIT: RateLimit = { requests: 5, windowMs: 60_000 };

export interface ContentRefreshDeps {
  content: Pick<ServerContent, 'refresh'>;
  limit?: RateLimit;
  now?: () => number;
  /** told when a reading changed the pack (counts only: no rows, no person) */
  onChanged?: (refresh: { origin: string; problems: number }) => void;
}

/** the route; runs after requireCaller (caller.ts) */
export function postContentRefreshHandler(deps: ContentRefreshDeps): RequestHandler {
  const limiter = new ConversationRateLimiter(deps.limit ?? DEFAULT_CONTENT_REFRESH_LIMIT, deps.now);
  return (req, res, next) => {
    const caller = callerOf(res);
    if (!caller.isCoordinator) {
      res.status(403).json(errorBody('forbidden', 'Only programme coordinators ask for the content lists to be read again; they are read on a schedule anyway.', requestIdOf(req)));
      return;
    }
    const admission = limiter.take(caller.personId);
    if (!admission.admitted) {
      const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      res.setHeader('Retry-After', String(seconds));
      res.status(429).json(errorBody('tooManyRefreshes', `The content lists were read several times just now; ask again in ${seconds} seconds.`, requestIdOf(req)));
      return;
    }
    deps.content.refresh().then((refresh) => {
      if (refresh.changed) deps.onChanged?.({ origin: refresh.origin, problems: refresh.problems.length });
      res.setHeader('Cache-Control', 'no-store');
      res.json(refresh);
    }, next);
  };
}
