/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { MetricsColumns, metricsContent, protectedFigures } from '../../../../domain/metrics';
import type { MetricsAnswer } from '../../../../server/api/metrics';
import { indicatorStates, progressByPhase, progressByTheme, type DefinitionInput, type IndicatorRecord, type MeasurementInput } from '../../../../domain/indicators';
import type { ReportModel } from '../../../../domain/report';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import { fakeServices, realPack } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import type { IndicatorsApi } from '../hooks/indicators-api';
import { IndicatorsPage } from './indicators-page';
import { ReportPage } from './report-page';

const pack = realPack();
const WASTE = 'public-space-residual-waste-135-kg';

/**
 * an API over records in memory, as the server would answer; `coordinator: false` answers writes with
 * 403, and the adoption figures as the server gives them to a member of staff: their own team's
 */
function memoryApi(coordinator = true, adoption: () => Promise<MetricsAnswer> = async () => adoptionAnswer(coordinator ? { kind: 'all' } : { kind: 'team', team: 'afval-en-grondstoffen' })): IndicatorsApi & { records: IndicatorRecord[] } {
  const records: IndicatorRecord[] = [];
  let n = 0;
  const write = async (actionId: string, record: { kind: 'measurement'; measurement: MeasurementInput } | { kind: 'definition'; definition: DefinitionInput }) => {
    if (!coordinator) throw new ApiRequestError(403, 'forbidden', 'Only programme coordinators record indicators.');
    const full = { ...record, key: `k${++n}`, actionId, recordedBy: 'noor', recordedAt: `2026-12-01T10:00:0${n}Z` } as IndicatorRecord;
    records.push(full);
    return full;
  };
  return {
    records,
    indicators: async (lang) => {
      const states = indicatorStates(pack.actions, records, lang);
      return { actions: states, byPhase: progressByPhase(states), byTheme: progressByTheme(states) };
    },
    addMeasurement: (actionId, measurement) => write(actionId, { kind: 'measurement', measurement }),
    setDefinition: (actionId, definition) => write(actionId, { kind: 'definition', definition }),
    reportModel: async (from, to) => ({
      language: 'nl',
      title: 'Voortgang circulair actieprogramma',
      subtitle: 'Rapportage voor college en gemeenteraad, Gemeente Soest',
      period: { from, to },
      blocks: [
        { kind: 'heading', level: 2, text: 'Indicatoren en doelen' },
        { kind: 'table', caption: 'Indicatoren en doelen', columns: ['Actie', 'Doel'], numeric: [false, false], rows: [['Restafval omlaag', '135 kg in 2030']] },
      ],
    }) satisfies ReportModel,
    reportDocx: async () => new Blob(['docx']),
    adoption,
  };
}

/** seven choices on the residual-waste action (phase "opschalen") today, as /api/metrics would count them */
function adoptionAnswer(scope: MetricsAnswer['scope'] = { kind: 'all' }): MetricsAnswer {
  const today = new Date().toISOString().slice(0, 10);
  const columns = new MetricsColumns(metricsContent(pack));
  for (let i = 0; i < 7; i++) {
    const ack: Acknowledgement = {
      ackKey: `a-${i}`,
      // a choice on the action itself, not on a checklist item
      checklistItemId: '',
      checklistId: '',
      actionId: WASTE,
      decision: 'applied',
      contextType: 'project',
      contextRef: `p-${i}`,
      source: 'tab',
      team: 'afval-en-grondstoffen',
      staffAadId: `person-${i}`,
      contentVersion: '1',
      appVersion: '1',
      ackAt: `${today}T09:00:00Z`,
    };
    columns.set(ack);
  }
  const figures = protectedFigures(columns, { today, filters: {} }, 5);
  return { scope, filters: {}, today, metrics: figures.metrics, privacy: { minContributors: 5, tooFewPeople: figures.tooFewPeople, withheldTeams: [], foldedTeams: 0, otherFolded: false }, source: { rows: 7 } };
}

