import { computeMetrics, metricsContent } from '../../../../domain/metrics';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { chartSpecs, dateTicks, MAX_BARS, niceTicks, partialWeeks } from './chart-specs';
import type { FigureLabels } from './figure-tables';

const labels: FigureLabels = {
  t: (key) => key,
  decision: (d) => `D:${d}`,
  team: (id) => `T:${id}`,
  productGroup: (id) => `G:${id}`,
  phase: (id) => `P:${id}`,
  item: (id) => `I:${id}`,
  action: (id) => `A:${id}`,
};

const content = metricsContent({
  checklists: [{ id: 'roads', productGroup: 'roads', items: [{ id: 'roads-1' }] }] as never,
  actions: [{ id: 'a1', phase: 'learn', productGroups: ['roads'], ownerTeam: 'inkoop' }] as never,
});

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

describe('partialWeeks', () => {
  // 2026-11-23 and 2026-11-30 are Mondays
  it('marks the week that is not over yet, and a week the period cuts at either end', () => {
    expect([...partialWeeks(['2026-11-23', '2026-11-30'], { today: '2026-12-03' })]).toEqual(['2026-11-30']);
    expect([...partialWeeks(['2026-11-23', '2026-11-30'], { today: '2026-12-06' })]).toEqual([]);
    expect([...partialWeeks(['2026-11-23', '2026-11-30'], { from: '2026-11-25', to: '2026-12-06', today: '2026-12-20' })]).toEqual(['2026-11-23']);
    expect([...partialWeeks(['2026-11-23', '2026-11-30'], { to: '2026-12-01', today: '2026-12-20' })]).toEqual(['2026-11-30']);
  });
});

describe('chartSpecs', () => {
  it('draws the current, partial week as a dashed stretch from the last complete week, not as part of the line', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => ack(`w1-${i}`, { ackAt: '2026-11-24T10:00:00Z' })),
      ack('w2', { ackAt: '2026-12-01T10:00:00Z', decision: 'later' }),
    ];
    const metrics = computeMetrics(rows, content, { today: '2026-12-03', filters: { from: '2026-11-23', to: '2026-12-03' } });
    const { trend } = chartSpecs(metrics, labels, { from: '2026-11-23', to: '2026-12-03', today: '2026-12-03' });
    if (trend.kind !== 'line') throw new Error('the trend is a line');
    expect(trend.partialWeeks).toEqual(['2026-11-30']);
    const [all, applied] = trend.series;
    expect(all!.points.map((p) => [p.x.toISOString().slice(0, 10), p.y])).toEqual([['2026-11-23', 6]]);
    expect(all!.partial.map((stretch) => stretch.map((p) => [p.x.toISOString().slice(0, 10), p.y]))).toEqual([
      [
        ['2026-11-23', 6],
        ['2026-11-30', 1],
      ],
    ]);
    expect(applied!.partial.map((stretch) => stretch.map((p) => p.y))).toEqual([[6, 0]]);
  });

  it('gives a period cut at both ends two dashed stretches, never one across the chart', () => {
    const rows = ['2026-11-18', '2026-11-24', '2026-12-01', '2026-12-08'].map((day, i) => ack(`d${i}`, { ackAt: `${day}T10:00:00Z` }));
    const metrics = computeMetrics(rows, content, { today: '2026-12-20', filters: { from: '2026-11-18', to: '2026-12-09' } });
    const { trend } = chartSpecs(metrics, labels, { from: '2026-11-18', to: '2026-12-09', today: '2026-12-20' });
    if (trend.kind !== 'line') throw new Error('the trend is a line');
    expect(trend.partialWeeks).toEqual(['2026-11-16', '2026-12-07']);
    expect(trend.series[0]!.partial.map((stretch) => stretch.map((p) => p.x.toISOString().slice(0, 10)))).toEqual([
      ['2026-11-16', '2026-11-23'],
      ['2026-11-30', '2026-12-07'],
    ]);
  });

  it('shows every product group, and says how many teams it leaves to the table', () => {
    const teams = Array.from({ length: MAX_BARS + 3 }, (_, i) => `team-${i}`);
    const metrics = computeMetrics(
      teams.map((team, i) => ack(`t${i}`, { team })),
      content,
      { today: '2026-06-30' },
    );
    const specs = chartSpecs(metrics, labels, { today: '2026-06-30' });
    if (specs.teams.kind !== 'stacked' || specs.groups.kind !== 'bars') throw new Error('kinds');
    expect(specs.teams.bars).toHaveLength(MAX_BARS);
    expect(specs.teams.shown).toEqual({ shown: MAX_BARS, of: MAX_BARS + 3 });
    expect(specs.groups.shown.shown).toBe(specs.groups.shown.of);
  });

  it('gives every choice one colour, the same in the legend and in the parts', () => {
    const metrics = computeMetrics([ack('a', {})], content, { today: '2026-06-30' });
    const { teams, decisions } = chartSpecs(metrics, labels, { today: '2026-06-30' });
    if (teams.kind !== 'stacked' || decisions.kind !== 'donut') throw new Error('kinds');
    expect(teams.legend).toEqual(decisions.legend);
    expect(teams.bars[0]!.parts.map((p) => [p.legend, p.colour])).toEqual(teams.legend.map((l) => [l.legend, l.colour]));
  });
});

describe('axis ticks', () => {
  it('steps in round numbers from zero past the largest value', () => {
    expect(niceTicks(1380)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(10_000)).toEqual([0, 5000, 10_000]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('spreads at most five dates over the weeks, first and last included', () => {
    const points = Array.from({ length: 53 }, (_, i) => ({ x: new Date(Date.UTC(2025, 11, 1) + i * 7 * 86_400_000), y: i }));
    const ticks = dateTicks(points);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe(points[0]!.x);
    expect(ticks[4]).toBe(points[52]!.x);
  });
});
