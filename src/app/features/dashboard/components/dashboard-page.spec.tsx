/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_STAFF } from '../../../../auth/demo-staff';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { MetricsColumns, metricsContent, protectedFigures, type MetricsFilters } from '../../../../domain/metrics';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import type { MetricsAnswer } from '../../../../server/api/metrics';
import { useHashRoute } from '../../../lib/hash-route';
import type { AppServices } from '../../../lib/services';
import { fakeHost, fakeServices, fakeSession, realPack } from '../../../../../test/support/app/fakes';
import { renderWithServices } from '../../../../../test/support/app/render-app';
import type { LoadMetrics } from '../hooks/use-dashboard-metrics';
import { DashboardPage } from './dashboard-page';

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function ack(n: number, fields: Partial<Acknowledgement>): Acknowledgement {
  return {
    ackKey: `page-${n}`,
    checklistItemId: 'roads-limit-paved-area',
    checklistId: 'roads',
    productGroup: 'roads',
    decision: 'applied',
    contextType: 'procurement',
    contextRef: `doc-${n}`,
    source: 'tab',
    team: 'inkoop',
    staffAadId: 'staff',
    contentVersion: '1',
    appVersion: '1',
    ackAt: daysAgo(n + 1),
    ...fields,
  };
}

// 5 inkoop (3 roads, 2 catering), 3 openbare-ruimte (roads); one not-applicable with a reason
const ROWS: Acknowledgement[] = [
  ack(1, {}),
  ack(2, { decision: 'not-applicable', reason: 'Geen budget' }),
  ack(3, {}),
  ack(4, { productGroup: 'catering', checklistId: 'catering', checklistItemId: 'catering-x' }),
  ack(5, { productGroup: 'catering', checklistId: 'catering', checklistItemId: 'catering-x', decision: 'later' }),
  ack(6, { team: 'openbare-ruimte' }),
  ack(7, { team: 'openbare-ruimte', decision: 'considered', reason: 'Te duur' }),
  ack(8, { team: 'openbare-ruimte' }),
];

/** the server's answer, counted as /api/metrics counts it; a person per row unless `staff` is set */
function server(rows: readonly Acknowledgement[], options: { fail?: Error; gate?: Promise<void>; minContributors?: number; ownTeam?: string } = {}): LoadMetrics & { asked: MetricsFilters[] } {
  const asked: MetricsFilters[] = [];
  const load = async (requested: MetricsFilters): Promise<MetricsAnswer> => {
    asked.push(requested);
    // as the server does for someone who is not a coordinator: their own team, whatever was asked
    const filters = options.ownTeam ? { ...requested, teams: [options.ownTeam] } : requested;
    await options.gate;
    if (options.fail) throw options.fail;
    const columns = new MetricsColumns(metricsContent(realPack()));
    rows.forEach((row, i) => columns.set(row.staffAadId === 'staff' ? { ...row, staffAadId: `person-${i}` } : row));
    const min = options.minContributors ?? 1;
    const figures = protectedFigures(columns, { today, filters }, min);
    return {
      scope: options.ownTeam ? { kind: 'team', team: options.ownTeam } : { kind: 'all' },
      filters,
      today,
      metrics: figures.metrics,
      privacy: { minContributors: min, tooFewPeople: figures.tooFewPeople, withheldTeams: figures.withheldTeams, foldedTeams: figures.foldedTeams, otherFolded: figures.otherFolded },
      source: { rows: rows.length, syncedAt: new Date().toISOString() },
    };
  };
  return Object.assign(load, { asked });
}

/** the page as the router shows it: the query follows the address */
function Routed(props: { load: LoadMetrics }) {
  const route = useHashRoute();
  return <DashboardPage params={{}} query={route.query} dialog={false} loadMetrics={props.load} />;
}

function servicesFor(staffIndex: number): AppServices {
  const person = DEMO_STAFF[staffIndex]!;
  // the contrast theme shows tables first, which jsdom can render (it cannot lay out charts)
  return fakeServices({
    host: fakeHost({ theme: 'contrast' }),
    session: fakeSession({ user: { id: person.oid, displayName: person.name, upn: person.upn, team: person.team } }),
  });
}

const NOOR = DEMO_STAFF.findIndex((s) => s.team === 'programma-duurzaamheid');
const SANNE = DEMO_STAFF.findIndex((s) => s.team === 'inkoop');

const cellValues = (figure: string, column: string) =>
  Object.fromEntries(
    within(screen.getByTestId(`figure-${figure}`))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [row.getAttribute('data-key'), row.querySelector(`[data-column="${column}"]`)?.getAttribute('data-value')]),
  );

