// The acknowledgements as columns of numbers, for counting a million rows per request: every text
// (team, product group, item, action, context, reason, person) is replaced by its index in a
// dictionary once, when the row arrives, so a request's pass over the rows compares and counts
// small integers in typed arrays instead of looking strings up in maps. Rows can be replaced and
// removed by their list item id, as a delta sync reports them. Definitions: docs/metrics.md.
import type { CountedAcknowledgement } from '../acknowledgement';
import { DECISIONS, PHASES, type Phase } from '../taxonomy';
import { dayFromOrdinal, dayOrdinal, isCalendarDay, isoWeekOfOrdinal, utcDayOrdinalOf, weekStartOrdinal } from './calendar';
import { phaseBit, type MetricsContent } from './metrics-content';
import { ReasonTally } from './reason-groups';
import type { ActionScopeFilter, Bucket, DashboardMetrics, DecisionCounts, MetricsOptions, PhaseBucket, WeekBucket } from './types';

export const DEFAULT_COVERAGE_WINDOW_DAYS = 90;
export const DEFAULT_TOP_REASONS = 10;
/** weeks beyond this span are not filled with empty ones (a period opened back to 1970) */
const MAX_FILLED_WEEKS = 520;
const DECISION_COUNT = DECISIONS.length;
const DECISION_INDEX = new Map<string, number>(DECISIONS.map((d, i) => [d, i]));
const DOCUMENT_CONTEXTS = new Set(['procurement', 'project']);
const APPLIED = DECISION_INDEX.get('applied')!;
const NOT_APPLICABLE = DECISION_INDEX.get('not-applicable')!;
const CONSIDERED = DECISION_INDEX.get('considered')!;
const INITIAL_CAPACITY = 1024;
/** day ordinals beyond any date written: an open period's ends */
const OPEN_START = -(2 ** 30);
const OPEN_END = 2 ** 30;

/** what the figures count of an acknowledgement, defined beside the acknowledgement */
export type { CountedAcknowledgement };

/** texts numbered in the order they are first seen */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.index.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

function grown<T extends Int32Array | Int8Array | Uint8Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}

/** one row of the shared Adoption list: choices per week, team, product group and programme action */
export interface AdoptionCell {
  /** `2026-W05` */
  week: string;
  /** the Monday of the week, `YYYY-MM-DD` */
  weekStart: string;
  /** a team id, '' for no team, or OTHER_TEAMS for the teams of that week under the minimum */
  team: string;
  /** '' for none */
  productGroup: string;
  /** '' for none */
  actionId: string;
  total: number;
  decisions: DecisionCounts;
}

/** what a pass over the rows also counts for the privacy rule: distinct people per team */
export interface ColumnsAggregate {
  metrics: DashboardMetrics;
  /** team id ('' for no team) → distinct people with a row in the filters */
  contributorsByTeam: Map<string, number>;
}

export class MetricsColumns {
  private capacity = INITIAL_CAPACITY;
  private length = 0;
  private live = 0;
  /** 1 for a row slot in use */
  private alive = new Uint8Array(INITIAL_CAPACITY);
  /** index into DECISIONS, -1 when the decision or the date cannot be read */
  private decision = new Int8Array(INITIAL_CAPACITY);
  private day = new Int32Array(INITIAL_CAPACITY);
  /** the row's ISO week as a whole number of weeks since 1970 (Monday-based), made once when the row is written */
  private week = new Int32Array(INITIAL_CAPACITY);
  /** the phases the row counts in (bits of phaseBit), made once when the row is written */
  private phases = new Uint8Array(INITIAL_CAPACITY);
  private team = new Int32Array(INITIAL_CAPACITY);
  private group = new Int32Array(INITIAL_CAPACITY);
  /** -1 when the row names no checklist item */
  private item = new Int32Array(INITIAL_CAPACITY);
  /** -1 when the row names no action */
  private action = new Int32Array(INITIAL_CAPACITY);
  /** (context, subject): rows on the same pair replace each other as the current decision */
  private pair = new Int32Array(INITIAL_CAPACITY);
  /** -1 without a reason */
  private reason = new Int32Array(INITIAL_CAPACITY);
  private staff = new Int32Array(INITIAL_CAPACITY);
  /** 1 when the row's context is a document (procurement or project) */
  private document = new Uint8Array(INITIAL_CAPACITY);
  private at = new Float64Array(INITIAL_CAPACITY);
  private ackKeys: string[] = [];
  /** the first and last day of any row written, for one counter per week in an array */
  private minDay = Infinity;
  private maxDay = -Infinity;
  private readonly freeSlots: number[] = [];
  private readonly slotOf = new Map<string, number>();
  /** rows in use whose decision or date cannot be read: counted as skipped whatever the filters */
  private unreadable = 0;
  /** the rows of each team and of each product group, made on the first filtered pass after a change */
  private byTeam: SlotIndex | undefined;
  private byGroup: SlotIndex | undefined;
  /** per pair, the row of its latest decision in the pass; kept at -1 between passes, so a pass neither allocates nor clears it whole */
  private latestScratch = new Int32Array(0);
  /** the pairs a pass touched, to read and reset only those */
  private touchedScratch = new Int32Array(0);

