// Privacy by design for the dashboard's figures (the 5-person rule, docs/privacy.md): a
// coordinator, or a member of staff for their own team, sees only figures that at least
// `minContributors` different people (5 by default) made together.
// - The selection as a whole (period and filters): under the minimum, no figures at all.
// - A team named in the filter with fewer people is left out of it (withheld).
// - Every bucket of every breakdown: a team, product group, checklist item or action under the
//   minimum is folded into one row, OTHER ("Overig"); a week or phase under it is withheld (shown
//   without counts). When what is folded or withheld together is still under the minimum, the
//   smallest bucket shown is folded or withheld too, so that the total minus the rows shown never
//   gives away fewer people's figures.
// - Reason groups are listed only when the minimum of people gave them (MetricsOptions.minContributors).
import type { AdoptionCell, ColumnsAggregate, MetricsColumns, PeopleByKey } from './metrics-columns';
import { peopleTogether } from './people-tally';
import type { Bucket, DashboardMetrics, MetricsFilters, MetricsOptions, PhaseBucket, WeekBucket } from './types';

export const DEFAULT_MIN_CONTRIBUTORS = 5;
/** the key small buckets are counted under together; not a content id (those have no capitals or spaces) */
export const OTHER_KEY = 'Overig';
/** the small teams together: the same key */
export const OTHER_TEAMS = OTHER_KEY;
/** a team filter that matches no row: "none left" (an empty list means "all") */
const NO_TEAM = '\u0000none';

/** the teams of a filter that may not be shown on their own: fewer than `min` people in the rows counted (none at all included) */
export function smallTeams(contributorsByTeam: ReadonlyMap<string, number>, teams: readonly string[], min: number): string[] {
  return teams.filter((team) => (contributorsByTeam.get(team) ?? 0) < min);
}

const hasPeople = (people: PeopleByKey, min: number) => (key: string) => (people.get(key)?.length ?? 0) >= min;

/**
 * the buckets with every bucket of fewer than `min` people folded into one OTHER_KEY row; when
 * those together are still fewer than `min`, the smallest bucket shown goes in too, and when there
 * is none left to add, the folded row is left out. `folded`: how many buckets the row holds.
 * `outside`: the people of the rows the breakdown does not count (a choice on an action has no
 * checklist item). The total minus the rows shown gives those rows away, so when they are fewer
 * than `min` people (but some), the folded row is left out and what it holds, with them, must
 * reach `min`: the smallest bucket shown goes in if it does not
 */
export function foldSmallBuckets(buckets: readonly Bucket[], people: PeopleByKey, min: number, outside: readonly number[] = []): { buckets: Bucket[]; folded: number } {
  const enough = hasPeople(people, min);
  const kept = buckets.filter((b) => enough(b.key));
  const small = buckets.filter((b) => !enough(b.key));
  const fewOutside = outside.length > 0 && outside.length < min;
  if (small.length === 0 && !fewOutside) return { buckets: kept, folded: 0 };
  const hidden = () => peopleTogether([...(fewOutside ? [outside] : []), ...small.map((b) => people.get(b.key) ?? [])], min);
  // the rows are sorted most first: the last kept one is the smallest
  if (hidden() < min && kept.length > 0) small.push(kept.pop()!);
  if (fewOutside || hidden() < min) return { buckets: kept, folded: small.length };
  const other: Bucket = { key: OTHER_KEY, count: 0, decisions: { applied: 0, considered: 0, 'not-applicable': 0, later: 0, attached: 0 } };
  for (const bucket of small) {
    other.count += bucket.count;
    for (const decision of Object.keys(bucket.decisions) as (keyof Bucket['decisions'])[]) other.decisions[decision] += bucket.decisions[decision];
  }
  return { buckets: [...kept, other], folded: small.length };
}

/**
 * rows of a series (weeks, phases) with every row of fewer than `min` people withheld: its counts
 * zero and `withheld` set; when the withheld rows together are still under `min`, the smallest row
 * shown is withheld too. Rows nobody counted in stay as they are (zero)
 */
function withholdSmall<T extends { count: number; withheld?: true }>(rows: readonly T[], keyOf: (row: T) => string, people: PeopleByKey, min: number, empty: (row: T) => T): { rows: T[]; withheld: number } {
  const enough = hasPeople(people, min);
  const small = new Set(rows.filter((r) => r.count > 0 && !enough(keyOf(r))));
  if (small.size === 0) return { rows: [...rows], withheld: 0 };
  const together = () => peopleTogether([...small].map((r) => people.get(keyOf(r)) ?? []), min);
  if (together() < min) {
    const smallest = rows.filter((r) => r.count > 0 && !small.has(r)).sort((a, b) => a.count - b.count)[0];
    if (smallest) small.add(smallest);
  }
  return { rows: rows.map((r) => (small.has(r) ? { ...empty(r), withheld: true as const } : r)), withheld: small.size };
}

