// The privacy rule: a team's own figures only where at least the minimum number of people decided.
import type { Acknowledgement } from '../acknowledgement';
import { MetricsColumns } from './metrics-columns';
import { metricsContent } from './metrics-content';
import { adoptionCells, OTHER_TEAMS, protectedFigures } from './privacy';
import type { MetricsFilters } from './types';

const content = metricsContent({ checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never, actions: [] });

/** `people` different people in `team`, each with `each` rows */
function rows(team: string, people: number, each = 2): Acknowledgement[] {
  return Array.from({ length: people * each }, (_, i) => ({
    ackKey: `${team}-${i}-key`,
    checklistItemId: 'roads-1',
    checklistId: 'roads',
    decision: 'applied' as const,
    contextType: 'procurement' as const,
    contextRef: `${team}-doc-${i}`,
    source: 'tab' as const,
    staffAadId: `${team}-person-${i % people}`,
    team,
    contentVersion: '1',
    appVersion: '1',
    ackAt: '2026-06-01T09:00:00Z',
  }));
}

function figures(filters: MetricsFilters, min = 5) {
  const columns = new MetricsColumns(content);
  for (const ack of [...rows('inkoop', 6), ...rows('vastgoed', 4), ...rows('ict', 1, 3)]) columns.set(ack);
  return protectedFigures((f) => columns.aggregate({ today: '2026-06-30', filters: f }), filters, min);
}

describe('protectedFigures', () => {
  it('shows a team of five or more on its own and folds the smaller ones into Overig', () => {
    const result = figures({});
    expect(result.metrics.byTeam.map((b) => [b.key, b.count])).toEqual([
      ['inkoop', 12],
      [OTHER_TEAMS, 11],
    ]);
    expect(result.metrics.total).toBe(23);
    expect(result.foldedTeams).toBe(2);
    expect(result.withheldTeams).toEqual([]);
  });

  it('shows no figures for a team under five people chosen in the filter', () => {
    const result = figures({ teams: ['vastgoed'] });
    expect(result.metrics.total).toBe(0);
    expect(result.metrics.byTeam).toEqual([]);
    expect(result.metrics.byProductGroup).toEqual([]);
    expect(result.withheldTeams).toEqual(['vastgoed']);
  });

  it('keeps the large teams of a filter and leaves out the small ones', () => {
    const result = figures({ teams: ['inkoop', 'ict'] });
    expect(result.metrics.total).toBe(12);
    expect(result.metrics.byTeam.map((b) => b.key)).toEqual(['inkoop']);
    expect(result.withheldTeams).toEqual(['ict']);
  });

  it('follows the configured minimum', () => {
    expect(figures({ teams: ['vastgoed'] }, 4).metrics.total).toBe(8);
    expect(figures({}, 7).metrics.byTeam.map((b) => b.key)).toEqual([OTHER_TEAMS]);
  });
});

describe('adoptionCells', () => {
  it('counts per week, team, product group and action, with a week of a small team under Overig', () => {
    const columns = new MetricsColumns(content);
    // week 2026-W23 (1 June): six people in inkoop; week 2026-W24: two of them
    for (const ack of rows('inkoop', 6)) columns.set(ack);
    for (const ack of rows('inkoop', 2, 1)) columns.set({ ...ack, ackKey: `${ack.ackKey}-later`, ackAt: '2026-06-08T09:00:00Z', actionId: 'a1' });
    expect(adoptionCells(columns, 5)).toEqual([
      { week: '2026-W23', weekStart: '2026-06-01', team: 'inkoop', productGroup: 'roads', actionId: '', total: 12, decisions: expect.objectContaining({ applied: 12 }) },
      { week: '2026-W24', weekStart: '2026-06-08', team: OTHER_TEAMS, productGroup: 'roads', actionId: 'a1', total: 2, decisions: expect.objectContaining({ applied: 2 }) },
    ]);
  });
});