  private readonly teams = new Dictionary();
  private readonly groups = new Dictionary();
  private readonly items = new Dictionary();
  private readonly actions = new Dictionary();
  private readonly contexts = new Dictionary();
  private readonly pairs = new Dictionary();
  private readonly reasons = new Dictionary();
  private readonly people = new Dictionary();
  /** per pair: its context */
  private pairContext = new Int32Array(INITIAL_CAPACITY);
  /** per action dictionary entry: its index in content.actions, -1 for an action the pack does not know */
  private readonly actionInContent: number[] = [];
  private readonly actionIndex: Map<string, number>;
  private readonly actionPhases: number[];
  private readonly groupPhases = new Map<string, number>();

  constructor(private readonly content: MetricsContent) {
    this.actionIndex = new Map(content.actions.map((a, i) => [a.id, i]));
    this.actionPhases = content.actions.map((a) => phaseBit(a.phase));
    for (const action of content.actions) {
      for (const group of action.productGroups) this.groupPhases.set(group, (this.groupPhases.get(group) ?? 0) | phaseBit(action.phase));
    }
  }

  /** rows held */
  get size(): number {
    return this.live;
  }

  /** adds a row, or replaces the row with the same list item id; without an id it is always added */
  set(ack: CountedAcknowledgement, itemId?: string): void {
    let slot = itemId === undefined ? undefined : this.slotOf.get(itemId);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.nextSlot();
      this.live++;
      if (itemId !== undefined) this.slotOf.set(itemId, slot);
    } else if (this.decision[slot]! < 0) {
      this.unreadable--;
    }
    this.write(slot, ack);
    if (this.decision[slot]! < 0) this.unreadable++;
    this.byTeam = this.byGroup = undefined;
  }

  /** removes the row with this list item id; false when there is none */
  remove(itemId: string): boolean {
    const slot = this.slotOf.get(itemId);
    if (slot === undefined) return false;
    this.slotOf.delete(itemId);
    if (this.decision[slot]! < 0) this.unreadable--;
    this.byTeam = this.byGroup = undefined;
    this.alive[slot] = 0;
    this.ackKeys[slot] = '';
    this.freeSlots.push(slot);
    this.live--;
    return true;
  }

  private nextSlot(): number {
    if (this.length === this.capacity) {
      this.capacity *= 2;
      this.alive = grown(this.alive, this.capacity);
      this.decision = grown(this.decision, this.capacity);
      this.day = grown(this.day, this.capacity);
      this.week = grown(this.week, this.capacity);
      this.phases = grown(this.phases, this.capacity);
      this.team = grown(this.team, this.capacity);
      this.group = grown(this.group, this.capacity);
      this.item = grown(this.item, this.capacity);
      this.action = grown(this.action, this.capacity);
      this.pair = grown(this.pair, this.capacity);
      this.reason = grown(this.reason, this.capacity);
      this.staff = grown(this.staff, this.capacity);
      this.document = grown(this.document, this.capacity);
      this.at = grown(this.at, this.capacity);
    }
    return this.length++;
  }

  private write(slot: number, ack: CountedAcknowledgement): void {
    const decision = DECISION_INDEX.get(ack.decision);
    const day = utcDayOrdinalOf(ack.ackAt);
    this.alive[slot] = 1;
    this.decision[slot] = decision === undefined || Number.isNaN(day) ? -1 : decision;
    this.day[slot] = Number.isNaN(day) ? 0 : day;
    this.week[slot] = weekNumber(this.day[slot]!);
    if (!Number.isNaN(day)) {
      if (day < this.minDay) this.minDay = day;
      if (day > this.maxDay) this.maxDay = day;
    }
    this.team[slot] = this.teams.id(ack.team ?? '');
    const group = ack.productGroup ?? this.content.itemProductGroup.get(ack.checklistItemId) ?? this.content.checklistProductGroup.get(ack.checklistId) ?? '';
    this.group[slot] = this.groups.id(group);
    this.item[slot] = ack.checklistItemId ? this.items.id(ack.checklistItemId) : -1;
    if (ack.actionId) {
      const known = this.actions.size;
      const id = this.actions.id(ack.actionId);
      if (id === known) this.actionInContent.push(this.actionIndex.get(ack.actionId) ?? -1);
      this.action[slot] = id;
    } else {
      this.action[slot] = -1;
    }
    const contentAction = this.action[slot]! < 0 ? -1 : this.actionInContent[this.action[slot]!]!;
    this.phases[slot] = contentAction >= 0 ? this.actionPhases[contentAction]! : (this.groupPhases.get(group) ?? 0);
    const context = this.contexts.id(ack.contextRef);
    this.document[slot] = DOCUMENT_CONTEXTS.has(ack.contextType) ? 1 : 0;
    const pairsBefore = this.pairs.size;
    const pair = this.pairs.id(`${ack.contextRef}\u0000${ack.checklistItemId || `#${ack.actionId ?? ''}`}`);
    if (pair === pairsBefore) {
      if (pair >= this.pairContext.length) this.pairContext = grown(this.pairContext, this.pairContext.length * 2);
      this.pairContext[pair] = context;
    }
    this.pair[slot] = pair;
    this.reason[slot] = ack.reason ? this.reasons.id(ack.reason) : -1;
    this.staff[slot] = this.people.id(ack.staffAadId);
    this.at[slot] = Date.parse(ack.ackAt);
    this.ackKeys[slot] = ack.ackKey;
  }

  /** the dashboard's figures in one pass over the rows; a malformed filter is a RangeError */
  aggregate(options: MetricsOptions): ColumnsAggregate {
    const filters = options.filters ?? {};
    const { from, to, today } = { from: filters.from, to: filters.to, today: options.today };
    checkDay('from', from);
    checkDay('to', to);
    checkDay('today', today);
    if (from !== undefined && to !== undefined && from > to) throw new RangeError(`the period starts (${from}) after it ends (${to})`);
    const windowDays = options.coverageWindowDays ?? DEFAULT_COVERAGE_WINDOW_DAYS;
    if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`the coverage window must be a whole number of days, at least 1 (got ${windowDays})`);
    const topReasons = options.topReasons ?? DEFAULT_TOP_REASONS;

    const teamFilter = this.filterOf(this.teams, filters.teams);
    const groupFilter = this.filterOf(this.groups, filters.productGroups);
    const actionFilter = this.filterOf(this.actions, filters.actions);
    let phaseMask = 0;
    for (const phase of filters.phases ?? []) {
      if (!(PHASES as readonly string[]).includes(phase)) throw new RangeError(`'${phase}' is not a phase`);
      phaseMask |= phaseBit(phase);
    }
    // whole numbers even for an open period: a comparison with Infinity makes the loop below count in doubles, twice as slow
    const fromDay = from === undefined ? OPEN_START : dayOrdinal(from);
    const toDay = to === undefined ? OPEN_END : dayOrdinal(to);
    const windowEndDay = Math.min(toDay, dayOrdinal(today));
    const windowStartDay = windowEndDay - (windowDays - 1);

    const D1 = DECISION_COUNT + 1;
    const teamCounts = new Int32Array(this.teams.size * D1);
    const groupCounts = new Int32Array(this.groups.size * D1);
    const itemCounts = new Int32Array(this.items.size * D1);
    const actionCounts = new Int32Array(this.actions.size * D1);
    const firstWeek = Number.isFinite(this.minDay) ? weekStartOrdinal(this.minDay) : 0;
    const firstWeekNumber = weekNumber(firstWeek);
    const weekSlots = Number.isFinite(this.maxDay) ? (weekStartOrdinal(this.maxDay) - firstWeek) / 7 + 1 : 0;
    const weekCounts = new Int32Array(weekSlots * D1);
    const phaseCount = PHASES.length;
    const phaseCounts = new Array<number>(phaseCount + 1).fill(0);
    const recorded = new Array<number>(DECISION_COUNT).fill(0);
    if (this.latestScratch.length < this.pairs.size) {
      this.latestScratch = new Int32Array(this.pairs.size * 2).fill(-1);
      this.touchedScratch = new Int32Array(this.pairs.size * 2);
    }
    const latest = this.latestScratch;
    const touched = this.touchedScratch;
    let touchedCount = 0;
    const notApplicable = new Int32Array(this.reasons.size);
    const considered = new Int32Array(this.reasons.size);
    const directlyActive = new Uint8Array(this.content.actions.length);
    const groupActive = new Uint8Array(this.groups.size);
    const peopleCount = this.people.size;
    const seen = new Uint8Array(this.teams.size * peopleCount);
    const contributors = new Int32Array(this.teams.size);
    const actionInContent = this.actionInContent;
    let total = 0;
    const skipped = this.unreadable;
    // a team or product group filter reads only the rows of what it names (the smaller of the two)
    const candidates = this.candidateSlots(teamFilter, groupFilter);
    const rowCount = candidates ? candidates.length : this.length;

    const { alive, decision: decisions, day: days, week: weeks, phases: rowPhases, team: teams, group: groups, item: items, action: actions, pair: pairs, reason: reasons, staff, at, ackKeys } = this;
    for (let k = 0; k < rowCount; k++) {
      const i = candidates ? candidates[k]! : k;
      if (alive[i] === 0) continue;
      const decision = decisions[i]!;
      if (decision < 0) continue;
      const team = teams[i]!;
      if (teamFilter && teamFilter[team] === 0) continue;
      const group = groups[i]!;
      if (groupFilter && groupFilter[group] === 0) continue;
      const action = actions[i]!;
      if (actionFilter && (action < 0 || actionFilter[action] === 0)) continue;
      const phases = rowPhases[i]!;
      if (phaseMask !== 0 && (phases & phaseMask) === 0) continue;
      const day = days[i]!;
      if (day >= windowStartDay && day <= windowEndDay) {
        const contentAction = action < 0 ? -1 : actionInContent[action]!;
        if (contentAction >= 0) directlyActive[contentAction] = 1;
        groupActive[group] = 1;
      }
      if (day < fromDay || day > toDay) continue;

      total++;
      recorded[decision]!++;
      const week = (weeks[i]! - firstWeekNumber) * D1;
      weekCounts[week]!++;
      weekCounts[week + decision + 1]!++;
      teamCounts[team * D1]!++;
      teamCounts[team * D1 + decision + 1]!++;
      groupCounts[group * D1]!++;
      groupCounts[group * D1 + decision + 1]!++;
      const item = items[i]!;
      if (item >= 0) {
        itemCounts[item * D1]!++;
        itemCounts[item * D1 + decision + 1]!++;
      }
      if (action >= 0) {
        actionCounts[action * D1]!++;
        actionCounts[action * D1 + decision + 1]!++;
      }
      if (phases === 0) phaseCounts[phaseCount]!++;
      else for (let p = 0; p < phaseCount; p++) if (phases & (1 << p)) phaseCounts[p]!++;

      const pair = pairs[i]!;
      const seenRow = latest[pair]!;
      if (seenRow < 0) {
        latest[pair] = i;
        touched[touchedCount++] = pair;
      } else if (at[i]! > at[seenRow]! || (at[i] === at[seenRow] && ackKeys[i]! > ackKeys[seenRow]!)) {
        latest[pair] = i;
      }

      const reason = reasons[i]!;
      if (reason >= 0) {
        if (decision === NOT_APPLICABLE) notApplicable[reason]!++;
        else if (decision === CONSIDERED) considered[reason]!++;
      }
      const person = team * peopleCount + staff[i]!;
      if (seen[person] === 0) {
        seen[person] = 1;
        contributors[team]!++;
      }
    }

    const current = new Array<number>(DECISION_COUNT).fill(0);
    const checked = new Uint8Array(this.contexts.size);
    const withApplied = new Uint8Array(this.contexts.size);
    let checkedCount = 0;
    let appliedCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const pair = touched[t]!;
      const row = latest[pair]!;
      latest[pair] = -1;
      const decision = decisions[row]!;
      current[decision]!++;
      if (this.document[row] === 0) continue;
      const context = this.pairContext[pair]!;
      if (checked[context] === 0) {
        checked[context] = 1;
        checkedCount++;
      }
      if (decision === APPLIED && withApplied[context] === 0) {
        withApplied[context] = 1;
        appliedCount++;
      }
    }

    // the actions the rates count, as the filters narrow them (docs/metrics.md, "Actions in scope");
    // a row in the period or the window reaches an action it names and the actions of its product group
    const reachedDirect = new Uint8Array(this.content.actions.length);
    for (let a = 0; a < actionInContent.length; a++) {
      const contentAction = actionInContent[a]!;
      if (contentAction >= 0 && (actionCounts[a * D1]! > 0 || directlyActive[contentAction] === 1)) reachedDirect[contentAction] = 1;
    }
    const groupIs = (flags: (id: number) => boolean) => (g: string) => {
      const id = this.groups.find(g);
      return id !== undefined && flags(id);
    };
    const activeGroup = groupIs((id) => groupActive[id] === 1);
    const reachedGroup = groupIs((id) => groupActive[id] === 1 || groupCounts[id * D1]! > 0);
    const teamSet = filters.teams?.length ? new Set(filters.teams) : undefined;
    const groupSet = filters.productGroups?.length ? new Set<string>(filters.productGroups) : undefined;
    const actionSet = filters.actions?.length ? new Set(filters.actions) : undefined;
    const activeActionIds: string[] = [];
    const coverage = PHASES.map((phase) => ({ phase, actions: 0, active: 0, activeDirect: 0 }));
    this.content.actions.forEach((action, i) => {
      if (phaseMask !== 0 && (this.actionPhases[i]! & phaseMask) === 0) return;
      if (actionSet && !actionSet.has(action.id)) return;
      if (groupSet && !action.productGroups.some((g) => groupSet.has(g))) return;
      const direct = directlyActive[i] === 1;
      const active = direct || action.productGroups.some(activeGroup);
      // a team's actions: those it owns, and those its choices reached (active ones among them)
      if (teamSet && !teamSet.has(action.ownerTeam) && !active && reachedDirect[i] === 0 && !action.productGroups.some(reachedGroup)) return;
      const row = coverage[PHASES.indexOf(action.phase)]!;
      row.actions++;
      if (direct) row.activeDirect++;
      if (active) {
        row.active++;
        activeActionIds.push(action.id);
      }
    });
    const scopedBy: ActionScopeFilter[] = [];
    if (teamSet) scopedBy.push('team');
    if (groupSet) scopedBy.push('productGroup');
    if (actionSet) scopedBy.push('action');
    if (phaseMask !== 0) scopedBy.push('phase');

    const byPhase: PhaseBucket[] = [
      ...PHASES.map((phase: Phase, i) => ({ phase, count: phaseCounts[i]! })),
      { phase: 'none' as const, count: phaseCounts[phaseCount]! },
    ];
    const contributorsByTeam = new Map<string, number>();
    contributors.forEach((n, team) => n > 0 && contributorsByTeam.set(this.teams.values[team]!, n));

    return {
      metrics: {
        total,
        skipped,
        byWeek: weekBuckets(weekMap(weekCounts, firstWeek), from === undefined ? undefined : fromDay, to === undefined ? undefined : toDay),
        byTeam: buckets(this.teams.values, teamCounts),
        byProductGroup: buckets(this.groups.values, groupCounts),
        byChecklistItem: buckets(this.items.values, itemCounts),
        byAction: buckets(this.actions.values, actionCounts),
        byPhase,
        decisions: { recorded: decisionCounts(recorded, 0), current: decisionCounts(current, 0) },
        adoption: {
          checkedDocuments: checkedCount,
          documentsWithApplied: appliedCount,
          appliedShare: checkedCount === 0 ? null : appliedCount / checkedCount,
        },
        actionCoverage: {
          windowStart: dayFromOrdinal(windowStartDay),
          windowEnd: dayFromOrdinal(windowEndDay),
          phases: coverage.map((row) => ({ ...row, activeShare: row.actions === 0 ? null : row.active / row.actions })),
          activeActionIds,
          programmeActions: this.content.actions.length,
          scopedBy,
        },
        reasons: { notApplicable: this.rankReasons(notApplicable, topReasons), considered: this.rankReasons(considered, topReasons) },
      },
      contributorsByTeam,
    };
  }

  /**
   * the choices per week, team, product group and action, for the shared Adoption list: a team with
   * fewer than `minContributors` people in a week is counted under `otherTeams` for that week
   */
  adoptionCells(minContributors: number, otherTeams: string): AdoptionCell[] {
    const D1 = DECISION_COUNT + 1;
    const teamCount = this.teams.size;
    const people = new Map<number, Set<number>>();
    const weekTeam = (i: number) => ((weekStartOrdinal(this.day[i]!) - weekStartOrdinal(this.minDay)) / 7) * teamCount + this.team[i]!;
    for (let i = 0; i < this.length; i++) {
      if (this.alive[i] === 0 || this.decision[i]! < 0) continue;
      const key = weekTeam(i);
      let set = people.get(key);
      if (!set) people.set(key, (set = new Set()));
      set.add(this.staff[i]!);
    }
    const groupCount = this.groups.size;
    const actionCount = this.actions.size + 1;
    const cells = new Map<number, Int32Array>();
    for (let i = 0; i < this.length; i++) {
      const decision = this.decision[i]!;
      if (this.alive[i] === 0 || decision < 0) continue;
      const slot = weekTeam(i);
      // teams are numbered from 1 here: 0 is "the small teams of this week together"
      const team = (people.get(slot)?.size ?? 0) >= minContributors ? this.team[i]! + 1 : 0;
      const week = Math.floor(slot / teamCount);
      const key = ((week * (teamCount + 1) + team) * groupCount + this.group[i]!) * actionCount + (this.action[i]! + 1);
      let counts = cells.get(key);
      if (!counts) cells.set(key, (counts = new Int32Array(D1)));
      counts[0]!++;
      counts[decision + 1]!++;
    }
    const firstWeek = weekStartOrdinal(this.minDay);
    return [...cells]
      .sort((a, b) => a[0] - b[0])
      .map(([key, counts]) => {
        const action = key % actionCount;
        const group = Math.floor(key / actionCount) % groupCount;
        const team = Math.floor(key / actionCount / groupCount) % (teamCount + 1);
        const week = Math.floor(key / actionCount / groupCount / (teamCount + 1));
        const iso = isoWeekOfOrdinal(firstWeek + week * 7);
        return {
          week: iso.key,
          weekStart: iso.start,
          team: team === 0 ? otherTeams : this.teams.values[team - 1]!,
          productGroup: this.groups.values[group]!,
          actionId: action === 0 ? '' : this.actions.values[action - 1]!,
          total: counts[0]!,
          decisions: decisionCounts(counts, 1),
        };
      });
  }

  /**
   * makes the per-team and per-product-group indexes now (one pass over the rows), so that the
   * first filtered answer after a change does not wait for them; the server calls it after a sync
   */
  prepareFilters(): void {
    this.byTeam ??= slotIndex(this.team, this.alive, this.length, this.teams.size);
    this.byGroup ??= slotIndex(this.group, this.alive, this.length, this.groups.size);
  }

  /** the slots of the rows a team and a product group filter let through, or undefined for all rows */
  private candidateSlots(teamFilter: Uint8Array | undefined, groupFilter: Uint8Array | undefined): Int32Array | undefined {
    if (!teamFilter && !groupFilter) return undefined;
    const byTeam = teamFilter ? (this.byTeam ??= slotIndex(this.team, this.alive, this.length, this.teams.size)) : undefined;
    const byGroup = groupFilter ? (this.byGroup ??= slotIndex(this.group, this.alive, this.length, this.groups.size)) : undefined;
    const teamSlots = byTeam && teamFilter ? byTeam.count(teamFilter) : Infinity;
    const groupSlots = byGroup && groupFilter ? byGroup.count(groupFilter) : Infinity;
    // the other filter is still checked on every row read
    return teamSlots <= groupSlots ? byTeam!.slots(teamFilter!) : byGroup!.slots(groupFilter!);
  }

  /** a 0/1 per dictionary entry, or undefined for "all" */
  private filterOf(dictionary: Dictionary, chosen: readonly string[] | undefined): Uint8Array | undefined {
    if (!chosen || chosen.length === 0) return undefined;
    const filter = new Uint8Array(dictionary.size);
    for (const value of chosen) {
      const id = dictionary.find(value);
      if (id !== undefined) filter[id] = 1;
    }
    return filter;
  }

  private rankReasons(counts: Int32Array, top: number) {
    const tally = new ReasonTally();
    counts.forEach((n, reason) => n > 0 && tally.add(this.reasons.values[reason], n));
    return tally.rank(top);
  }
}

