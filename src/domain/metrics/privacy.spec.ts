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
  return protectedFigures(columns, { today: '2026-06-30', filters }, min);
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

describe('protectedFigures and the actions a team filter counts', () => {
  const withActions = metricsContent({
    checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never,
    actions: [
      { id: 'roads-action', phase: 'learn', productGroups: ['roads'], ownerTeam: 'inkoop' },
      { id: 'own-action', phase: 'scale', productGroups: ['catering'], ownerTeam: 'vastgoed' },
      { id: 'other-action', phase: 'embed', productGroups: ['catering'], ownerTeam: 'ict' },
    ] as never,
  });
  const coverage = (filters: MetricsFilters) => {
    const columns = new MetricsColumns(withActions);
    for (const ack of [...rows('inkoop', 6), ...rows('vastgoed', 4)]) columns.set(ack);
    const result = protectedFigures(columns, { today: '2026-06-30', filters }, 5);
    return { ...result.metrics.actionCoverage, withheld: result.withheldTeams };
  };
  const perPhase = (c: ReturnType<typeof coverage>) => c.phases.map((p) => [p.phase, p.actions, p.active]);

  it("counts a large team's own actions and those its choices reached", () => {
    // inkoop owns roads-action and its roads choices reached it
    expect(perPhase(coverage({ teams: ['inkoop'] }))).toEqual([
      ['learn', 1, 1],
      ['scale', 0, 0],
      ['embed', 0, 0],
    ]);
  });

  it('counts no action for a team under five people: neither those it owns nor those it reached', () => {
    // vastgoed owns own-action and its roads choices reached roads-action; four people are too few to show either
    const small = coverage({ teams: ['vastgoed'] });
    expect(small.withheld).toEqual(['vastgoed']);
    expect(perPhase(small)).toEqual([
      ['learn', 0, 0],
      ['scale', 0, 0],
      ['embed', 0, 0],
    ]);
    expect(small.activeActionIds).toEqual([]);
    expect(small.phases.every((p) => p.activeShare === null)).toBe(true);
  });

  it('counts only the large team of a filter that names a small one too', () => {
    const mixed = coverage({ teams: ['inkoop', 'vastgoed'] });
    expect(mixed.withheld).toEqual(['vastgoed']);
    // own-action (vastgoed's) is not in scope: the figures are inkoop's alone
    expect(perPhase(mixed)).toEqual([
      ['learn', 1, 1],
      ['scale', 0, 0],
      ['embed', 0, 0],
    ]);
  });
});
