// What each chart draws, worked out from the metrics without any chart library, so the lazy chart
// chunk only renders. Colours come from one map (chart-colours.ts). A chart names every category
// it was given or says how many it leaves to the table; the week that is not over yet (or that the
// period cuts) is marked as partial instead of reading as a drop.
import type { DashboardMetrics } from '../../../../domain/metrics';
import { dayFromOrdinal, dayOrdinal } from '../../../../domain/metrics';
import { DECISIONS, type Decision } from '../../../../domain/taxonomy';
import type { ChartColour } from './chart-colours';
import type { FigureLabels } from './figure-tables';

export type { ChartColour } from './chart-colours';

export interface ChartSeries {
  legend: string;
  colour: ChartColour;
}

export interface TrendPoint {
  x: Date;
  y: number;
}

/** how many categories a chart draws of how many the table lists */
export interface Shown {
  shown: number;
  of: number;
}

export type ChartSpec =
  | {
      kind: 'line';
      title: string;
      legend: ChartSeries[];
      /** per series: the complete weeks (solid), and each partial week joined to its complete neighbour (dashed) */
      series: (ChartSeries & { points: TrendPoint[]; partial: TrendPoint[][] })[];
      /** the first day of the weeks the period does not cover completely, if any */
      partialWeeks: string[];
    }
  | { kind: 'stacked'; title: string; legend: ChartSeries[]; bars: { x: string; parts: (ChartSeries & { value: number })[] }[]; shown: Shown }
  | { kind: 'bars'; title: string; legend: ChartSeries[]; bars: { label: string; value: number }[]; shown: Shown }
  | { kind: 'donut'; title: string; legend: ChartSeries[]; parts: (ChartSeries & { value: number })[] };

const decisionLegend = (labels: FigureLabels): ChartSeries[] => DECISIONS.map((d) => ({ legend: labels.decision(d), colour: d }));
const decisionParts = (labels: FigureLabels, counts: Record<Decision, number>) => DECISIONS.map((d) => ({ legend: labels.decision(d), colour: d as ChartColour, value: counts[d] }));

/** at most this many bars stand side by side (teams); horizontal bars list every category */
export const MAX_BARS = 12;

/** the days the figures cover: the filters' period, never past the server's today */
export interface CountedPeriod {
  from?: string;
  to?: string;
  today: string;
}

/** the weeks (by their Monday) that the counted period covers only in part */
export function partialWeeks(weekStarts: readonly string[], period: CountedPeriod): Set<string> {
  const last = period.to !== undefined && period.to < period.today ? period.to : period.today;
  const partial = new Set<string>();
  for (const start of weekStarts) {
    const end = dayFromOrdinal(dayOrdinal(start) + 6);
    if (end > last || (period.from !== undefined && start < period.from)) partial.add(start);
  }
  return partial;
}

function trendSeries(metrics: DashboardMetrics, series: ChartSeries, value: (w: DashboardMetrics['byWeek'][number]) => number, partial: Set<string>) {
  const at = (w: DashboardMetrics['byWeek'][number]): TrendPoint => ({ x: new Date(`${w.weekStart}T00:00:00Z`), y: value(w) });
  const weeks = metrics.byWeek;
  const points = weeks.filter((w) => !partial.has(w.weekStart)).map(at);
  // each partial week joins its complete neighbour with a dashed stretch of its own
  const stretches: TrendPoint[][] = [];
  weeks.forEach((w, i) => {
    if (!partial.has(w.weekStart)) return;
    const neighbour = i === 0 ? weeks[1] : weeks[i - 1];
    const stretch = neighbour && !partial.has(neighbour.weekStart) ? [at(neighbour), at(w)] : [at(w)];
    stretches.push(stretch.sort((a, b) => a.x.getTime() - b.x.getTime()));
  });
  return { ...series, points, partial: stretches };
}

export function chartSpecs(metrics: DashboardMetrics, labels: FigureLabels, period: CountedPeriod) {
  const t = labels.t;
  const partial = partialWeeks(
    metrics.byWeek.map((w) => w.weekStart),
    period,
  );
  const trendLegend: ChartSeries[] = [
    { legend: t('trend.all'), colour: 'total' },
    { legend: labels.decision('applied'), colour: 'applied' },
  ];
  const trend: ChartSpec = {
    kind: 'line',
    title: t('trend.title'),
    legend: trendLegend,
    series: [trendSeries(metrics, trendLegend[0]!, (w) => w.count, partial), trendSeries(metrics, trendLegend[1]!, (w) => w.decisions.applied, partial)],
    partialWeeks: [...partial].sort(),
  };
  const teams: ChartSpec = {
    kind: 'stacked',
    title: t('teams.title'),
    legend: decisionLegend(labels),
    bars: metrics.byTeam.slice(0, MAX_BARS).map((b) => ({ x: b.key === '' ? t('label.noTeam') : labels.team(b.key), parts: decisionParts(labels, b.decisions) })),
    shown: { shown: Math.min(MAX_BARS, metrics.byTeam.length), of: metrics.byTeam.length },
  };
  const groups: ChartSpec = {
    kind: 'bars',
    title: t('groups.title'),
    legend: [],
    bars: metrics.byProductGroup.map((b) => ({ label: b.key === '' ? t('label.noGroup') : labels.productGroup(b.key), value: b.count })),
    shown: { shown: metrics.byProductGroup.length, of: metrics.byProductGroup.length },
  };
  const decisions: ChartSpec = { kind: 'donut', title: t('decisions.title'), legend: decisionLegend(labels), parts: decisionParts(labels, metrics.decisions.current) };
  const coverageLegend: ChartSeries[] = [
    { legend: t('col.activeDirect'), colour: 'direct' },
    { legend: t('col.activeViaGroup'), colour: 'viaGroup' },
    { legend: t('col.inactive'), colour: 'inactive' },
  ];
  const coverage: ChartSpec = {
    kind: 'stacked',
    title: t('coverage.title'),
    legend: coverageLegend,
    bars: metrics.actionCoverage.phases.map((p) => ({
      x: labels.phase(p.phase),
      parts: [
        { ...coverageLegend[0]!, value: p.activeDirect },
        { ...coverageLegend[1]!, value: p.active - p.activeDirect },
        { ...coverageLegend[2]!, value: p.actions - p.active },
      ],
    })),
    shown: { shown: metrics.actionCoverage.phases.length, of: metrics.actionCoverage.phases.length },
  };
  const reasonGroups = metrics.reasons.notApplicable.groups;
  const reasons: ChartSpec = {
    kind: 'bars',
    title: t('reasons.title'),
    legend: [],
    bars: reasonGroups.map((g) => ({ label: g.label, value: g.count })),
    shown: { shown: reasonGroups.length, of: metrics.reasons.notApplicable.distinctGroups },
  };
  return { trend, teams, groups, decisions, coverage, reasons };
}

export type ChartSpecs = ReturnType<typeof chartSpecs>;

/** round steps (1, 2 or 5 times a power of ten) from 0 past the largest value, at most `count` + 1 of them */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) {
    ticks.push(Math.round(v));
    if (v >= max) break;
  }
  return ticks;
}

/** up to `count` week starts spread over the trend, first and last included */
export function dateTicks(points: readonly TrendPoint[], count = 5): Date[] {
  if (points.length <= count) return points.map((p) => p.x);
  const step = (points.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => points[Math.round(i * step)]!.x);
}
