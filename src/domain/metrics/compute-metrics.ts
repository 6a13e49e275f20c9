// The dashboard's figures in one pass over the acknowledgements: every tally is a map lookup per
// row, nothing compares rows with each other, so 100,000 rows take milliseconds. Definitions are in
// docs/metrics.md; the filters are checked first and a malformed one is a RangeError.
import type { Acknowledgement } from '../acknowledgement';
import { DECISIONS, PHASES, type Phase } from '../taxonomy';
import { dayFromOrdinal, dayOrdinal, isCalendarDay, isoWeekOfOrdinal, utcDayOrdinalOf, weekStartOrdinal } from './calendar';
import { phaseBit, type MetricsContent } from './metrics-content';
import { ReasonTally } from './reason-groups';
import type { Bucket, DashboardMetrics, DecisionCounts, MetricsOptions, PhaseBucket, WeekBucket } from './types';

export const DEFAULT_COVERAGE_WINDOW_DAYS = 90;
export const DEFAULT_TOP_REASONS = 10;
/** weeks beyond this span are not filled with empty ones (a period opened back to 1970) */
const MAX_FILLED_WEEKS = 520;

const DECISION_INDEX = new Map<string, number>(DECISIONS.map((d, i) => [d, i]));
const DOCUMENT_CONTEXTS = new Set(['procurement', 'project']);
const APPLIED = DECISION_INDEX.get('applied')!;
const NOT_APPLICABLE = DECISION_INDEX.get('not-applicable')!;
const CONSIDERED = DECISION_INDEX.get('considered')!;

/** a tally row: [count, then one count per decision in DECISIONS order] */
type Counts = number[];
const newCounts = (): Counts => new Array<number>(DECISIONS.length + 1).fill(0);

function tally<K>(map: Map<K, Counts>, key: K, decision: number): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = newCounts()));
  counts[0]!++;
  counts[decision + 1]!++;
}

function decisionCounts(counts: readonly number[], offset: number): DecisionCounts {
  const result = {} as DecisionCounts;
  DECISIONS.forEach((d, i) => (result[d] = counts[i + offset] ?? 0));
  return result;
}

