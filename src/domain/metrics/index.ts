// Adoption metrics for the coordinator dashboard: pure functions over acknowledgements and the
// content pack. Definitions: docs/metrics.md.
export { computeMetrics, DEFAULT_COVERAGE_WINDOW_DAYS, DEFAULT_TOP_REASONS } from './compute-metrics';
export { metricsContent, type MetricsAction, type MetricsContent } from './metrics-content';
export { reasonKey, ReasonTally, type ReasonGroup, type ReasonRanking } from './reason-groups';
export { MetricsColumns, type AdoptionCell, type ColumnsAggregate, type CountedAcknowledgement, type PeopleByKey } from './metrics-columns';
export { dashboardScope, scopedTeams, type CoordinatorPolicy, type DashboardScope, type DashboardViewer } from './dashboard-access';
export { dayFromOrdinal, dayOrdinal, isCalendarDay, isoWeekOf, utcDayOrdinalOf, type IsoWeek } from './calendar';
export type {
  ActionCoverage,
  ActionScopeFilter,
  AdoptionRates,
  Bucket,
  DashboardMetrics,
  DecisionCounts,
  MetricsFilters,
  MetricsOptions,
  PhaseBucket,
  PhaseCoverage,
  WeekBucket,
} from './types';
export { adoptionCells, DEFAULT_MIN_CONTRIBUTORS, foldSmallBuckets, foldSmallGroups, OTHER_KEY, OTHER_TEAMS, protectedFigures, smallTeams, type FigureCounter, type ProtectedFigures } from './privacy';
