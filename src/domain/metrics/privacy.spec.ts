// The privacy rule: a team's own figures only where at least the minimum number of people decided.
import type { Acknowledgement } from '../acknowledgement';
import { countedAck } from '../../../test/support/counted-ack';
import { MetricsColumns } from './metrics-columns';
import { metricsContent } from './metrics-content';
import { adoptionCells, OTHER_KEY, OTHER_TEAMS, protectedFigures } from './privacy';
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
  const cell = (week: string, weekStart: string, team: string, productGroup: string, actionId: string, total: number) => ({ week, weekStart, team, productGroup, actionId, total, decisions: expect.objectContaining({ applied: total }) });

  it('counts per week, team, product group and action; a week fewer than the minimum chose in has no rows', () => {
    const columns = new MetricsColumns(content);
    // week 2026-W23 (1 June): six people in inkoop; week 2026-W24: two of them
    for (const ack of rows('inkoop', 6)) columns.set(ack);
    for (const ack of rows('inkoop', 2, 1)) columns.set({ ...ack, ackKey: `${ack.ackKey}-later`, ackAt: '2026-06-08T09:00:00Z', actionId: 'a1' });
    expect(adoptionCells(columns, 5)).toEqual([cell('2026-W23', '2026-06-01', 'inkoop', 'roads', '', 12)]);
  });

  it('folds every column of a cell under the minimum: action, then product group, then team, then the smallest row of the week', () => {
    const columns = new MetricsColumns(content);
    // inkoop: five people on roads, without an action; one of them, and one more, on action a1 (two people)
    for (const ack of rows('inkoop', 5)) columns.set(ack);
    columns.set({ ...rows('inkoop', 1, 1)[0]!, ackKey: 'a1-1', staffAadId: 'inkoop-person-0', actionId: 'a1' });
    columns.set({ ...rows('inkoop', 1, 1)[0]!, ackKey: 'a1-2', staffAadId: 'inkoop-person-9', actionId: 'a1' });
    // ict: one person
    for (const ack of rows('ict', 1, 1)) columns.set(ack);
    const cells = adoptionCells(columns, 5);
    // a1's two people and ict's one person are no row of their own: with the large row they make one Overig row
    expect(cells).toEqual([cell('2026-W23', '2026-06-01', OTHER_TEAMS, OTHER_TEAMS, OTHER_TEAMS, 13)]);
    // with a second large row the small ones go in with the smaller of the two
    for (let i = 0; i < 6; i++) columns.set({ ...rows('vastgoed', 1, 1)[0]!, ackKey: `v-${i}`, staffAadId: `vastgoed-${i}`, team: 'vastgoed' });
    expect(adoptionCells(columns, 5)).toEqual([cell('2026-W23', '2026-06-01', 'inkoop', 'roads', '', 10), cell('2026-W23', '2026-06-01', OTHER_TEAMS, OTHER_TEAMS, OTHER_TEAMS, 9)]);
  });
});

