/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueuedAcknowledgementStore } from '../../../../storage/offline-queue/queued-acknowledgement-store';
import type { AcknowledgementStore } from '../../../../storage/ports';
import { buildAcknowledgement } from '../../../lib/record-decision';
import { fakeServices, TEST_USER } from '../../../../../test/support/app/fakes';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { HomePage } from './home-page';

const ack = (decision: 'later' | 'applied') =>
  buildAcknowledgement({
    subject: { checklistItemId: 'roads-reuse-paving-elements', checklistId: 'roads' },
    context: { contextType: 'procurement', contextRef: 'doc:k1', contextTitle: 'Bestek wegen 2027' },
    input: { decision },
    staffAadId: TEST_USER.id,
    contentVersion: '1',
    appVersion: '1',
  });

describe('HomePage', () => {
  it('shows my team’s actions by phase, and another team’s when I pick it', async () => {
    renderWithServices(<HomePage {...pageProps()} />, fakeServices());
    expect(await screen.findByRole('heading', { name: 'Acties van Inkoop', level: 2 })).toBeInTheDocument();
    expect(screen.getByTestId('home')).toHaveAttribute('data-ready', 'home');
    expect(screen.getByRole('heading', { name: 'Leren en experimenteren', level: 3 })).toBeInTheDocument();
    const firstAction = screen.getAllByRole('link').find((l) => l.getAttribute('href')?.startsWith('#/actions/'));
    expect(firstAction).toBeDefined();
    await userEvent.selectOptions(screen.getByTestId('home-team'), 'openbare-ruimte');
    expect(await screen.findByRole('heading', { name: 'Acties van Openbare Ruimte' })).toBeInTheDocument();
  });

  it('shows the team a channel tab was configured for, without a picker', async () => {
    renderWithServices(<HomePage {...pageProps({ teamId: 'vastgoed' })} />, fakeServices());
    expect(await screen.findByRole('heading', { name: 'Acties van Vastgoed' })).toBeInTheDocument();
    expect(screen.queryByTestId('home-team')).not.toBeInTheDocument();
  });

  it('brings back criteria I set to later', async () => {
    const services = fakeServices();
    services.memory.stored.push(ack('later'));
    renderWithServices(<HomePage {...pageProps()} />, services);
    const section = (await screen.findByRole('heading', { name: 'Nog te bekijken' })).closest('section')!;
    expect(await within(section).findByRole('link', { name: /klinkers/ })).toHaveAttribute('href', '#/criteria/roads-reuse-paving-elements');
    expect(within(section).getByText(/Bestek wegen 2027/)).toBeInTheDocument();
  });

  it('decides a criterion set to later right there, in the document it was set aside in', async () => {
    const services = fakeServices();
    services.memory.stored.push({ ...ack('later'), documentVersion: 2 });
    renderWithServices(<HomePage {...pageProps()} />, services);
    const item = await screen.findByTestId('later-item');
    await userEvent.click(await within(item).findByRole('button', { name: 'Niet van toepassing…' }));
    await userEvent.type(within(item).getByRole('textbox', { name: /Reden/ }), 'Geen klinkers in dit perceel');
    await userEvent.click(within(item).getByRole('button', { name: 'Keuze opslaan' }));
    await within(item).findByText(/Jouw keuze: Niet van toepassing/);
    expect(services.memory.stored[1]).toMatchObject({
      checklistItemId: 'roads-reuse-paving-elements',
      decision: 'not-applicable',
      reason: 'Geen klinkers in dit perceel',
      contextRef: 'doc:k1',
      contextTitle: 'Bestek wegen 2027',
      documentVersion: 2,
      staffAadId: TEST_USER.id,
    });
  });

  it('lists decisions waiting in the browser’s queue while the list cannot be reached, and sends them', async () => {
    let reachable = false;
    const written: string[] = [];
    const remote: AcknowledgementStore = {
      append: async (acks) => {
        if (!reachable) throw new Error('503 serviceUnavailable');
        written.push(...acks.map((a) => a.ackKey));
        return { written: acks.map((a) => a.ackKey), alreadyPresent: [] };
      },
      forContext: async () => [],
      forStaff: async () => [],
      since: async () => [],
      sync: async () => ({ upserted: [], deletedItemIds: [], deltaLink: '', restarted: false }),
    };
    const queue = await QueuedAcknowledgementStore.open({ store: remote, personId: TEST_USER.id, dbName: `home-spec-${Date.now()}`, backoff: { initialMs: 60_000, maxMs: 60_000 } });
    const decision = ack('applied');
    expect((await queue.append([decision])).queued).toEqual([decision.ackKey]);

    renderWithServices(<HomePage {...pageProps()} />, fakeServices({ decisions: queue, queue }));
    const waiting = await screen.findByTestId('home-waiting');
    expect(within(waiting).getByText(/1 keuze staat veilig in deze browser/)).toBeInTheDocument();
    expect(await within(waiting).findByText(/Toegepast: Vrijkomende klinkers/)).toBeInTheDocument();

    reachable = true;
    await userEvent.click(within(waiting).getByRole('button', { name: 'Nu versturen' }));
    await waitFor(() => expect(screen.queryByTestId('home-waiting')).not.toBeInTheDocument());
    expect(written).toEqual([decision.ackKey]);
    await queue.close();
  });
});
