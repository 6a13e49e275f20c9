/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAcknowledgement } from '../../../lib/record-decision';
import { fakeServices, TEST_USER } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { DOCUMENTS_PER_PAGE, MyDecisionsPage } from './my-decisions-page';

const ack = (item: string, decision: 'later' | 'applied', at: string, ref = 'doc:k1', title = 'Bestek wegen 2027', documentVersion?: number) =>
  buildAcknowledgement({
    subject: { checklistItemId: item, checklistId: 'roads', productGroup: 'roads' },
    context: { contextType: 'procurement', contextRef: ref, contextTitle: title, documentVersion },
    input: { decision },
    staffAadId: TEST_USER.id,
    contentVersion: '1',
    appVersion: '1',
    now: new Date(at),
  });

describe('MyDecisionsPage', () => {
  it('groups my choices by document, newest first, and opens a document’s record below it', async () => {
    const services = fakeServices();
    services.memory.stored.push(
      ack('roads-reuse-paving-elements', 'later', '2026-11-01T10:00:00Z', 'doc:k1', 'Bestek wegen 2027', 1),
      ack('roads-limit-paved-area', 'applied', '2026-11-02T10:00:00Z', 'doc:k1', 'Bestek wegen Overhees', 2),
      ack('roads-limit-paved-area', 'applied', '2026-11-03T10:00:00Z', 'doc:k2', 'Bestek fietspaden'),
    );
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    const documents = await screen.findAllByTestId('document-entry');
    expect(documents.map((d) => d.dataset.document)).toEqual(['doc:k2', 'doc:k1']);
    expect(screen.getByTestId('my-choices-count')).toHaveTextContent('2 documenten met 3 keuzes');

    const roads = documents[1]!;
    expect(within(roads).getByText(/versie 2/)).toBeInTheDocument();
    expect(within(roads).queryByTestId('decision-entry')).not.toBeInTheDocument();
    await userEvent.click(within(roads).getByRole('button', { name: 'Bestek wegen Overhees', expanded: false }));
    const entries = within(roads).getAllByTestId('decision-entry');
    expect(entries.map((e) => e.dataset.itemId)).toEqual(['roads-limit-paved-area', 'roads-reuse-paving-elements']);
    // where it was recorded, in words that read as a sentence (not "via Tabblad")
    expect(entries[0]).toHaveTextContent('Vastgelegd in het tabblad');
    // the document's apply-or-explain file is one click away from its record
    expect(within(roads).getByRole('button', { name: 'Pas toe of leg uit (Word)' })).toBeInTheDocument();
  });

  it('calls a meeting an overleg, in the line under its title as where its choices were recorded', async () => {
    const services = fakeServices();
    services.memory.stored.push(
      buildAcknowledgement({
        subject: { checklistItemId: 'roads-limit-paved-area', checklistId: 'roads', productGroup: 'roads' },
        context: { contextType: 'meeting', contextRef: 'meeting:m1', contextTitle: 'Kick-off Dorpsstraat' },
        input: { decision: 'applied' },
        source: 'meeting',
        staffAadId: TEST_USER.id,
        contentVersion: '1',
        appVersion: '1',
        now: new Date('2026-11-01T10:00:00Z'),
      }),
    );
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    const [meeting] = await screen.findAllByTestId('document-entry');
    expect(within(meeting!).getByText(/^Overleg · /)).toBeInTheDocument();
    await userEvent.click(within(meeting!).getByRole('button', { name: 'Kick-off Dorpsstraat' }));
    expect(within(meeting!).getByTestId('decision-entry')).toHaveTextContent('Vastgelegd in een overleg');
  });

  it('decides a criterion left for later inside the document’s record, on its version', async () => {
    const services = fakeServices();
    services.memory.stored.push(ack('roads-reuse-paving-elements', 'later', '2026-11-01T10:00:00Z', 'doc:k1', 'Bestek wegen 2027', 3));
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    await userEvent.click(await screen.findByRole('button', { name: 'Bestek wegen 2027' }));
    const later = screen.getByTestId('decision-entry');
    await userEvent.click(await within(later).findByRole('button', { name: 'Toegepast' }));
    await within(later).findByText(/Jouw keuze: Toegepast/);
    expect(services.memory.stored[1]).toMatchObject({ checklistItemId: 'roads-reuse-paving-elements', decision: 'applied', contextRef: 'doc:k1', documentVersion: 3 });
    expect(screen.getByTestId('my-choices-count')).toHaveTextContent('1 document met 1 keuze');
    expect(screen.getByText(/1 eerdere keuze is vervangen/)).toBeInTheDocument();
  });

  it('filters by choice and by words, and says so when nothing matches', async () => {
    const services = fakeServices();
    services.memory.stored.push(ack('roads-limit-paved-area', 'applied', '2026-11-02T10:00:00Z'), ack('roads-reuse-paving-elements', 'later', '2026-11-03T10:00:00Z', 'doc:k2', 'Bestek fietspaden'));
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    await screen.findAllByTestId('document-entry');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Keuze' }), 'later');
    expect(screen.getAllByTestId('document-entry').map((d) => d.dataset.document)).toEqual(['doc:k2']);
    await userEvent.type(screen.getByRole('searchbox', { name: /Zoeken/ }), 'wegen');
    expect(await screen.findByText('Geen keuzes voor deze filters')).toBeInTheDocument();
  });

  it('shows a page of documents at a time', async () => {
    const services = fakeServices();
    for (let i = 0; i < DOCUMENTS_PER_PAGE + 5; i++) services.memory.stored.push(ack('roads-limit-paved-area', 'applied', `2026-11-02T10:${String(i).padStart(2, '0')}:00Z`, `doc:${i}`, `Bestek ${i}`));
    renderWithServices(<MyDecisionsPage {...pageProps()} />, services);
    expect(await screen.findAllByTestId('document-entry')).toHaveLength(DOCUMENTS_PER_PAGE);
    await userEvent.click(screen.getByRole('button', { name: 'Meer documenten tonen (nog 5)' }));
    expect(screen.getAllByTestId('document-entry')).toHaveLength(DOCUMENTS_PER_PAGE + 5);
  });

  it('points a first-time user to checking a document', async () => {
    renderWithServices(<MyDecisionsPage {...pageProps()} />, fakeServices());
    expect(await screen.findByText('Nog geen keuzes')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Document controleren' })).toHaveAttribute('href', '#/check');
  });
});
