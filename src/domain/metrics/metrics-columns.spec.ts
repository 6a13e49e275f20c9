// The columns as the server's copy uses them: rows replaced and removed by list item id, as a
// delta sync reports them, and the action and phase filters the API accepts.
import { countedAck as ack } from '../../../test/support/counted-ack';
import { MetricsColumns } from './metrics-columns';
import { metricsContent } from './metrics-content';

const content = metricsContent({
  checklists: [
    { id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] },
    { id: 'green', productGroup: 'green-space', items: [{ id: 'green-1' }] },
  ] as never,
  actions: [
    { id: 'a1', phase: 'learn', productGroups: ['roads'], ownerTeam: 'openbare-ruimte' },
    { id: 'a2', phase: 'embed', productGroups: ['green-space'], ownerTeam: 'openbare-ruimte' },
  ] as never,
});


const TODAY = '2026-06-30';

describe('MetricsColumns', () => {
  it('replaces a row with the same item id and forgets a removed one', () => {
    const columns = new MetricsColumns(content);
    columns.set(ack('k1'), '1');
    columns.set(ack('k2'), '2');
    columns.set(ack('k1', { decision: 'later' }), '1');
    expect(columns.size).toBe(2);
    expect(columns.aggregate({ today: TODAY }).metrics.decisions.recorded).toMatchObject({ applied: 1, later: 1 });

    expect(columns.remove('2')).toBe(true);
    expect(columns.remove('2')).toBe(false);
    columns.set(ack('k3', { decision: 'considered', reason: 'Te duur' }), '3');
    const { metrics } = columns.aggregate({ today: TODAY });
    expect(metrics.total).toBe(2);
    expect(metrics.decisions.recorded).toMatchObject({ applied: 0, later: 1, considered: 1 });
    expect(metrics.reasons.considered.groups.map((g) => g.label)).toEqual(['Te duur']);
  });

  it('counts only the rows on the chosen actions, or in the chosen phases', () => {
    const columns = new MetricsColumns(content);
    columns.set(ack('k1', { actionId: 'a1' }));
    columns.set(ack('k2', { actionId: 'a2' }));
    // no action: its product group's actions give the phase (roads → a1 → learn)
    columns.set(ack('k3'));
    columns.set(ack('k4', { checklistItemId: 'green-1', checklistId: 'green' }));
    expect(columns.aggregate({ today: TODAY, filters: { actions: ['a2'] } }).metrics.total).toBe(1);
    expect(columns.aggregate({ today: TODAY, filters: { phases: ['learn'] } }).metrics.total).toBe(2);
    expect(columns.aggregate({ today: TODAY, filters: { phases: ['embed'] } }).metrics.byAction.map((b) => b.key)).toEqual(['a2']);
    expect(() => columns.aggregate({ today: TODAY, filters: { phases: ['later' as never] } })).toThrow(RangeError);
  });

  it('counts the different people per team in the filters', () => {
    const columns = new MetricsColumns(content);
    columns.set(ack('k1', { staffAadId: 'p1' }));
    columns.set(ack('k2', { staffAadId: 'p1' }));
    columns.set(ack('k3', { staffAadId: 'p2' }));
    columns.set(ack('k4', { staffAadId: 'p3', team: 'vastgoed' }));
    columns.set(ack('k5', { staffAadId: 'p4', team: 'vastgoed', ackAt: '2025-01-01T09:00:00Z' }));
    expect(columns.aggregate({ today: TODAY, filters: { from: '2026-01-01' } }).contributorsByTeam).toEqual(
      new Map([
        ['inkoop', 2],
        ['vastgoed', 1],
      ]),
    );
  });

  it('gives a team or product group filter the same figures as counting only those rows, after changes too', () => {
    const columns = new MetricsColumns(content);
    const only = new MetricsColumns(content);
    const teams = ['inkoop', 'vastgoed', 'openbare-ruimte'];
    for (let n = 0; n < 60; n++) {
      const row = ack(`k${n}`, {
        team: teams[n % 3],
        staffAadId: `p${n % 7}`,
        contextRef: `doc-${n % 11}`,
        decision: n % 4 === 0 ? 'later' : 'applied',
        ...(n % 5 === 0 ? { checklistItemId: 'green-1', checklistId: 'green' } : {}),
        ackAt: `2026-0${1 + (n % 6)}-1${n % 10}T09:00:00Z`,
      });
      columns.set(row, String(n));
      if (row.team === 'vastgoed' && n !== 4 && n !== 7) only.set(row, String(n));
    }
    // a filtered pass, then changes: the rows of each team are found again
    columns.aggregate({ today: TODAY, filters: { teams: ['vastgoed'] } });
    columns.remove('4');
    columns.set(ack('moved', { team: 'inkoop' }), '7');
    columns.set(ack('unreadable', { team: 'vastgoed', decision: 'maybe' as never }), '100');
    const late = ack('late', { team: 'vastgoed', staffAadId: 'p1' });
    columns.set(late, '101');
    only.set(late, '101');
    const filtered = columns.aggregate({ today: TODAY, filters: { teams: ['vastgoed'] } });
    const counted = only.aggregate({ today: TODAY });
    // vastgoed owns no action, and its rows reached both: the same actions count, narrowed by the team filter
    expect(filtered.metrics.actionCoverage.scopedBy).toEqual(['team']);
    expect({ ...filtered.metrics, skipped: 0, actionCoverage: { ...filtered.metrics.actionCoverage, scopedBy: [] } }).toEqual(counted.metrics);
    // unreadable rows are counted as skipped whatever the filters
    expect(filtered.metrics.skipped).toBe(1);
    expect(columns.aggregate({ today: TODAY, filters: { productGroups: ['green-space'], teams: ['vastgoed'] } }).metrics.total).toBe(
      only.aggregate({ today: TODAY, filters: { productGroups: ['green-space'] } }).metrics.total,
    );
  });
});
