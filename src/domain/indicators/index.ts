// Programme indicators: what coordinators record (definitions and measurements) and how far each
// action, theme and phase has come. Definitions: docs/indicators.md.
export {
  definitionInput,
  firstIssue,
  measurementInput,
  YEAR_OR_DAY,
  type DefinitionInput,
  type IndicatorRecord,
  type MeasurementInput,
} from './indicator-records';
export {
  indicatorStates,
  progressByPhase,
  progressByTheme,
  type IndicatorBaseline,
  type IndicatorState,
  type IndicatorStatus,
  type IndicatorSummary,
  type IndicatorTarget,
} from './indicator-progress';