function buckets(map: Map<string, Counts>): Bucket[] {
  return [...map]
    .map(([key, counts]) => ({ key, count: counts[0]!, decisions: decisionCounts(counts, 1) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function checkDay(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDay(value)) throw new RangeError(`${name} must be a day written YYYY-MM-DD (got '${value}')`);
}

/** the later of two acknowledgements on the same item in the same context; the ack key breaks a tie */
const isLater = (a: Acknowledgement, than: Acknowledgement): boolean =>
  a.ackAt > than.ackAt || (a.ackAt === than.ackAt && a.ackKey > than.ackKey);

export function computeMetrics(acks: readonly Acknowledgement[], content: MetricsContent, options: MetricsOptions): DashboardMetrics {
  const filters = options.filters ?? {};
  const { from, to, today } = { from: filters.from, to: filters.to, today: options.today };
  checkDay('from', from);
  checkDay('to', to);
  checkDay('today', today);
  if (from !== undefined && to !== undefined && from > to) throw new RangeError(`the period starts (${from}) after it ends (${to})`);
  const windowDays = options.coverageWindowDays ?? DEFAULT_COVERAGE_WINDOW_DAYS;
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`the coverage window must be a whole number of days, at least 1 (got ${windowDays})`);
  const topReasons = options.topReasons ?? DEFAULT_TOP_REASONS;

  const teams = filters.teams && filters.teams.length > 0 ? new Set<string>(filters.teams) : undefined;
  const productGroups = filters.productGroups && filters.productGroups.length > 0 ? new Set<string>(filters.productGroups) : undefined;

  // days as ordinals: every comparison in the loop is between numbers
  const fromDay = from === undefined ? -Infinity : dayOrdinal(from);
  const toDay = to === undefined ? Infinity : dayOrdinal(to);
  // the coverage window ends on the period's last day, or today when the period runs on past it
  const windowEndDay = Math.min(toDay, dayOrdinal(today));
  const windowStartDay = windowEndDay - (windowDays - 1);

  const phaseCount = PHASES.length;
  const actionIndex = new Map<string, number>(content.actions.map((a, i) => [a.id, i]));
  const actionPhases = content.actions.map((a) => phaseBit(a.phase));
  const groupPhases = new Map<string, number>();
  for (const action of content.actions) {
    for (const group of action.productGroups) groupPhases.set(group, (groupPhases.get(group) ?? 0) | phaseBit(action.phase));
  }

  const byWeek = new Map<number, Counts>();
  const byTeam = new Map<string, Counts>();
  const byProductGroup = new Map<string, Counts>();
  const byItem = new Map<string, Counts>();
  const byAction = new Map<string, Counts>();
  const phaseCounts = new Array<number>(phaseCount + 1).fill(0);
  const recorded = new Array<number>(DECISIONS.length).fill(0);
  // context → item (or '#action') → the latest acknowledgement; nested, so no key string per row
  const latest = new Map<string, Map<string, Acknowledgement>>();
  const notApplicable = new ReasonTally();
  const considered = new ReasonTally();
  const directlyActive = new Uint8Array(content.actions.length);
  const groupsActive = new Set<string>();
  let total = 0;
  let skipped = 0;

  for (const ack of acks) {
    const decision = DECISION_INDEX.get(ack.decision);
    const day = utcDayOrdinalOf(ack.ackAt);
    if (decision === undefined || Number.isNaN(day)) {
      skipped++;
      continue;
    }
    const team = ack.team ?? '';
    if (teams && !teams.has(team)) continue;
    const group = ack.productGroup ?? content.itemProductGroup.get(ack.checklistItemId) ?? content.checklistProductGroup.get(ack.checklistId) ?? '';
    if (productGroups && !productGroups.has(group)) continue;
    const action = ack.actionId === undefined ? undefined : actionIndex.get(ack.actionId);

    if (day >= windowStartDay && day <= windowEndDay) {
      if (action !== undefined) directlyActive[action] = 1;
      if (group !== '') groupsActive.add(group);
    }
    if (day < fromDay || day > toDay) continue;

    total++;
    recorded[decision]!++;
    tally(byWeek, weekStartOrdinal(day), decision);
    tally(byTeam, team, decision);
    tally(byProductGroup, group, decision);
    if (ack.checklistItemId) tally(byItem, ack.checklistItemId, decision);
    if (ack.actionId) tally(byAction, ack.actionId, decision);

    // an action named on the acknowledgement gives its phase; otherwise the product group's actions do
    const phases = action !== undefined ? actionPhases[action]! : (groupPhases.get(group) ?? 0);
    if (phases === 0) phaseCounts[phaseCount]!++;
    else for (let p = 0; p < phaseCount; p++) if (phases & (1 << p)) phaseCounts[p]!++;

    let inContext = latest.get(ack.contextRef);
    if (!inContext) latest.set(ack.contextRef, (inContext = new Map()));
    const subject = ack.checklistItemId || `#${ack.actionId ?? ''}`;
    const seen = inContext.get(subject);
    if (!seen || isLater(ack, seen)) inContext.set(subject, ack);

    if (decision === NOT_APPLICABLE) notApplicable.add(ack.reason);
    else if (decision === CONSIDERED) considered.add(ack.reason);
  }

  const current = new Array<number>(DECISIONS.length).fill(0);
  const checked = new Set<string>();
  const withApplied = new Set<string>();
  for (const inContext of latest.values()) {
    for (const ack of inContext.values()) {
      const decision = DECISION_INDEX.get(ack.decision)!;
      current[decision]!++;
      if (!DOCUMENT_CONTEXTS.has(ack.contextType)) continue;
      checked.add(ack.contextRef);
      if (decision === APPLIED) withApplied.add(ack.contextRef);
    }
  }

  const activeActionIds: string[] = [];
  const coverage = PHASES.map((phase) => ({ phase, actions: 0, active: 0, activeDirect: 0 }));
  content.actions.forEach((action, i) => {
    const row = coverage[PHASES.indexOf(action.phase)]!;
    row.actions++;
    const direct = directlyActive[i] === 1;
    const active = direct || action.productGroups.some((g) => groupsActive.has(g));
    if (direct) row.activeDirect++;
    if (active) {
      row.active++;
      activeActionIds.push(action.id);
    }
  });

  const byPhase: PhaseBucket[] = [
    ...PHASES.map((phase: Phase, i) => ({ phase, count: phaseCounts[i]! })),
    { phase: 'none' as const, count: phaseCounts[phaseCount]! },
  ];

  return {
    total,
    skipped,
    byWeek: weekBuckets(byWeek, from === undefined ? undefined : fromDay, to === undefined ? undefined : toDay),
    byTeam: buckets(byTeam),
    byProductGroup: buckets(byProductGroup),
    byChecklistItem: buckets(byItem),
    byAction: buckets(byAction),
    byPhase,
    decisions: { recorded: decisionCounts(recorded, 0), current: decisionCounts(current, 0) },
    adoption: {
      checkedDocuments: checked.size,
      documentsWithApplied: withApplied.size,
      appliedShare: checked.size === 0 ? null : withApplied.size / checked.size,
    },
    actionCoverage: {
      windowStart: dayFromOrdinal(windowStartDay),
      windowEnd: dayFromOrdinal(windowEndDay),
      phases: coverage.map((row) => ({ ...row, activeShare: row.actions === 0 ? null : row.active / row.actions })),
      activeActionIds,
    },
    reasons: { notApplicable: notApplicable.rank(topReasons), considered: considered.rank(topReasons) },
  };
}

/** the weeks of the period (or of the data), with the empty ones between, oldest first */
function weekBuckets(byWeek: Map<number, Counts>, fromDay: number | undefined, toDay: number | undefined): WeekBucket[] {
  const present = [...byWeek.keys()].sort((a, b) => a - b);
  const first = fromDay !== undefined ? weekStartOrdinal(fromDay) : present[0];
  const last = toDay !== undefined ? weekStartOrdinal(toDay) : present[present.length - 1];
  const bucket = (start: number): WeekBucket => {
    const counts = byWeek.get(start) ?? newCounts();
    const week = isoWeekOfOrdinal(start);
    return { key: week.key, weekStart: week.start, count: counts[0]!, decisions: decisionCounts(counts, 1) };
  };
  if (first === undefined || last === undefined) return present.map(bucket);
  if ((last - first) / 7 > MAX_FILLED_WEEKS) return present.map(bucket);
  const weeks: WeekBucket[] = [];
  for (let start = first; start <= last; start += 7) weeks.push(bucket(start));
  return weeks;
}
