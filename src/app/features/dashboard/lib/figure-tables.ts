// Every figure of the dashboard as a table: the same rows feed the visible table, the table that
// stands in for a chart, and the CSV download, so all three always agree.
import type { Bucket, DashboardMetrics, ReasonRanking } from '../../../../domain/metrics';
import { DECISIONS, type Decision, type Phase } from '../../../../domain/taxonomy';
import type { DashboardKey } from './dashboard-text';

export type ColumnKind = 'text' | 'count' | 'percent';

export interface FigureColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

export interface FigureRow {
  /** the id behind the row (a team id, a week key…), for tests and keys */
  key: string;
  /** text, a count, or a percentage (0..100, one decimal) */
  cells: (string | number)[];
}

export type FigureId = 'trend' | 'teams' | 'groups' | 'decisions' | 'coverage' | 'phases' | 'actions' | 'reasons' | 'considered' | 'items';

export interface FigureTable {
  id: FigureId;
  title: string;
  columns: FigureColumn[];
  rows: FigureRow[];
}

/** how ids read to people, in the current language */
export interface FigureLabels {
  t(key: DashboardKey): string;
  decision(decision: Decision): string;
  team(id: string): string;
  productGroup(id: string): string;
  phase(id: Phase): string;
  item(id: string): string;
  action(id: string): string;
}

/** a share as a percentage with one decimal, the form tables and CSV carry */
export const asPercent = (share: number | null): number => (share === null ? Number.NaN : Math.round(share * 1000) / 10);

const decisionColumns = (labels: FigureLabels): FigureColumn[] => DECISIONS.map((d) => ({ key: d, label: labels.decision(d), kind: 'count' as const }));

function bucketRows(buckets: readonly Bucket[], label: (key: string) => string): FigureRow[] {
  return buckets.map((b) => ({
    key: b.key,
    cells: [label(b.key), b.count, ...DECISIONS.map((d) => b.decisions[d]), asPercent(b.count === 0 ? null : b.decisions.applied / b.count)],
  }));
}

function reasonTable(id: 'reasons' | 'considered', ranking: ReasonRanking, labels: FigureLabels): FigureTable {
  const rows: FigureRow[] = ranking.groups.map((g) => ({ key: g.key, cells: [g.label, g.count, g.variants] }));
  if (ranking.otherCount > 0) rows.push({ key: '', cells: [labels.t('label.otherReasons'), ranking.otherCount, ranking.distinctGroups - ranking.groups.length] });
  return {
    id,
    title: labels.t(id === 'reasons' ? 'reasons.title' : 'considered.title'),
    columns: [
      { key: 'reason', label: labels.t('col.reason'), kind: 'text' },
      { key: 'count', label: labels.t('col.count'), kind: 'count' },
      { key: 'variants', label: labels.t('col.variants'), kind: 'count' },
    ],
    rows,
  };
}

export const TOP_ITEMS = 15;

export function figureTables(metrics: DashboardMetrics, labels: FigureLabels): Record<FigureId, FigureTable> {
  const t = labels.t;
  const withDecisions = (first: FigureColumn): FigureColumn[] => [
    first,
    { key: 'total', label: t('col.total'), kind: 'count' },
    ...decisionColumns(labels),
    { key: 'appliedShare', label: t('col.appliedShare'), kind: 'percent' },
  ];
  return {
    trend: {
      id: 'trend',
      title: t('trend.title'),
      columns: [
        { key: 'week', label: t('col.week'), kind: 'text' },
        { key: 'weekStart', label: t('col.weekStart'), kind: 'text' },
        { key: 'total', label: t('col.total'), kind: 'count' },
        ...decisionColumns(labels),
      ],
      // a week with fewer people than the privacy rule's minimum has no counts to show (docs/privacy.md)
      rows: metrics.byWeek.map((w) => ({ key: w.key, cells: [w.key, w.weekStart, ...(w.withheld ? [t('label.withheld'), ...DECISIONS.map(() => t('label.withheld'))] : [w.count, ...DECISIONS.map((d) => w.decisions[d])])] })),
    },
    teams: {
      id: 'teams',
      title: t('teams.title'),
      columns: withDecisions({ key: 'team', label: t('col.team'), kind: 'text' }),
      rows: bucketRows(metrics.byTeam, (id) => (id === '' ? t('label.noTeam') : labels.team(id))),
    },
    groups: {
      id: 'groups',
      title: t('groups.title'),
      columns: withDecisions({ key: 'productGroup', label: t('col.productGroup'), kind: 'text' }),
      rows: bucketRows(metrics.byProductGroup, (id) => (id === '' ? t('label.noGroup') : labels.productGroup(id))),
    },
    decisions: {
      id: 'decisions',
      title: t('decisions.title'),
      columns: [
        { key: 'decision', label: t('col.decision'), kind: 'text' },
        { key: 'recorded', label: t('col.recorded'), kind: 'count' },
        { key: 'current', label: t('col.current'), kind: 'count' },
      ],
      rows: DECISIONS.map((d) => ({ key: d, cells: [labels.decision(d), metrics.decisions.recorded[d], metrics.decisions.current[d]] })),
    },
    coverage: {
      id: 'coverage',
      title: t('coverage.title'),
      columns: [
        { key: 'phase', label: t('col.phase'), kind: 'text' },
        { key: 'actions', label: t('col.actions'), kind: 'count' },
        { key: 'active', label: t('col.active'), kind: 'count' },
        { key: 'activeDirect', label: t('col.activeDirect'), kind: 'count' },
        { key: 'activeShare', label: t('col.activeShare'), kind: 'percent' },
      ],
      rows: metrics.actionCoverage.phases.map((p) => ({ key: p.phase, cells: [labels.phase(p.phase), p.actions, p.active, p.activeDirect, asPercent(p.activeShare)] })),
    },
    phases: {
      id: 'phases',
      title: t('phases.title'),
      columns: [
        { key: 'phase', label: t('col.phase'), kind: 'text' },
        { key: 'count', label: t('col.acks'), kind: 'count' },
      ],
      rows: metrics.byPhase.map((p) => ({ key: p.phase, cells: [p.phase === 'none' ? t('label.noPhase') : labels.phase(p.phase), p.withheld ? t('label.withheld') : p.count] })),
    },
    actions: {
      id: 'actions',
      title: t('actions.title'),
      columns: withDecisions({ key: 'action', label: t('col.action'), kind: 'text' }),
      rows: bucketRows(metrics.byAction.slice(0, TOP_ITEMS), (id) => labels.action(id)),
    },
    reasons: reasonTable('reasons', metrics.reasons.notApplicable, labels),
    considered: reasonTable('considered', metrics.reasons.considered, labels),
    items: {
      id: 'items',
      title: t('items.title'),
      columns: withDecisions({ key: 'item', label: t('col.item'), kind: 'text' }),
      rows: bucketRows(metrics.byChecklistItem.slice(0, TOP_ITEMS), (id) => labels.item(id)),
    },
  };
}
