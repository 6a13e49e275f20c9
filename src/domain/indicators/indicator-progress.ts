// The state of each programme action's indicator (its definition as the pack and the coordinators'
// records make it, its measurements, how far the latest one is from baseline to target), and
// progress summed up per theme and per phase. Definitions: docs/indicators.md.
import type { ProgrammeAction } from '../content/model';
import { PHASES, THEMES, type Language, type Phase, type Theme } from '../taxonomy';
import type { IndicatorRecord, MeasurementInput } from './indicator-records';

export interface IndicatorBaseline {
  value: number;
  /** a year or a day */
  date: string;
  source: string;
}

export interface IndicatorTarget {
  value: number;
  /** unknown until a coordinator enters it */
  year?: number;
}

export type IndicatorStatus = 'no-measurement' | 'no-baseline-or-target' | 'reached' | 'on-the-way' | 'moving-away';

export interface IndicatorState {
  actionId: string;
  phase: Phase;
  theme: Theme;
  ownerTeam: string;
  /** the indicator as the pack words it */
  indicator: string;
  unit?: string;
  baseline?: IndicatorBaseline;
  target?: IndicatorTarget;
  /** oldest first */
  measurements: MeasurementInput[];
  latest?: MeasurementInput;
  /**
   * how much of the way from the baseline to the target the latest measurement has gone: 0 at the
   * baseline, 1 at the target, below 0 when it moved away; null without a baseline, a target (that
   * differs from the baseline) or a measurement
   */
  progress: number | null;
  status: IndicatorStatus;
}

/** every action's indicator; `upTo` (YYYY-MM-DD) leaves out measurements of later days (a report's period) */
export function indicatorStates(
  actions: readonly ProgrammeAction[],
  records: readonly IndicatorRecord[],
  language: Language,
  upTo?: string,
): IndicatorState[] {
  const byAction = new Map<string, IndicatorRecord[]>();
  for (const record of records) {
    const list = byAction.get(record.actionId);
    if (list) list.push(record);
    else byAction.set(record.actionId, [record]);
  }
  return actions.map((action) => {
    const own = [...(byAction.get(action.id) ?? [])].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.key.localeCompare(b.key));
    let unit = action.measure?.unit[language];
    let baseline: IndicatorBaseline | undefined = action.measure?.baseline
      ? { value: action.measure.baseline.value, date: action.measure.baseline.date, source: action.measure.baseline.source[language] }
      : undefined;
    let target: IndicatorTarget | undefined = action.measure?.target ? { ...action.measure.target } : undefined;
    const measurements: { m: MeasurementInput; recordedAt: string }[] = [];
    for (const record of own) {
      if (record.kind === 'definition') {
        // field by field: a coordinator who enters only the target keeps the pack's baseline
        if (record.definition.unit !== undefined) unit = record.definition.unit;
        if (record.definition.baseline) baseline = { ...record.definition.baseline };
        if (record.definition.target) target = { ...record.definition.target };
      } else if (upTo === undefined || record.measurement.date <= upTo) {
        measurements.push({ m: record.measurement, recordedAt: record.recordedAt });
      }
    }
    // by the day measured; a value entered again for the same day replaces the earlier entry
    measurements.sort((a, b) => a.m.date.localeCompare(b.m.date) || a.recordedAt.localeCompare(b.recordedAt));
    const perDay = new Map<string, MeasurementInput>();
    for (const { m } of measurements) perDay.set(m.date, m);
    const series = [...perDay.values()];
    const latest = series.at(-1);
    const progress = progressOf(baseline, target, latest);
    return {
      actionId: action.id,
      phase: action.phase,
      theme: action.theme,
      ownerTeam: action.ownerTeam,
      indicator: action.indicator[language],
      ...(unit !== undefined ? { unit } : {}),
      ...(baseline ? { baseline } : {}),
      ...(target ? { target } : {}),
      measurements: series,
      ...(latest ? { latest } : {}),
      progress,
      status: statusOf(baseline, target, latest, progress),
    };
  });
}

function progressOf(baseline: IndicatorBaseline | undefined, target: IndicatorTarget | undefined, latest: MeasurementInput | undefined): number | null {
  if (!baseline || !target || !latest || target.value === baseline.value) return null;
  return (latest.value - baseline.value) / (target.value - baseline.value);
}

function statusOf(
  baseline: IndicatorBaseline | undefined,
  target: IndicatorTarget | undefined,
  latest: MeasurementInput | undefined,
  progress: number | null,
): IndicatorStatus {
  if (!latest) return 'no-measurement';
  if (!baseline || !target || progress === null) return 'no-baseline-or-target';
  if (progress >= 1) return 'reached';
  return progress < 0 ? 'moving-away' : 'on-the-way';
}

export interface IndicatorSummary<K extends string> {
  key: K;
  actions: number;
  /** actions whose indicator has a baseline and a target */
  withTarget: number;
  /** actions with at least one measurement */
  measured: number;
  reached: number;
  /** the mean progress of the actions that have one, each counted between 0 and 1; null when none has */
  averageProgress: number | null;
}

function summarise<K extends string>(keys: readonly K[], states: readonly IndicatorState[], keyOf: (s: IndicatorState) => K): IndicatorSummary<K>[] {
  return keys.map((key) => {
    const mine = states.filter((s) => keyOf(s) === key);
    const progresses = mine.map((s) => s.progress).filter((p): p is number => p !== null);
    return {
      key,
      actions: mine.length,
      withTarget: mine.filter((s) => s.baseline && s.target).length,
      measured: mine.filter((s) => s.latest).length,
      reached: mine.filter((s) => s.status === 'reached').length,
      averageProgress: progresses.length ? progresses.reduce((sum, p) => sum + Math.min(1, Math.max(0, p)), 0) / progresses.length : null,
    };
  });
}

/** progress per phase, in the programme's order */
export const progressByPhase = (states: readonly IndicatorState[]): IndicatorSummary<Phase>[] => summarise(PHASES, states, (s) => s.phase);

/** progress per theme, for the themes that have actions */
export const progressByTheme = (states: readonly IndicatorState[]): IndicatorSummary<Theme>[] =>
  summarise(THEMES, states, (s) => s.theme).filter((t) => t.actions > 0);