type Settle = { promise: Promise<MetricsAnswer>; resolve(answer: MetricsAnswer): void; reject(error: Error): void };
/** an answer the test gives when it wants */
function deferred(): Settle {
  let settle!: Pick<Settle, 'resolve' | 'reject'>;
  const promise = new Promise<MetricsAnswer>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const wasteRow = () => within(screen.getByTestId('indicators-per-action')).getByRole('rowheader', { name: 'Restafval omlaag naar 135 kilo per inwoner' }).closest('tr')!;

describe('IndicatorsPage', () => {
  it("shows each action's public baseline and target with its year, then a measurement typed the Dutch way", async () => {
    const api = memoryApi();
    renderWithServices(<IndicatorsPage {...pageProps()} api={api} />, fakeServices());
    await waitFor(() => expect(screen.getByTestId('indicators-per-action')).toBeInTheDocument());
    expect(within(wasteRow()).getByText('165 kg restafval per inwoner per jaar (2019)')).toBeInTheDocument();
    expect(within(wasteRow()).getByText('135 kg restafval per inwoner per jaar in 2023')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invoeren voor Restafval omlaag naar 135 kilo per inwoner' }));
    const form = screen.getByRole('form', { name: 'Meting toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /Gemeten waarde/ }), '1.234,5');
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));
    await waitFor(() => expect(api.records).toHaveLength(1));
    expect(api.records[0]).toMatchObject({ actionId: WASTE, kind: 'measurement', measurement: { value: 1234.5 } });
    await waitFor(() => expect(within(wasteRow()).getByText(/^1\.234,5 kg restafval per inwoner per jaar/)).toBeInTheDocument());
  });

  it("shows the phases' progress beside their adoption figures", async () => {
    renderWithServices(<IndicatorsPage {...pageProps()} api={memoryApi()} />, fakeServices());
    const table = await screen.findByTestId('indicators-by-phase');
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: 'Vastgelegde keuzes' })).toBeInTheDocument());
    const scale = within(table).getByRole('rowheader', { name: 'Opschalen' }).closest('tr')!;
    const cells = within(scale).getAllByRole('cell').map((c) => c.textContent);
    // the last two columns: actions active in the last 90 days, and the choices counted in the phase
    expect(cells.at(-2)).toBe('1');
    expect(cells.at(-1)).toBe('7');
  });

  it('sends nothing for a value that is no number, and says why', async () => {
    const api = memoryApi();
    renderWithServices(<IndicatorsPage {...pageProps()} api={api} />, fakeServices());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invoeren voor Restafval omlaag naar 135 kilo per inwoner' }));
    const form = screen.getByRole('form', { name: 'Meting toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /Gemeten waarde/ }), '1.5');
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));
    // the field says so while typing, and the form again when it is sent
    expect(within(form).getAllByRole('alert').map((a) => a.textContent)).toContain('Vul een getal in, bijvoorbeeld 1.234,5.');
    expect(api.records).toHaveLength(0);
  });

  it('sets a later target year and keeps the public baseline', async () => {
    const api = memoryApi();
    renderWithServices(<IndicatorsPage {...pageProps()} api={api} />, fakeServices());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invoeren voor Restafval omlaag naar 135 kilo per inwoner' }));
    const form = screen.getByRole('form', { name: 'Eenheid, nulmeting en doel' });
    await user.clear(within(form).getByRole('textbox', { name: 'Doel: jaar' }));
    await user.type(within(form).getByRole('textbox', { name: 'Doel: jaar' }), '2030');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.records).toHaveLength(1));
    expect(api.records[0]).toMatchObject({ kind: 'definition', definition: { target: { value: 135, year: 2030 } } });
    expect(api.records[0]).not.toHaveProperty('definition.baseline');
    await waitFor(() => expect(within(wasteRow()).getByText('135 kg restafval per inwoner per jaar in 2030')).toBeInTheDocument());
  });

  it('takes the keyboard to the editor above the table, and back to the button that opened it', async () => {
    renderWithServices(<IndicatorsPage {...pageProps()} api={memoryApi()} />, fakeServices());
    const user = userEvent.setup();
    // the last action's button, furthest below the editor
    const buttons = within(await screen.findByTestId('indicators-per-action')).getAllByRole('button', { name: /^Invoeren voor / });
    const last = buttons.at(-1)!;
    expect(buttons.length).toBeGreaterThan(10);
    await user.click(last);
    expect(screen.getByRole('heading', { level: 2, name: last.getAttribute('aria-label')!.replace('Invoeren voor ', 'Invoeren: ') })).toHaveFocus();
    await user.click(within(screen.getByTestId('indicator-editor')).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByTestId('indicator-editor')).not.toBeInTheDocument();
    expect(last).toHaveFocus();
  });

  it('shows a member of staff no buttons to enter indicators, as the server tells the page who is a coordinator', async () => {
    // the figures of their own team, or none (no team known): both only ever go to a member of staff
    const answers = [
      (settle: Settle) => settle.resolve(adoptionAnswer({ kind: 'team', team: 'afval-en-grondstoffen' })),
      (settle: Settle) => settle.reject(new ApiRequestError(403, 'noTeam', 'only programme coordinators see every team')),
    ];
    for (const answer of answers) {
      const settle = deferred();
      const { unmount } = renderWithServices(<IndicatorsPage {...pageProps()} api={memoryApi(false, () => settle.promise)} />, fakeServices());
      const table = await screen.findByTestId('indicators-per-action');
      await act(async () => answer(settle));
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Actie', 'Indicator', 'Nulmeting', 'Laatste meting', 'Doel', 'Voortgang']);
      expect(within(table).queryByRole('button')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('tells someone who is not a coordinator that the server refused the write, when the page could not tell', async () => {
    const notReady = async () => Promise.reject(new ApiRequestError(503, 'notReady', 'The figures are not available yet'));
    renderWithServices(<IndicatorsPage {...pageProps()} api={memoryApi(false, notReady)} />, fakeServices());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Invoeren voor Restafval omlaag naar 135 kilo per inwoner' }));
    const form = screen.getByRole('form', { name: 'Meting toevoegen' });
    await user.type(within(form).getByRole('textbox', { name: /Gemeten waarde/ }), '150');
    await user.click(within(form).getByRole('button', { name: 'Meting opslaan' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Alleen programmacoördinatoren kunnen indicatoren invoeren.');
  });
});

describe('ReportPage', () => {
  it("shows the report's sections and tables for the period in the address", async () => {
    renderWithServices(<ReportPage {...pageProps({}, 'from=2026-01-01&to=2026-06-30')} api={memoryApi()} />, fakeServices());
    const report = await screen.findByTestId('report');
    expect(within(report).getByRole('heading', { level: 2, name: 'Indicatoren en doelen' })).toBeInTheDocument();
    expect(within(report).getByRole('table', { name: 'Indicatoren en doelen' })).toHaveTextContent('135 kg in 2030');
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeEnabled();
  });

  it('asks for a period that ends after it starts instead of asking the server', async () => {
    const api = memoryApi();
    const ask = jest.spyOn(api, 'reportModel');
    renderWithServices(<ReportPage {...pageProps({}, 'from=2026-06-30&to=2026-01-01')} api={api} />, fakeServices());
    expect(await screen.findByText('Kies twee datums; de eerste niet na de tweede.')).toBeInTheDocument();
    expect(ask).not.toHaveBeenCalled();
  });
});