/** the slots of the rows in use, grouped by a column's value: slots of value v are at offsets[v]..offsets[v + 1] */
interface SlotIndex {
  /** how many rows the values chosen (1 in `chosen`) hold */
  count(chosen: Uint8Array): number;
  /** their slots, in slot order per value */
  slots(chosen: Uint8Array): Int32Array;
}

function slotIndex(column: Int32Array, alive: Uint8Array, length: number, values: number): SlotIndex {
  const offsets = new Int32Array(values + 1);
  for (let i = 0; i < length; i++) if (alive[i] === 1) offsets[column[i]! + 1]!++;
  for (let v = 0; v < values; v++) offsets[v + 1]! += offsets[v]!;
  const sorted = new Int32Array(offsets[values]!);
  const next = offsets.slice(0, values);
  for (let i = 0; i < length; i++) if (alive[i] === 1) sorted[next[column[i]!]!++] = i;
  const chosenValues = (chosen: Uint8Array) => [...chosen.keys()].filter((v) => chosen[v] === 1 && v < values);
  return {
    count: (chosen) => chosenValues(chosen).reduce((n, v) => n + offsets[v + 1]! - offsets[v]!, 0),
    slots: (chosen) => {
      const parts = chosenValues(chosen).map((v) => sorted.subarray(offsets[v]!, offsets[v + 1]!));
      if (parts.length === 1) return parts[0]!;
      const all = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const part of parts) {
        all.set(part, at);
        at += part.length;
      }
      return all;
    },
  };
}