const noDecisions = () => ({ applied: 0, considered: 0, 'not-applicable': 0, later: 0, attached: 0 });

/** the figures with every bucket under the rule: small teams, product groups, items and actions folded, small weeks and phases withheld */
export function foldSmallGroups(aggregate: ColumnsAggregate, min: number): { metrics: DashboardMetrics; foldedTeams: number; otherFolded: boolean } {
  const { metrics, people } = aggregate;
  const teams = foldSmallBuckets(metrics.byTeam, people.byTeam, min);
  const groups = foldSmallBuckets(metrics.byProductGroup, people.byProductGroup, min);
  const items = foldSmallBuckets(metrics.byChecklistItem, people.byChecklistItem, min, people.withoutChecklistItem);
  const actions = foldSmallBuckets(metrics.byAction, people.byAction, min, people.withoutAction);
  const weeks = withholdSmall<WeekBucket>(metrics.byWeek, (w) => w.key, people.byWeek, min, (w) => ({ ...w, count: 0, decisions: noDecisions() }));
  const phases = withholdSmall<PhaseBucket>(metrics.byPhase, (p) => p.phase, people.byPhase, min, (p) => ({ ...p, count: 0 }));
  return {
    metrics: { ...metrics, byTeam: teams.buckets, byProductGroup: groups.buckets, byChecklistItem: items.buckets, byAction: actions.buckets, byWeek: weeks.rows, byPhase: phases.rows },
    foldedTeams: teams.folded,
    otherFolded: groups.folded + items.folded + actions.folded + weeks.withheld + phases.withheld > 0,
  };
}

/** what a coordinator (or a member of staff, for their team) may see of a selection */
export interface ProtectedFigures {
  metrics: DashboardMetrics;
  /** teams named in the filter with fewer people than the minimum (none at all included), left out of the figures */
  withheldTeams: string[];
  /** teams counted together under OTHER_KEY in the per-team figures */
  foldedTeams: number;
  /** product groups, items or actions folded under OTHER_KEY, or weeks or phases withheld */
  otherFolded: boolean;
  /** fewer people than the minimum in the selection as a whole: no figures at all (every count zero) */
  tooFewPeople: boolean;
}

/** what protectedFigures counts with: the server's columns, or any counter of the same figures */
export interface FigureCounter {
  aggregate(options: MetricsOptions): ColumnsAggregate;
}

/** the figures a coordinator may see for `filters`, each under the rule (see the top of this file) */
export function protectedFigures(counter: FigureCounter, options: { today: string; filters: MetricsFilters }, min: number): ProtectedFigures {
  const count = (filters: MetricsFilters) => counter.aggregate({ today: options.today, filters, minContributors: min });
  const { filters } = options;
  let counted = count(filters);
  let withheldTeams: string[] = [];
  const named = filters.teams ?? [];
  if (named.length > 0) {
    withheldTeams = smallTeams(counted.contributorsByTeam, named, min);
    if (withheldTeams.length > 0) {
      const left = named.filter((team) => !withheldTeams.includes(team));
      counted = count({ ...filters, teams: left.length > 0 ? left : [NO_TEAM] });
    }
  }
  if (peopleTogether([counted.people.total], min) < min) {
    // nothing of a selection this small: not its counts, reasons, folded teams or active actions;
    // only how many programme actions the filters cover (content, not choices)
    const nothing = count({ ...filters, teams: [NO_TEAM] }).metrics;
    const coverage = counted.metrics.actionCoverage;
    const actionCoverage = {
      ...coverage,
      phases: coverage.phases.map((p) => ({ ...p, active: 0, activeDirect: 0, activeShare: p.actions === 0 ? null : 0 })),
      activeActionIds: [],
    };
    return { metrics: { ...nothing, actionCoverage }, withheldTeams, foldedTeams: 0, otherFolded: false, tooFewPeople: true };
  }
  const folded = foldSmallGroups(counted, min);
  return { metrics: folded.metrics, withheldTeams, foldedTeams: folded.foldedTeams, otherFolded: folded.otherFolded, tooFewPeople: false };
}

/** the rows of the shared Adoption list, under the same rule (MetricsColumns.adoptionCells) */
export function adoptionCells(columns: MetricsColumns, min: number): AdoptionCell[] {
  return columns.adoptionCells(min, OTHER_KEY);
}