describe('protectedFigures over the selection as a whole and every breakdown', () => {
  const withActions = metricsContent({
    checklists: [
      { id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }, { id: 'roads-2' }] },
      { id: 'catering', productGroup: 'catering', items: [{ id: 'catering-1' }] },
    ] as never,
    actions: [
      { id: 'roads-action', phase: 'learn', productGroups: ['roads'], ownerTeam: 'inkoop' },
      { id: 'catering-action', phase: 'scale', productGroups: ['catering'], ownerTeam: 'inkoop' },
    ] as never,
  });
  /** six people on roads-1 in week 23 (roads-action), with the same reason for another item; Sanne alone on 2 November, her reason naming someone */
  const columns = () => {
    const c = new MetricsColumns(withActions);
    for (let n = 0; n < 6; n++) {
      c.set(countedAck(n, { actionId: 'roads-action' }));
      c.set(countedAck(100 + n, { staffAadId: `person-${n}`, checklistItemId: 'roads-2', decision: 'not-applicable', reason: 'Geen budget', ackAt: '2026-06-02T09:00:00Z' }));
    }
    // two people on catering in week 24; one of them gives a reason of their own
    c.set(countedAck(200, { staffAadId: 'person-0', checklistId: 'catering', checklistItemId: 'catering-1', ackAt: '2026-06-08T09:00:00Z' }));
    c.set(countedAck(201, { staffAadId: 'person-1', checklistId: 'catering', checklistItemId: 'catering-1', decision: 'not-applicable', reason: 'Piet wil niet', ackAt: '2026-06-09T09:00:00Z' }));
    c.set(countedAck(300, { staffAadId: 'sanne', decision: 'not-applicable', reason: 'Jan van Dijk is ertegen', ackAt: '2026-11-02T10:00:00Z' }));
    return c;
  };
  const protect = (filters: MetricsFilters, min = 5) => protectedFigures(columns(), { today: '2026-11-30', filters }, min);

  it("shows nothing of a selection one person made: the audit's one day, with or without a team filter", () => {
    for (const filters of [{ from: '2026-11-02', to: '2026-11-02' }, { from: '2026-11-02', to: '2026-11-02', teams: ['inkoop'] }]) {
      const result = protect(filters);
      expect(result.tooFewPeople).toBe(true);
      expect(result.metrics.total).toBe(0);
      expect(result.metrics.byTeam).toEqual([]);
      expect(result.metrics.byChecklistItem).toEqual([]);
      expect(result.metrics.decisions.recorded['not-applicable']).toBe(0);
      expect(result.metrics.reasons.notApplicable).toMatchObject({ groups: [], total: 0 });
      expect(result.foldedTeams).toBe(0);
      expect(JSON.stringify(result)).not.toMatch(/Jan van Dijk/);
    }
    // a team named in a filter is withheld whether or not anyone of it chose: it says nothing of who did
    expect(protect({ from: '2026-11-02', to: '2026-11-02', teams: ['inkoop'] }).withheldTeams).toEqual(['inkoop']);
    expect(protect({ from: '2026-11-02', to: '2026-11-02', teams: ['ict'] }).withheldTeams).toEqual(['ict']);
  });

  it('shows a selection of at least the minimum of people, with every row under it folded or withheld', () => {
    const result = protect({ from: '2026-06-01', to: '2026-06-30' });
    expect(result.tooFewPeople).toBe(false);
    expect(result.metrics.total).toBe(14);
    // catering's two people: no product group, item or action of their own, and with roads as the smallest row shown
    expect(result.metrics.byProductGroup.map((b) => [b.key, b.count])).toEqual([[OTHER_KEY, 14]]);
    // catering-1's two people, and with them the smallest item shown (roads-2, six, after roads-1 by key)
    expect(result.metrics.byChecklistItem.map((b) => [b.key, b.count])).toEqual([
      ['roads-1', 6],
      [OTHER_KEY, 8],
    ]);
    expect(result.metrics.byAction.map((b) => [b.key, b.count])).toEqual([['roads-action', 6]]);
    // week 24: two people, withheld, and with it the smallest week shown
    expect(result.metrics.byWeek.map((w) => [w.key, w.count, w.withheld ?? false])).toEqual([
      ['2026-W23', 0, true],
      ['2026-W24', 0, true],
      ['2026-W25', 0, false],
      ['2026-W26', 0, false],
      ['2026-W27', 0, false],
    ]);
    // the phase catering's choices reach (scale) has two people
    expect(result.metrics.byPhase.find((p) => p.phase === 'scale')).toMatchObject({ count: 0, withheld: true });
    expect(result.otherFolded).toBe(true);
    // six people gave 'Geen budget'; one person 'Piet wil niet': not listed, only counted
    expect(result.metrics.reasons.notApplicable.groups.map((g) => [g.label, g.count])).toEqual([['Geen budget', 6]]);
    expect(result.metrics.reasons.notApplicable.otherCount).toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/Piet/);
    // an action is active only with the minimum of people: roads-action's six, not catering-action's two
    expect(result.metrics.actionCoverage.activeActionIds).toEqual(['roads-action']);
  });

  it('shows each row of the minimum as before when every row reaches it', () => {
    const result = protect({ from: '2026-06-01', to: '2026-06-07' });
    expect(result.metrics.byChecklistItem.map((b) => [b.key, b.count])).toEqual([
      ['roads-1', 6],
      ['roads-2', 6],
    ]);
    expect(result.metrics.byWeek.map((w) => [w.key, w.count])).toEqual([['2026-W23', 12]]);
    expect(result.otherFolded).toBe(false);
    // with a minimum of 2, catering's two people show on their own
    expect(protect({ from: '2026-06-01', to: '2026-06-30' }, 2).metrics.byProductGroup.map((b) => b.key)).toEqual(['roads', 'catering']);
  });
});

describe('protectedFigures and the rows a breakdown does not count', () => {
  const withAction = metricsContent({
    checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never,
    actions: [{ id: 'reuse-paving', phase: 'learn', productGroups: ['roads'], ownerTeam: 'inkoop' }] as never,
  });
  // six people on a checklist item, one person on an action alone: the item rows are the total but one
  // a choice on an action has no checklist item (an empty one, as the writer records it)
  const onAction = (person: string): Acknowledgement => ({
    ...rows('inkoop', 1)[0]!,
    ackKey: `${person}-action`,
    checklistItemId: '',
    checklistId: '',
    actionId: 'reuse-paving',
    decision: 'not-applicable',
    reason: 'Piet wil niet',
    staffAadId: person,
  });

  it("never lets the total minus a breakdown's rows give away fewer people than the minimum (the re-audit's case)", () => {
    const columns = new MetricsColumns(withAction);
    for (const ack of [...rows('inkoop', 6, 1), onAction('p7')]) columns.set(ack);
    const result = protectedFigures(columns, { today: '2026-06-30', filters: {} }, 5);
    expect(result.metrics.total).toBe(7);
    // 7 − 6 would be p7's row alone: the item breakdown shows none of its rows, and no Overig row either
    expect(result.metrics.byChecklistItem).toEqual([]);
    expect(result.otherFolded).toBe(true);
    // the action's one person is not shown either
    expect(result.metrics.byAction).toEqual([]);
  });

  it('shows the breakdown as before when the rows outside it are the minimum of people or more', () => {
    const columns = new MetricsColumns(withAction);
    for (const ack of [...rows('inkoop', 6, 1), ...['p7', 'p8', 'p9', 'p10', 'p11'].map(onAction)]) columns.set(ack);
    const result = protectedFigures(columns, { today: '2026-06-30', filters: {} }, 5);
    expect(result.metrics.byChecklistItem.map((b) => [b.key, b.count])).toEqual([['roads-1', 6]]);
    expect(result.metrics.byAction.map((b) => [b.key, b.count])).toEqual([['reuse-paving', 5]]);
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