/** weeks since the Monday before 1970-01-01 (a Thursday): the same number for every day of an ISO week */
function weekNumber(dayOrdinalValue: number): number {
  return Math.floor((dayOrdinalValue + 3) / 7);
}

function checkDay(name: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDay(value)) throw new RangeError(`${name} must be a day written YYYY-MM-DD (got '${value}')`);
}

function decisionCounts(counts: ArrayLike<number>, offset: number): DecisionCounts {
  const result = {} as DecisionCounts;
  DECISIONS.forEach((d, i) => (result[d] = counts[i + offset] ?? 0));
  return result;
}

/** the counted keys, most first, then by key */
function buckets(keys: readonly string[], counts: Int32Array): Bucket[] {
  const D1 = DECISION_COUNT + 1;
  const result: Bucket[] = [];
  keys.forEach((key, id) => {
    const count = counts[id * D1]!;
    if (count > 0) result.push({ key, count, decisions: decisionCounts(counts.subarray(id * D1 + 1, id * D1 + D1), 0) });
  });
  return result.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** the weeks with rows, by the ordinal of their Monday */
function weekMap(counts: Int32Array, firstWeek: number): Map<number, Int32Array> {
  const D1 = DECISION_COUNT + 1;
  const weeks = new Map<number, Int32Array>();
  for (let slot = 0; slot * D1 < counts.length; slot++) {
    if (counts[slot * D1]! > 0) weeks.set(firstWeek + slot * 7, counts.subarray(slot * D1, slot * D1 + D1));
  }
  return weeks;
}

/** the weeks of the period (or of the data), with the empty ones between, oldest first */
function weekBuckets(byWeek: Map<number, Int32Array>, fromDay: number | undefined, toDay: number | undefined): WeekBucket[] {
  const present = [...byWeek.keys()].sort((a, b) => a - b);
  const first = fromDay !== undefined ? weekStartOrdinal(fromDay) : present[0];
  const last = toDay !== undefined ? weekStartOrdinal(toDay) : present[present.length - 1];
  const bucket = (start: number): WeekBucket => {
    const counts = byWeek.get(start) ?? new Int32Array(DECISION_COUNT + 1);
    const week = isoWeekOfOrdinal(start);
    return { key: week.key, weekStart: week.start, count: counts[0]!, decisions: decisionCounts(counts, 1) };
  };
  if (first === undefined || last === undefined) return present.map(bucket);
  if ((last - first) / 7 > MAX_FILLED_WEEKS) return present.map(bucket);
  const weeks: WeekBucket[] = [];
  for (let start = first; start <= last; start += 7) weeks.push(bucket(start));
  return weeks;
}
