// The dashboard's filters as they live in the address (`#/dashboard?from=…&to=…&team=…&group=…`),
// so a filtered view can be bookmarked and shared. A value that is not valid is reported, never
// silently widened to "everything".
import { dayFromOrdinal, dayOrdinal, isCalendarDay, type MetricsFilters } from '../../../../domain/metrics';
import { CONTENT_ID } from '../../../../domain/ids';
import type { ProductGroupId } from '../../../../domain/taxonomy';

export type PeriodPreset = '90d' | '12m' | 'all' | 'custom';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['90d', '12m', 'all', 'custom'];

export interface DashboardFilterState {
  preset: PeriodPreset;
  /** `YYYY-MM-DD`, '' when open */
  from: string;
  to: string;
  /** a team id, '' for all */
  team: string;
  /** a product group id, '' for all */
  group: string;
}

export type FilterProblem = 'badDay' | 'badPeriod';

/** the first and last day of a preset period ending today */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): { from: string; to: string } {
  if (preset === 'all') return { from: '', to: '' };
  const days = preset === '90d' ? 90 : 365;
  return { from: dayFromOrdinal(dayOrdinal(today) - (days - 1)), to: today };
}

export function filtersFromQuery(query: URLSearchParams, today: string): DashboardFilterState {
  const preset = query.get('period');
  const team = query.get('team') ?? '';
  const group = query.get('group') ?? '';
  if (preset === 'custom') return { preset, from: query.get('from') ?? '', to: query.get('to') ?? '', team, group };
  const chosen: Exclude<PeriodPreset, 'custom'> = preset === '90d' || preset === 'all' ? preset : '12m';
  return { preset: chosen, ...presetPeriod(chosen, today), team, group };
}

export function filtersToQuery(state: DashboardFilterState): Record<string, string | undefined> {
  return {
    period: state.preset === '12m' ? undefined : state.preset,
    from: state.preset === 'custom' ? state.from : undefined,
    to: state.preset === 'custom' ? state.to : undefined,
    team: state.team || undefined,
    group: state.group || undefined,
  };
}

/** the metrics' filters, or what is wrong with the chosen ones */
export function metricsFilters(state: DashboardFilterState): { filters: MetricsFilters } | { problem: FilterProblem } {
  if ((state.from !== '' && !isCalendarDay(state.from)) || (state.to !== '' && !isCalendarDay(state.to))) return { problem: 'badDay' };
  if (state.from !== '' && state.to !== '' && state.from > state.to) return { problem: 'badPeriod' };
  const filters: MetricsFilters = {};
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  if (state.team) filters.teams = [state.team];
  if (state.group && CONTENT_ID.test(state.group)) filters.productGroups = [state.group as ProductGroupId];
  else if (state.group) filters.productGroups = ['\u0000unknown' as ProductGroupId];
  return { filters };
}