describe('DashboardPage', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '#/dashboard');
  });

  it("shows a coordinator every team's figures from the server, as tables in high contrast", async () => {
    renderWithServices(<Routed load={server(ROWS)} />, servicesFor(NOOR));
    expect(await screen.findByTestId('kpi-acks')).toHaveAttribute('data-value', '8');
    // the headline figures come first, the figures' cards right after
    await screen.findByTestId('figure-teams', {}, { timeout: 10_000 });
    expect(cellValues('teams', 'total')).toEqual({ inkoop: '5', 'openbare-ruimte': '3' });
    expect(cellValues('groups', 'total')).toEqual({ roads: '6', catering: '2' });
    expect(cellValues('decisions', 'recorded')).toMatchObject({ applied: '5', considered: '1', 'not-applicable': '1', later: '1', attached: '0' });
    expect(cellValues('reasons', 'count')).toEqual({ 'geen budget': '1' });
    // 8 documents, 5 with an applied criterion
    expect(screen.getByTestId('kpi-documents')).toHaveAttribute('data-value', '8');
    expect(screen.getByTestId('kpi-applied')).toHaveTextContent('5 van 8');
    expect(screen.getByRole('combobox', { name: 'Team' })).toBeEnabled();
  });

  it("shows a staff member their own team's figures, with the team filter fixed to it", async () => {
    const load = server(ROWS, { ownTeam: 'inkoop' });
    renderWithServices(<Routed load={load} />, servicesFor(SANNE));
    expect(await screen.findByTestId('kpi-acks')).toHaveAttribute('data-value', '5');
    await screen.findByTestId('figure-teams', {}, { timeout: 10_000 });
    expect(cellValues('teams', 'total')).toEqual({ inkoop: '5' });
    expect(screen.getByTestId('own-team-scope')).toHaveTextContent('Je ziet de cijfers van je eigen team, Inkoop.');
    const team = screen.getByRole('combobox', { name: 'Team' });
    expect(team).toBeDisabled();
    expect(team).toHaveValue('inkoop');
  });

  it('tells someone whose team the server does not know that the figures are per team', async () => {
    const refuse: LoadMetrics = async () => {
      throw new ApiRequestError(403, 'noTeam', 'The figures are per team, and the app does not know your team.');
    };
    renderWithServices(<Routed load={refuse} />, servicesFor(SANNE));
    expect(await screen.findByText('Je team is niet bekend')).toBeInTheDocument();
    expect(screen.queryByTestId('kpi-acks')).not.toBeInTheDocument();
  });

  it('shows no figures of a team under the minimum: Overig in the team figures, a note when it was chosen', async () => {
    // openbare-ruimte: one person; two people in its own team
    const fewPeople = ROWS.map((row, i) => ({ ...row, staffAadId: row.team === 'openbare-ruimte' ? 'the-same-person' : `inkoop-${i % 2}` }));
    renderWithServices(<Routed load={server([...fewPeople, ack(9, { team: 'ict', staffAadId: 'ict-person' })], { minContributors: 2 })} />, servicesFor(NOOR));
    await screen.findByTestId('figure-teams', {}, { timeout: 10_000 });
    expect(cellValues('teams', 'total')).toEqual({ inkoop: '5', Overig: '4' });
    expect(screen.getByText('Overig (kleine teams samen)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'openbare-ruimte');
    expect(await screen.findByTestId('withheld-teams')).toHaveTextContent('Geen cijfers voor Openbare Ruimte');
    expect(screen.getByTestId('too-few-people')).toBeInTheDocument();
    expect(screen.queryByTestId('kpi-acks')).not.toBeInTheDocument();
  });

  it("shows nothing of a selection one person made: not their choice, not their reason, only that there are too few people", async () => {
    // the audit's case: on one day only Sanne chose, 'not applicable' with a reason naming someone
    const rows = [...ROWS, ack(20, { staffAadId: 'sanne', team: 'inkoop', decision: 'not-applicable', reason: 'Jan van Dijk wilde het niet' })];
    const day = rows.at(-1)!.ackAt.slice(0, 10);
    window.location.hash = `#/dashboard?period=custom&from=${day}&to=${day}`;
    renderWithServices(<Routed load={server(rows, { minContributors: 5 })} />, servicesFor(NOOR));
    expect(await screen.findByTestId('too-few-people', {}, { timeout: 10_000 })).toHaveTextContent('Te weinig mensen in deze selectie om cijfers te tonen');
    expect(screen.queryByTestId('kpi-acks')).not.toBeInTheDocument();
    expect(screen.queryByText(/Jan van Dijk/)).not.toBeInTheDocument();
  });

  it('asks the server for the product group chosen in the address', async () => {
    const load = server(ROWS);
    renderWithServices(<Routed load={load} />, servicesFor(NOOR));
    await screen.findByTestId('kpi-acks');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Productgroep' }), 'catering');
    expect(window.location.hash).toBe('#/dashboard?group=catering');
    await waitFor(() => expect(screen.getByTestId('kpi-acks')).toHaveAttribute('data-value', '2'));
    await waitFor(() => expect(cellValues('teams', 'total')).toEqual({ inkoop: '2' }), { timeout: 10_000 });
    expect(load.asked.at(-1)).toMatchObject({ productGroups: ['catering'] });
  });

  it('counts the active programme actions out of the actions within the filters, and says which', async () => {
    const pack = realPack();
    const listing = (...groups: string[]) => pack.actions.filter((a) => a.productGroups.some((g) => groups.includes(g)));
    const programme = pack.actions.length;
    const actionsTile = () => screen.getByTestId('kpi-actions');
    renderWithServices(<Routed load={server(ROWS)} />, servicesFor(NOOR));
    await screen.findByTestId('figure-coverage', {}, { timeout: 10_000 });
    // every row is recent: the actions of roads and catering are active, out of all of the programme's
    expect(actionsTile()).toHaveTextContent(`${listing('roads', 'catering').length} van alle ${programme} acties van het programma`);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Productgroep' }), 'catering');
    const catering = listing('catering').length;
    await waitFor(() => expect(actionsTile()).toHaveTextContent(`${catering} van de ${catering} acties binnen de filters (het programma heeft er ${programme})`));
    await waitFor(() => expect(Object.values(cellValues('coverage', 'actions')).reduce<number>((n, v) => n + Number(v), 0)).toBe(catering), { timeout: 10_000 });
    expect(screen.getByText(/Alleen de acties van de gekozen productgroep tellen mee\./)).toBeInTheDocument();

    // openbare-ruimte: the actions it owns, and those its roads choices reached (all of those active)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Productgroep' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'openbare-ruimte');
    const reached = listing('roads');
    const inScope = new Set([...reached, ...pack.actions.filter((a) => a.ownerTeam === 'openbare-ruimte')]).size;
    expect(inScope).toBeGreaterThan(reached.length);
    await waitFor(() => expect(actionsTile()).toHaveTextContent(`${reached.length} van de ${inScope} acties binnen de filters`));
    expect(actionsTile()).toHaveAttribute('data-value', String(reached.length));
  });

  it('reports a period that ends before it starts', async () => {
    window.history.replaceState(null, '', '#/dashboard?period=custom&from=2026-05-01&to=2026-04-01');
    renderWithServices(<Routed load={server(ROWS)} />, servicesFor(NOOR));
    expect((await screen.findAllByText('De begindatum ligt na de einddatum.')).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('kpi-acks')).not.toBeInTheDocument();
  });

  it('downloads a figure as CSV made in the browser', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithServices(<Routed load={server(ROWS)} />, servicesFor(NOOR));
    await screen.findByTestId('figure-teams', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: 'CSV downloaden: Per team' }));
    expect(click).toHaveBeenCalled();
    const bytes = await bytesOf(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = Buffer.from(bytes.slice(3)).toString('utf8').split('\r\n');
    // Dutch Excel: semicolons between fields and a decimal comma
    expect(lines[0]).toBe('Team;Totaal;Toegepast;Overwogen, niet toegepast;Niet van toepassing;Later bekijken;Gekoppeld;Toegepast (%)');
    expect(lines.slice(1, 3)).toEqual(['Inkoop;5;3;0;1;1;0;60', 'Openbare Ruimte;3;2;1;0;0;0;66,7']);
    expect(screen.getByTestId('announcer')).toHaveTextContent(`circulaire-keuzes-teams-${presetStart()}-${today}.csv gedownload.`);
    click.mockRestore();
  });

  it('shows that the figures are fetched, and a failure with a retry', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    renderWithServices(<Routed load={server(ROWS, { gate, fail: new Error('server unreachable') })} />, servicesFor(NOOR));
    expect(await screen.findByText('Cijfers ophalen…')).toBeInTheDocument();
    await act(async () => open());
    expect(await screen.findByTestId('for-administrator')).toHaveTextContent('Reden, voor je beheerder: server unreachable');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});

/** jsdom's Blob has no text() or arrayBuffer(): read it as the browser's FileReader would */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function presetStart(): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
}
