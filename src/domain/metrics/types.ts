// The dashboard's figures: inputs (filters) and outputs. Definitions are in docs/metrics.md.
import type { Decision, Phase, ProductGroupId } from '../taxonomy';
import type { ReasonRanking } from './reason-groups';

export interface MetricsFilters {
  /** first day counted, `YYYY-MM-DD` (UTC); open when absent */
  from?: string;
  /** last day counted, `YYYY-MM-DD` (UTC), inclusive; open when absent */
  to?: string;
  /** only these teams; all when absent or empty */
  teams?: readonly string[];
  /** only these product groups; all when absent or empty */
  productGroups?: readonly ProductGroupId[];
  /** only acknowledgements that name one of these programme actions; all when absent or empty */
  actions?: readonly string[];
  /** only acknowledgements that count in one of these phases (see "By phase"); all when absent or empty */
  phases?: readonly Phase[];
}

export interface MetricsOptions {
  filters?: MetricsFilters;
  /** today, `YYYY-MM-DD` (UTC): the end of the action-coverage window when the period is open or ends later */
  today: string;
  /** days in the action-coverage window; 90 by default */
  coverageWindowDays?: number;
  /** reason groups listed; 10 by default */
  topReasons?: number;
  /**
   * the privacy rule's minimum of different people (docs/privacy.md): the people of every bucket are
   * counted up to it (ColumnsAggregate.people), a reason group is listed only when that many people
   * gave it, and an action or product group counts as active in the window only with that many.
   * 1 by default: no rule (the figures as counted)
   */
  minContributors?: number;
}

export type DecisionCounts = Record<Decision, number>;

/** acknowledgements under one key (a team, a product group, an item…), split by decision */
export interface Bucket {
  /** the id counted under; '' for acknowledgements that have none (no team, no product group) */
  key: string;
  count: number;
  decisions: DecisionCounts;
}

export interface WeekBucket extends Bucket {
  /** the Monday of the ISO week, `YYYY-MM-DD`; `key` is `2026-W05` */
  weekStart: string;
  /** fewer people than the privacy rule's minimum chose in this week: its counts are not shown (zero) */
  withheld?: true;
}

export interface PhaseBucket {
  /** 'none' for acknowledgements that reach no programme action */
  phase: Phase | 'none';
  count: number;
  /** fewer people than the privacy rule's minimum counted in this phase: its count is not shown (zero) */
  withheld?: true;
}

export interface AdoptionRates {
  /**
   * distinct procurement and project documents (contextRef) with at least one acknowledgement: a
   * document keeps its contextRef through its versions (documentVersion), so versions count once
   */
  checkedDocuments: number;
  /** of those, documents where at least one item's current decision is `applied` */
  documentsWithApplied: number;
  /** documentsWithApplied / checkedDocuments; null when no document was checked */
  appliedShare: number | null;
}

export interface PhaseCoverage {
  phase: Phase;
  /** programme actions in this phase, in scope of the filters */
  actions: number;
  /** actions with activity in the window, directly or through one of their product groups */
  active: number;
  /** actions with an acknowledgement that names them, in the window */
  activeDirect: number;
  /** active / actions; null for a phase without actions */
  activeShare: number | null;
}

/** a filter that narrows which programme actions the action rates count */
export type ActionScopeFilter = 'team' | 'productGroup' | 'action' | 'phase';

/**
 * the programme actions in scope of the filters, per phase: all of them without a filter; under a
 * product group, action or phase filter the actions that match it; under a team filter the actions
 * the team owns or that its choices reached in the period or the window (docs/metrics.md)
 */
export interface ActionCoverage {
  /** first and last day of the window, inclusive */
  windowStart: string;
  windowEnd: string;
  phases: PhaseCoverage[];
  /** ids of the actions in scope with activity in the window (direct or through a product group) */
  activeActionIds: string[];
  /** every programme action of the content pack, whatever the filters */
  programmeActions: number;
  /** the filters that narrowed the actions counted; empty when every action of the programme counts */
  scopedBy: ActionScopeFilter[];
}

export interface DashboardMetrics {
  /** acknowledgements counted (after the filters) */
  total: number;
  /** rows left out because their decision or date could not be read (edited by hand in the list) */
  skipped: number;
  /** every ISO week of the period (or of the data when the period is open), oldest first, empty weeks included */
  byWeek: WeekBucket[];
  /** most first, then by key */
  byTeam: Bucket[];
  byProductGroup: Bucket[];
  byChecklistItem: Bucket[];
  /** only acknowledgements that name an action */
  byAction: Bucket[];
  /** one row per phase in programme order, then 'none'; one acknowledgement can count in more than one phase */
  byPhase: PhaseBucket[];
  decisions: {
    /** every acknowledgement counted */
    recorded: DecisionCounts;
    /** the current decision per item per context: a changed mind replaces the earlier one */
    current: DecisionCounts;
  };
  adoption: AdoptionRates;
  actionCoverage: ActionCoverage;
  reasons: { notApplicable: ReasonRanking; considered: ReasonRanking };
}
