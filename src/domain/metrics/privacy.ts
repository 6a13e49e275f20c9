// Privacy by design for the dashboard's figures: a team's own figures are shown only where at
// least `minContributors` different people made the decisions counted (5 by default). Smaller
// teams are folded together under OTHER_TEAMS in the per-team breakdown, and a team filter that
// names a small team leaves it out (its figures would be that team's alone). Definitions and the
// reasoning: docs/privacy.md.
import type { AdoptionCell, ColumnsAggregate, MetricsColumns } from './metrics-columns';
import type { Bucket, DashboardMetrics, MetricsFilters } from './types';

export const DEFAULT_MIN_CONTRIBUTORS = 5;
/** the key small teams are counted under together; not a content id (those have no capitals or spaces) */
export const OTHER_TEAMS = 'Overig';

/** the teams of a filter that may not be shown on their own: fewer than `min` people in the rows counted */
export function smallTeams(contributorsByTeam: ReadonlyMap<string, number>, teams: readonly string[], min: number): string[] {
  return teams.filter((team) => (contributorsByTeam.get(team) ?? 0) < min);
}

/** the figures with every team of fewer than `min` people folded into OTHER_TEAMS */
export function foldSmallTeams(aggregate: ColumnsAggregate, min: number): { metrics: DashboardMetrics; foldedTeams: number } {
  const { metrics, contributorsByTeam } = aggregate;
  const kept: Bucket[] = [];
  let other: Bucket | undefined;
  let foldedTeams = 0;
  for (const bucket of metrics.byTeam) {
    if ((contributorsByTeam.get(bucket.key) ?? 0) >= min) {
      kept.push(bucket);
      continue;
    }
    foldedTeams++;
    other ??= { key: OTHER_TEAMS, count: 0, decisions: { applied: 0, considered: 0, 'not-applicable': 0, later: 0, attached: 0 } };
    other.count += bucket.count;
    for (const decision of Object.keys(bucket.decisions) as (keyof Bucket['decisions'])[]) other.decisions[decision] += bucket.decisions[decision];
  }
  return { metrics: { ...metrics, byTeam: other ? [...kept, other] : kept }, foldedTeams };
}

/**
 * the figures a coordinator may see for `filters`: `aggregate` counts with the filters it is given.
 * Teams named in the filter with too few people are taken out of it and listed as withheld; when
 * none is left, nothing is counted.
 */
export function protectedFigures(
  aggregate: (filters: MetricsFilters) => ColumnsAggregate,
  filters: MetricsFilters,
  min: number,
): { metrics: DashboardMetrics; withheldTeams: string[]; foldedTeams: number } {
  let counted = aggregate(filters);
  let withheldTeams: string[] = [];
  const named = filters.teams ?? [];
  if (named.length > 0) {
    withheldTeams = smallTeams(counted.contributorsByTeam, named, min);
    if (withheldTeams.length > 0) {
      const left = named.filter((team) => !withheldTeams.includes(team));
      // an empty team list means "all": a filter that matches nothing stands in for "none left"
      counted = aggregate({ ...filters, teams: left.length > 0 ? left : ['\u0000none'] });
    }
  }
  const folded = foldSmallTeams(counted, min);
  return { metrics: folded.metrics, withheldTeams, foldedTeams: folded.foldedTeams };
}

/** the rows of the shared Adoption list, under the same rule: per week, small teams under OTHER_TEAMS */
export function adoptionCells(columns: MetricsColumns, min: number): AdoptionCell[] {
  return columns.adoptionCells(min, OTHER_TEAMS);
}
