/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAcknowledgement } from '../../../lib/record-decision';
import { fakeServices, TEST_USER } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { MyDecisionsPage } from './my-decisions-page';

const ack = (item: string, decision: 'later' | 'applied', at: string) =>
  buildAcknowledgement({
    subject: { checklistItemId: item, checklistId: 'roads', productGroup: 'roads' },
    context: { contextType: 'procurement', contextRef: 'doc:k1', contextTitle: 'Bestek wegen 2027' },
    input: { decision },
    staffAadId: TEST_USER.id,
    contentVersion: '1',
    appVersion: '1',
    now: new Date(at),
  });

describe('MyDecisionsPage', () => {
  it('lists my decisions newest first, marks a replaced one, and records a changed mind as a new decision', async () => {
    const services = fakeServices();
    services.memory.stored.push(ack('roads-reuse-paving-elements', 'later', '2026-11-01T10:00:00Z'), ack('roads-limit-paved-area', 'applied', '2026-11-02T10:00:00Z'));
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    const entries = await screen.findAllByTestId('decision-entry');
    expect(entries.map((e) => e.dataset.itemId)).toEqual(['roads-limit-paved-area', 'roads-reuse-paving-elements']);

    const later = entries[1]!;
    await userEvent.click(within(later).getByRole('button', { name: /Keuze wijzigen over/ }));
    await userEvent.click(within(later).getByRole('button', { name: 'Toegepast' }));
    expect(services.memory.stored).toHaveLength(3);
    expect(services.memory.stored[2]).toMatchObject({ checklistItemId: 'roads-reuse-paving-elements', decision: 'applied', contextRef: 'doc:k1', contextTitle: 'Bestek wegen 2027' });

    await screen.findByText('3 keuzes');
    const refreshed = screen.getAllByTestId('decision-entry');
    expect(refreshed).toHaveLength(3);
    expect(within(refreshed[2]!).getByText('later gewijzigd')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Alleen mijn laatste keuze/ }));
    expect(await screen.findAllByTestId('decision-entry')).toHaveLength(2);
  });

  it('filters by decision and says so when nothing matches', async () => {
    const services = fakeServices();
    services.memory.stored.push(ack('roads-limit-paved-area', 'applied', '2026-11-02T10:00:00Z'));
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    await screen.findAllByTestId('decision-entry');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Keuze' }), 'later');
    expect(await screen.findByText('Geen keuzes voor deze filters')).toBeInTheDocument();
  });

  it('points a first-time user to checking a document', async () => {
    renderWithServices(<MyDecisionsPage {...pageProps()} />, fakeServices());
    expect(await screen.findByText('Nog geen keuzes')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Document controleren' })).toHaveAttribute('href', '#/check');
  });
});
