import { computeMetrics, metricsContent } from '../../../../domain/metrics';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { tableToCsv } from './csv';
import { figureTables, type FigureLabels } from './figure-tables';

const content = metricsContent({
  checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never,
  actions: [{ id: 'a1', phase: 'learn', productGroups: ['roads'], ownerTeam: 'inkoop' }] as never,
});

const labels: FigureLabels = {
  t: (key) => key,
  decision: (d) => `D:${d}`,
  team: (id) => `T:${id}`,
  productGroup: (id) => `G:${id}`,
  phase: (id) => `P:${id}`,
  item: (id) => `I:${id}`,
  action: (id) => `A:${id}`,
};

const ack = (key: string, fields: Partial<Acknowledgement>): Acknowledgement => ({
  ackKey: key,
  checklistItemId: 'roads-1',
  checklistId: 'roads',
  decision: 'applied',
  contextType: 'procurement',
  contextRef: key,
  source: 'tab',
  staffAadId: 's',
  contentVersion: '1',
  appVersion: '1',
  ackAt: '2026-06-01T10:00:00Z',
  ...fields,
});

describe('figureTables', () => {
  const metrics = computeMetrics(
    [
      ack('a', { team: 'inkoop' }),
      ack('b', { team: 'inkoop', decision: 'not-applicable', reason: 'Geen budget' }),
      ack('c', { decision: 'considered', reason: '=1+1' }),
    ],
    content,
    { today: '2026-06-30' },
  );
  const tables = figureTables(metrics, labels);

  it('makes the team table from the counts, with the applied share as a percentage', () => {
    expect(tables.teams.columns.map((c) => c.key)).toEqual(['team', 'total', 'applied', 'considered', 'not-applicable', 'later', 'attached', 'appliedShare']);
    expect(tables.teams.rows).toEqual([
      { key: 'inkoop', cells: ['T:inkoop', 2, 1, 0, 1, 0, 0, 50] },
      { key: '', cells: ['label.noTeam', 1, 0, 1, 0, 0, 0, 0] },
    ]);
  });

  it('lists every decision, recorded and current', () => {
    expect(tables.decisions.rows.map((r) => r.cells)).toEqual([
      ['D:applied', 1, 1],
      ['D:considered', 1, 1],
      ['D:not-applicable', 1, 1],
      ['D:later', 0, 0],
      ['D:attached', 0, 0],
    ]);
  });

  it('counts by phase, with the decisions that reach no action apart', () => {
    // the roads item reaches a1 (learn); the meeting-free set has no phase-less row
    expect(tables.phases.rows).toEqual([
      { key: 'learn', cells: ['P:learn', 3] },
      { key: 'scale', cells: ['P:scale', 0] },
      { key: 'embed', cells: ['P:embed', 0] },
      { key: 'none', cells: ['label.noPhase', 0] },
    ]);
    expect(tables.actions.rows).toEqual([]);
  });

  it('gives the CSV the same rows as the table, formula-safe', () => {
    const csv = tableToCsv(tables.considered, 'en');
    expect(csv).toBe("\uFEFFcol.reason,col.count,col.variants\r\n'=1+1,1,1\r\n");
  });

  it('leaves a rate without a denominator empty', () => {
    const empty = figureTables(computeMetrics([], content, { today: '2026-06-30' }), labels);
    expect(empty.coverage.rows).toEqual([{ key: 'learn', cells: ['P:learn', 1, 0, 0, 0] }, { key: 'scale', cells: ['P:scale', 0, 0, 0, Number.NaN] }, { key: 'embed', cells: ['P:embed', 0, 0, 0, Number.NaN] }]);
    expect(tableToCsv(empty.coverage, 'en').split('\r\n')[2]).toBe('P:scale,0,0,0,');
  });
});
