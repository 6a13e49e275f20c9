import { bundledPack } from '../../../test/support/bundled-pack';
import type { Acknowledgement } from '../acknowledgement';
import { MetricsColumns, metricsContent, protectedFigures, type MetricsFilters } from '../metrics';
import { buildReport } from './build-report';
import type { ReportBlock, ReportModel } from './report-model';

const pack = bundledPack();

/** `people` people of `team` applying a roads criterion, and one giving a reason for not applying another */
function rows(team: string, people: number): Acknowledgement[] {
  return Array.from({ length: people }, (_, i) => [
    {
      ackKey: `${team}-a-${i}`,
      checklistItemId: 'roads-mki-ceiling-design',
      checklistId: 'roads',
      decision: 'applied' as const,
      contextType: 'procurement' as const,
      contextRef: `${team}-doc-${i}`,
      source: 'tab' as const,
      staffAadId: `${team}-person-${i}`,
      team,
      contentVersion: '1',
      appVersion: '1',
      ackAt: '2026-03-02T09:00:00Z',
    },
    {
      ackKey: `${team}-n-${i}`,
      checklistItemId: 'roads-limit-paved-area',
      checklistId: 'roads',
      decision: 'not-applicable' as const,
      reason: i % 2 ? 'Geen budget' : 'geen budget.',
      contextType: 'procurement' as const,
      contextRef: `${team}-doc-${i}`,
      source: 'tab' as const,
      staffAadId: `${team}-person-${i}`,
      team,
      contentVersion: '1',
      appVersion: '1',
      ackAt: '2026-03-02T09:05:00Z',
    },
  ]).flat();
}

function report(language: 'nl' | 'en' = 'nl', filters: MetricsFilters & { from: string; to: string } = { from: '2026-01-01', to: '2026-06-30' }): ReportModel {
  const columns = new MetricsColumns(metricsContent(pack));
  for (const ack of [...rows('inkoop', 6), ...rows('vastgoed', 3), ...rows('ict', 2)]) columns.set(ack);
  const figures = protectedFigures(columns, { today: '2026-06-30', filters }, 5);
  return buildReport({
    pack,
    language,
    period: { from: filters.from, to: filters.to },
    madeOn: '2026-07-01',
    figures: { ...figures, minContributors: 5 },
    indicators: [
      {
        key: 'm1',
        actionId: 'public-space-residual-waste-135-kg',
        kind: 'measurement',
        measurement: { value: 1234.5, date: '2026-03-31' },
        recordedBy: 'noor',
        recordedAt: '2026-04-01T09:00:00Z',
      },
      {
        key: 'd1',
        actionId: 'public-space-residual-waste-135-kg',
        kind: 'definition',
        definition: { target: { value: 135, year: 2030 } },
        recordedBy: 'noor',
        recordedAt: '2026-04-01T08:00:00Z',
      },
      // measured after the period: not in this report
      { key: 'm2', actionId: 'public-space-separation-rate-recycling-centre', kind: 'measurement', measurement: { value: 80, date: '2026-09-30' }, recordedBy: 'noor', recordedAt: '2026-10-01T09:00:00Z' },
    ],
  });
}

const table = (model: ReportModel, caption: string) => model.blocks.find((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table' && b.caption === caption);
const text = (model: ReportModel) => model.blocks.map((b) => (b.kind === 'table' ? [b.columns, ...b.rows].flat().join(' | ') : b.text)).join('\n');

describe('buildReport', () => {
  it('has the sections the college and council read, in Dutch with Dutch numbers and dates', () => {
    const model = report();
    expect(model.title).toBe('Voortgang circulair actieprogramma');
    expect(model.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      'Samenvatting',
      'Voortgang per fase',
      'Voortgang per thema',
      'Indicatoren en doelen',
      'Gebruik per team',
      'Waarom criteria niet worden toegepast',
      'Voorbeelden van toegepaste keuzes',
    ]);
    expect(text(model)).toContain('1 januari 2026 tot en met 30 juni 2026');
  });

  it('shows an indicator against its public baseline and its target, the number written the Dutch way', () => {
    const row = table(report(), 'Indicatoren en doelen')!.rows.find((r) => r[0] === 'Restafval omlaag naar 135 kilo per inwoner')!;
    expect(row[2]).toBe('165 kg restafval per inwoner per jaar (2019)');
    expect(row[3]).toBe('1.234,5 kg restafval per inwoner per jaar (31 maart 2026)');
    expect(row[4]).toBe('135 kg restafval per inwoner per jaar in 2030');
    const separation = table(report(), 'Indicatoren en doelen')!.rows.find((r) => r[0]?.startsWith('Hoger scheidingspercentage'))!;
    expect(separation[3]).toBe('nog niet vastgesteld');
    expect(separation[4]).toBe('nog niet vastgesteld');
  });

  it('keeps small teams out of sight under Overig and names no person', () => {
    const model = report();
    const teams = table(model, 'Gebruik per team')!.rows.map((r) => r[0]);
    expect(teams).toEqual(['Inkoop', 'Overig']);
    expect(text(model)).not.toMatch(/person-/);
    expect(text(model)).toContain('2 teams met minder dan 5 mensen zijn samengeteld onder "Overig".');
  });

  it('groups the reasons for not applying a criterion and lists the criteria applied most', () => {
    const model = report();
    expect(table(model, 'Waarom criteria niet worden toegepast')!.rows).toEqual([['geen budget.', '11', '2']]); // the most given wording (6 of 11) labels the group
    const examples = table(model, 'Voorbeelden van toegepaste keuzes')!.rows;
    expect(examples[0]?.[2]).toBe('11');
    expect(examples[0]?.[1]).toBe('Wegen en verhardingen');
  });

  it('counts the active programme actions out of the actions its figures counted, in the window it names', () => {
    const summary = (model: ReportModel) => model.blocks.find((b) => b.kind === 'paragraph' && /programma-acties/.test(b.text)) as { text: string };
    // March only: every roads choice is in the 90 days up to 31 March, which reach back before the period
    const march = report('nl', { from: '2026-03-01', to: '2026-03-31' });
    const roads = pack.actions.filter((a) => a.productGroups.includes('roads')).length;
    expect(summary(march).text).toContain(`${roads} van de ${pack.actions.length} programma-acties waren actief van 1 januari 2026 tot en met 31 maart 2026.`);
    // figures counted for one product group: its actions, not the programme's, below the line
    expect(roads).toBeLessThan(pack.actions.length);
    expect(summary(report('nl', { from: '2026-03-01', to: '2026-03-31', productGroups: ['roads'] })).text).toContain(`${roads} van de ${roads} programma-acties`);
  });

  it('is written in English when asked', () => {
    const model = report('en');
    expect(model.title).toBe('Progress of the circular action programme');
    expect(text(model)).toContain('1 January 2026 to 30 June 2026');
    expect(table(model, 'Use by team')!.rows.map((r) => r[0])).toEqual(['Procurement', 'Other']);
    // the decisions as the tab, the cards and the dashboard name them
    expect(table(model, 'Use by team')!.columns).toEqual(['Team', 'Choices', 'Applied', 'Considered, not applied', 'Not applicable', 'Look at later']);
  });
});
