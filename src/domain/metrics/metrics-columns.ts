// The acknowledgements as columns of numbers, for counting a million rows per request: every text
// (team, product group, item, action, context, reason, person) is replaced by its index in a
// dictionary once, when the row arrives, so a request's pass over the rows compares and counts
// small integers in typed arrays instead of looking strings up in maps. Rows can be replaced and
// removed by their list item id, as a delta sync reports them. Definitions: docs/metrics.md.
import type { CountedAcknowledgement } from '../acknowledgement';
import { DECISIONS, PHASES, type Phase } from '../taxonomy';
import { dayFromOrdinal, dayOrdinal, isCalendarDay, isoWeekOfOrdinal, utcDayOrdinalOf, weekStartOrdinal } from './calendar';
import { phaseBit, type MetricsContent } from './metrics-content';
import { PeopleTally } from './people-tally';
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

/** per bucket key, its people counted up to the cap: numbers internal to one count, never ids */
export type PeopleByKey = Map<string, readonly number[]>;

/** what a pass over the rows also counts for the privacy rule: distinct people per team, and per bucket of every breakdown */
export interface ColumnsAggregate {
  metrics: DashboardMetrics;
  /** team id ('' for no team) → distinct people with a row in the filters */
  contributorsByTeam: Map<string, number>;
  /** the cap the people below were counted up to (MetricsOptions.minContributors) */
  peopleCap: number;
  people: {
    /** everyone counted in the selection */
    total: readonly number[];
    byWeek: PeopleByKey;
    byTeam: PeopleByKey;
    byProductGroup: PeopleByKey;
    byChecklistItem: PeopleByKey;
    byAction: PeopleByKey;
    /** by phase, and 'none' */
    byPhase: PeopleByKey;
    /** the people of the rows no checklist item (or no action) is counted for: outside that breakdown */
    withoutChecklistItem: readonly number[];
    withoutAction: readonly number[];
  };
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
    const cap = options.minContributors ?? 1;
    if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`the minimum of people must be a whole number, at least 1 (got ${cap})`);

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
    // people per bucket, up to the cap: an action or product group is active in the window only with `cap` people
    const directlyActive = new PeopleTally(this.content.actions.length, cap);
    const groupActive = new PeopleTally(this.groups.size, cap);
    const everyone = new PeopleTally(1, cap);
    const weekPeople = new PeopleTally(weekSlots, cap);
    const teamPeople = new PeopleTally(this.teams.size, cap);
    const groupPeople = new PeopleTally(this.groups.size, cap);
    const itemPeople = new PeopleTally(this.items.size, cap);
    const actionPeople = new PeopleTally(this.actions.size, cap);
    // 0: rows of no checklist item, 1: rows of no action
    const outsidePeople = new PeopleTally(2, cap);
    const phasePeople = new PeopleTally(PHASES.length + 1, cap);
    const notApplicablePeople = new PeopleTally(this.reasons.size, cap);
    const consideredPeople = new PeopleTally(this.reasons.size, cap);
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
      const person = staff[i]!;
      if (day >= windowStartDay && day <= windowEndDay) {
        const contentAction = action < 0 ? -1 : actionInContent[action]!;
        if (contentAction >= 0) directlyActive.add(contentAction, person);
        groupActive.add(group, person);
      }
      if (day < fromDay || day > toDay) continue;

      total++;
      recorded[decision]!++;
      everyone.add(0, person);
      weekPeople.add(weeks[i]! - firstWeekNumber, person);
      teamPeople.add(team, person);
      groupPeople.add(group, person);
      const week = (weeks[i]! - firstWeekNumber) * D1;
      weekCounts[week]!++;
      weekCounts[week + decision + 1]!++;
      teamCounts[team * D1]!++;
      teamCounts[team * D1 + decision + 1]!++;
      groupCounts[group * D1]!++;
      groupCounts[group * D1 + decision + 1]!++;
      const item = items[i]!;
      if (item >= 0) {
        itemPeople.add(item, person);
        itemCounts[item * D1]!++;
        itemCounts[item * D1 + decision + 1]!++;
      } else outsidePeople.add(0, person);
      if (action >= 0) {
        actionPeople.add(action, person);
        actionCounts[action * D1]!++;
        actionCounts[action * D1 + decision + 1]!++;
      } else outsidePeople.add(1, person);
      if (phases === 0) {
        phaseCounts[phaseCount]!++;
        phasePeople.add(phaseCount, person);
      } else {
        for (let p = 0; p < phaseCount; p++) {
          if (phases & (1 << p)) {
            phaseCounts[p]!++;
            phasePeople.add(p, person);
          }
        }
      }

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
        if (decision === NOT_APPLICABLE) {
          notApplicable[reason]!++;
          notApplicablePeople.add(reason, person);
        } else if (decision === CONSIDERED) {
          considered[reason]!++;
          consideredPeople.add(reason, person);
        }
      }
      const teamPerson = team * peopleCount + person;
      if (seen[teamPerson] === 0) {
        seen[teamPerson] = 1;
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
      if (contentAction >= 0 && (actionPeople.reaches(a) || directlyActive.reaches(contentAction))) reachedDirect[contentAction] = 1;
    }
    const groupIs = (flags: (id: number) => boolean) => (g: string) => {
      const id = this.groups.find(g);
      return id !== undefined && flags(id);
    };
    const activeGroup = groupIs((id) => groupActive.reaches(id));
    const reachedGroup = groupIs((id) => groupActive.reaches(id) || groupPeople.reaches(id));
    const teamSet = filters.teams?.length ? new Set(filters.teams) : undefined;
    const groupSet = filters.productGroups?.length ? new Set<string>(filters.productGroups) : undefined;
    const actionSet = filters.actions?.length ? new Set(filters.actions) : undefined;
    const activeActionIds: string[] = [];
    const coverage = PHASES.map((phase) => ({ phase, actions: 0, active: 0, activeDirect: 0 }));
    this.content.actions.forEach((action, i) => {
      if (phaseMask !== 0 && (this.actionPhases[i]! & phaseMask) === 0) return;
      if (actionSet && !actionSet.has(action.id)) return;
      if (groupSet && !action.productGroups.some((g) => groupSet.has(g))) return;
      const direct = directlyActive.reaches(i);
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
    const peopleBy = (keys: readonly string[], tally: PeopleTally): PeopleByKey => new Map(keys.map((key, id) => [key, tally.people(id)]));
    const weekKeys = Array.from({ length: weekSlots }, (_, slot) => isoWeekOfOrdinal(firstWeek + slot * 7).key);

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
        reasons: { notApplicable: this.rankReasons(notApplicable, notApplicablePeople, topReasons), considered: this.rankReasons(considered, consideredPeople, topReasons) },
      },
      contributorsByTeam,
      peopleCap: cap,
      people: {
        total: everyone.people(0),
        byWeek: peopleBy(weekKeys, weekPeople),
        byTeam: peopleBy(this.teams.values, teamPeople),
        byProductGroup: peopleBy(this.groups.values, groupPeople),
        byChecklistItem: peopleBy(this.items.values, itemPeople),
        byAction: peopleBy(this.actions.values, actionPeople),
        byPhase: peopleBy([...PHASES, 'none'], phasePeople),
        withoutChecklistItem: outsidePeople.people(0),
        withoutAction: outsidePeople.people(1),
      },
    };
  }

  /**
   * the choices per week, team, product group and action, for the shared Adoption list, each row
   * made by at least `minContributors` different people. Per week, a cell under the minimum has its
   * action folded into `other`; if still under it, its product group too; then its team; when that
   * row of the week's small cells together is still under the minimum, the week's smallest row is
   * folded into it as well, and a week with fewer people in all has no rows (docs/privacy.md)
   */
  adoptionCells(minContributors: number, other: string): AdoptionCell[] {
    interface Cell {
      team: string;
      productGroup: string;
      actionId: string;
      counts: Int32Array;
      people: Set<number>;
    }
    const weeks = new Map<number, Map<string, Cell>>();
    for (let i = 0; i < this.length; i++) {
      const decision = this.decision[i]!;
      if (this.alive[i] === 0 || decision < 0) continue;
      const week = weekStartOrdinal(this.day[i]!);
      let cells = weeks.get(week);
      if (!cells) weeks.set(week, (cells = new Map()));
      const team = this.teams.values[this.team[i]!]!;
      const productGroup = this.groups.values[this.group[i]!]!;
      const actionId = this.action[i]! < 0 ? '' : this.actions.values[this.action[i]!]!;
      const key = `${team}\u0000${productGroup}\u0000${actionId}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { team, productGroup, actionId, counts: new Int32Array(DECISION_COUNT + 1), people: new Set() }));
      cell.counts[0]!++;
      cell.counts[decision + 1]!++;
      cell.people.add(this.staff[i]!);
    }
    const merge = (cells: Iterable<Cell>, fold: (cell: Cell) => boolean, folded: (cell: Cell) => Omit<Cell, 'counts' | 'people'>) => {
      const next = new Map<string, Cell>();
      for (const cell of cells) {
        const at = fold(cell) ? folded(cell) : cell;
        const key = `${at.team}\u0000${at.productGroup}\u0000${at.actionId}`;
        let into = next.get(key);
        if (!into) next.set(key, (into = { ...at, counts: new Int32Array(DECISION_COUNT + 1), people: new Set() }));
        into.counts.forEach((n, d) => (into.counts[d] = n + cell.counts[d]!));
        for (const person of cell.people) into.people.add(person);
      }
      return [...next.values()];
    };
    const small = (cell: Cell) => cell.people.size < minContributors;
    const rows: AdoptionCell[] = [];
    for (const [week, weekCells] of [...weeks].sort((a, b) => a[0] - b[0])) {
      // the teams of the week under the minimum first, as before; then action, product group, team per cell
      const teamPeople = new Map<string, Set<number>>();
      for (const cell of weekCells.values()) {
        const set = teamPeople.get(cell.team) ?? new Set<number>();
        for (const person of cell.people) set.add(person);
        teamPeople.set(cell.team, set);
      }
      let cells = merge(weekCells.values(), (c) => teamPeople.get(c.team)!.size < minContributors, (c) => ({ ...c, team: other }));
      cells = merge(cells, small, (c) => ({ ...c, actionId: other }));
      cells = merge(cells, small, (c) => ({ ...c, productGroup: other, actionId: other }));
      cells = merge(cells, small, () => ({ team: other, productGroup: other, actionId: other }));
      const rest = cells.find(small);
      if (rest) {
        const smallest = cells.filter((c) => c !== rest).sort((a, b) => a.counts[0]! - b.counts[0]!)[0];
        cells = smallest ? merge(cells, (c) => c === smallest || c === rest, () => ({ team: other, productGroup: other, actionId: other })) : [];
      }
      const iso = isoWeekOfOrdinal(week);
      for (const cell of cells.sort((a, b) => cellOrder(a, b))) {
        rows.push({ week: iso.key, weekStart: iso.start, team: cell.team, productGroup: cell.productGroup, actionId: cell.actionId, total: cell.counts[0]!, decisions: decisionCounts(cell.counts, 1) });
      }
    }
    return rows;
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

  /** the reason groups; with a minimum of people, only the groups that many different people gave */
  private rankReasons(counts: Int32Array, people: PeopleTally, top: number) {
    const tally = new ReasonTally();
    counts.forEach((n, reason) => n > 0 && tally.add(this.reasons.values[reason], n, people.people(reason)));
    return tally.rank(top, people.cap);
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

/** the Adoption list's rows of a week in a stable order: team, product group, action */
function cellOrder(a: { team: string; productGroup: string; actionId: string }, b: typeof a): number {
  return a.team.localeCompare(b.team) || a.productGroup.localeCompare(b.productGroup) || a.actionId.localeCompare(b.actionId);
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
