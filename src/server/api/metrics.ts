// GET /api/metrics: the adoption dashboard's figures for the dashboard's filters, counted on the
// server from its copy of the Acknowledgements list (src/server/metrics/metrics-cache.ts). Only
// coordinators get every team's figures; anyone else gets their own team's (the team from the
// validated token, whatever the query names), and someone whose team is unknown gets none. The
// answer holds counts only: no person ids, no names, no document titles; a selection with fewer
// than the minimum number of people has no figures at all, and a team, product group, item,
// action, week or phase with fewer has none of its own (docs/privacy.md). The handler, its query
// schema and the browser's call are side by side here; the answer's shape is documented in
// docs/metrics.md.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { CONTENT_ID } from '../../domain/ids';
import { scopedTeams, type DashboardMetrics, type DashboardScope, type MetricsFilters } from '../../domain/metrics';
import { PHASES, type Phase } from '../../domain/taxonomy';
import type { Caller } from './caller';
import { apiRequestError } from './api-request-error';

export const METRICS_PATH = '/api/metrics';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** a parameter given once, repeated (`team=a&team=b`) or comma-separated (`team=a,b`) */
const listParam = <T extends string>(entry: z.ZodType<T, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x !== '')))
    .pipe(z.array(entry).max(100, { error: 'at most 100 values' }));

export const metricsQuerySchema = z
  .strictObject({
    from: z.string().regex(DAY, { error: 'must be a day written YYYY-MM-DD' }).optional(),
    to: z.string().regex(DAY, { error: 'must be a day written YYYY-MM-DD' }).optional(),
    team: listParam(z.string().regex(CONTENT_ID, { error: 'must be a team id of the content pack' })),
    productGroup: listParam(z.string().regex(CONTENT_ID, { error: 'must be a product group id of the content pack' })),
    action: listParam(z.string().regex(CONTENT_ID, { error: 'must be a programme action id' })),
    phase: listParam(z.enum(PHASES as unknown as [Phase, ...Phase[]], { error: `must be one of ${PHASES.join(', ')}` })),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { error: 'the period starts after it ends', path: ['from'] });

export type MetricsQuery = z.input<typeof metricsQuerySchema>;

/** the answer of GET /api/metrics */
export interface MetricsAnswer {
  /** whose figures these are: every team (coordinators), or the caller's own team */
  scope: Exclude<DashboardScope, { kind: 'none' }>;
  /** the filters counted with, as understood by the server (a staff member's team filter is their own team) */
  filters: MetricsFilters;
  /** the UTC day the action-coverage window ended on when the period is open */
  today: string;
  metrics: DashboardMetrics;
  privacy: {
    /** every figure needs at least this many different people: the selection's, and each row's */
    minContributors: number;
    /** fewer people than that in the selection as a whole: no figures (every count is zero) */
    tooFewPeople: boolean;
    /** teams named in the filter with fewer people (or none), left out of the figures */
    withheldTeams: string[];
    /** teams counted together under "Overig" in the per-team figures */
    foldedTeams: number;
    /** product groups, items or actions counted together under "Overig", or weeks or phases withheld */
    otherFolded: boolean;
  };
  /** the server's copy of the list: how many rows, and when it was last brought up to date */
  source: { rows: number; syncedAt?: string };
}

/** what the handler counts with: the server's metrics cache */
export interface MetricsSource {
  readonly size: number;
  readonly syncedAt: string | undefined;
  figures(filters: MetricsFilters, today: string, minContributors: number): Pick<MetricsAnswer, 'metrics'> & Omit<MetricsAnswer['privacy'], 'minContributors'>;
}

export interface MetricsRouteOptions {
  /** the cache, once it is there (undefined while the server starts without one) */
  source: () => MetricsSource | undefined;
  minContributors: number;
  today?: () => string;
}

const problem = (code: string, message: string) => ({ error: { code, message } });

export function metricsRoute(options: MetricsRouteOptions): RequestHandler {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  return async (req, res, next) => {
    try {
      // requireCaller (caller.ts) ran before: it answered 401 where the token named nobody
      const caller = res.locals.caller as Caller;
      const scope: DashboardScope = caller.isCoordinator ? { kind: 'all' } : caller.team ? { kind: 'team', team: caller.team } : { kind: 'none' };
      if (scope.kind === 'none') {
        res.status(403).json(problem('noTeam', 'The figures are per team, and the app does not know your team: only programme coordinators see every team.'));
        return;
      }
      const parsed = metricsQuerySchema.safeParse(req.query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        res.status(400).json(problem('badFilter', `${issue.path.join('.') || 'query'}: ${issue.message}`));
        return;
      }
      const source = options.source();
      if (!source) {
        res.status(503).json(problem('notReady', 'The figures are not available yet: the server has no copy of the list.'));
        return;
      }
      const q = parsed.data;
      const teams = scopedTeams(scope, q.team);
      const filters: MetricsFilters = {
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(teams.length ? { teams: [...teams] } : {}),
        ...(q.productGroup.length ? { productGroups: q.productGroup } : {}),
        ...(q.action.length ? { actions: q.action } : {}),
        ...(q.phase.length ? { phases: q.phase } : {}),
      };
      const day = today();
      let figures;
      try {
        figures = source.figures(filters, day, options.minContributors);
      } catch (error) {
        if (error instanceof RangeError) {
          res.status(400).json(problem('badFilter', error.message));
          return;
        }
        throw error;
      }
      const answer: MetricsAnswer = {
        scope,
        filters,
        today: day,
        metrics: figures.metrics,
        privacy: {
          minContributors: options.minContributors,
          tooFewPeople: figures.tooFewPeople,
          withheldTeams: figures.withheldTeams,
          foldedTeams: figures.foldedTeams,
          otherFolded: figures.otherFolded,
        },
        source: { rows: source.size, ...(source.syncedAt ? { syncedAt: source.syncedAt } : {}) },
      };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

/** the browser's call: the figures for these filters, with the caller's token for the app's API */
export async function fetchMetrics(filters: MetricsFilters, getToken: () => Promise<string>, fetcher: typeof fetch = fetch): Promise<MetricsAnswer> {
  const query = new URLSearchParams();
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  for (const team of filters.teams ?? []) query.append('team', team);
  for (const group of filters.productGroups ?? []) query.append('productGroup', group);
  for (const action of filters.actions ?? []) query.append('action', action);
  for (const phase of filters.phases ?? []) query.append('phase', phase);
  const response = await fetcher(`${METRICS_PATH}?${query}`, { headers: { accept: 'application/json', authorization: `Bearer ${await getToken()}` }, cache: 'no-store' });
  if (!response.ok) {
    throw apiRequestError(response.status, (await response.json().catch(() => undefined)) as Parameters<typeof apiRequestError>[1]);
  }
  return (await response.json()) as MetricsAnswer;
}
