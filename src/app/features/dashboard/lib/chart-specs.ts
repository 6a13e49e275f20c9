// What each chart draws, worked out from the metrics without any chart library, so the lazy chart
// chunk only renders. Colours are names the chart chunk maps to the Fluent data-visualisation
// palette (which follows the theme).
import type { DashboardMetrics } from '../../../../domain/metrics';
import { DECISIONS, type Decision } from '../../../../domain/taxonomy';
import type { FigureLabels } from './figure-tables';

export type ChartColour = 'applied' | 'considered' | 'not-applicable' | 'later' | 'attached' | 'total' | 'direct' | 'viaGroup' | 'inactive' | 'neutral';

export interface ChartSeries {
  legend: string;
  colour: ChartColour;
}

export type ChartSpec =
  | { kind: 'line'; title: string; series: (ChartSeries & { points: { x: Date; y: number }[] })[] }
  | { kind: 'stacked'; title: string; bars: { x: string; parts: (ChartSeries & { value: number })[] }[] }
  | { kind: 'bars'; title: string; bars: { label: string; value: number }[] }
  | { kind: 'donut'; title: string; parts: (ChartSeries & { value: number })[] };

const decisionParts = (labels: FigureLabels, counts: Record<Decision, number>) =>
  DECISIONS.map((d) => ({ legend: labels.decision(d), colour: d as ChartColour, value: counts[d] }));

/** at most this many bars; the tables hold every row */
export const MAX_BARS = 12;

export function chartSpecs(metrics: DashboardMetrics, labels: FigureLabels) {
  const t = labels.t;
  const trend: ChartSpec = {
    kind: 'line',
    title: t('trend.title'),
    series: [
      { legend: t('trend.all'), colour: 'total', points: metrics.byWeek.map((w) => ({ x: new Date(`${w.weekStart}T00:00:00Z`), y: w.count })) },
      { legend: labels.decision('applied'), colour: 'applied', points: metrics.byWeek.map((w) => ({ x: new Date(`${w.weekStart}T00:00:00Z`), y: w.decisions.applied })) },
    ],
  };
  const teams: ChartSpec = {
    kind: 'stacked',
    title: t('teams.title'),
    bars: metrics.byTeam.slice(0, MAX_BARS).map((b) => ({ x: b.key === '' ? t('label.noTeam') : labels.team(b.key), parts: decisionParts(labels, b.decisions) })),
  };
  const groups: ChartSpec = {
    kind: 'bars',
    title: t('groups.title'),
    bars: metrics.byProductGroup.slice(0, MAX_BARS).map((b) => ({ label: b.key === '' ? t('label.noGroup') : labels.productGroup(b.key), value: b.count })),
  };
  const decisions: ChartSpec = { kind: 'donut', title: t('decisions.title'), parts: decisionParts(labels, metrics.decisions.current) };
  const coverage: ChartSpec = {
    kind: 'stacked',
    title: t('coverage.title'),
    bars: metrics.actionCoverage.phases.map((p) => ({
      x: labels.phase(p.phase),
      parts: [
        { legend: t('col.activeDirect'), colour: 'direct', value: p.activeDirect },
        { legend: t('col.activeViaGroup'), colour: 'viaGroup', value: p.active - p.activeDirect },
        { legend: t('col.inactive'), colour: 'inactive', value: p.actions - p.active },
      ],
    })),
  };
  const reasons: ChartSpec = {
    kind: 'bars',
    title: t('reasons.title'),
    bars: metrics.reasons.notApplicable.groups.map((g) => ({ label: g.label, value: g.count })),
  };
  return { trend, teams, groups, decisions, coverage, reasons };
}

export type ChartSpecs = ReturnType<typeof chartSpecs>;
