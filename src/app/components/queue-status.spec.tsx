/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildAcknowledgement } from '../lib/record-decision';
import { fakeServices } from '../../../test/support/app/fakes';
import { renderWithServices } from '../../../test/support/app/render-app';
import { QueueStatus } from './queue-status';

const ack = (key: string) =>
  buildAcknowledgement({
    subject: { checklistItemId: key, checklistId: 'roads' },
    context: { contextType: 'procurement', contextRef: 'doc:k1' },
    input: { decision: 'applied' },
    staffAadId: 'oid-1',
    contentVersion: '1',
    appVersion: '1',
  });

describe('QueueStatus', () => {
  it('shows why the list refused choices, and sends them again when asked', async () => {
    const services = fakeServices();
    renderWithServices(<QueueStatus queue={services.queue} />, services);
    expect(screen.queryByText(/geweigerd/)).toBeNull();

    const reason = "invalidRequest: Field 'DocumentVersion' is not recognized: the list lacks a column this version of the app writes; run `circular-choices lists provision` to add it (it changes nothing else)";
    act(() => services.memory.refuse([ack('roads-reuse'), ack('roads-recycled-asphalt')], reason));
    expect(await screen.findByText('2 keuzes zijn geweigerd door de lijst')).toBeInTheDocument();
    expect(screen.getByTestId('queue-refusal')).toHaveTextContent(`Reden, voor je beheerder: ${reason}`);

    await userEvent.click(screen.getByRole('button', { name: 'Geweigerde opnieuw versturen' }));
    await waitFor(() => expect(screen.queryByText(/geweigerd/)).toBeNull());
    expect(services.memory.stored.map((a) => a.checklistItemId)).toEqual(['roads-reuse', 'roads-recycled-asphalt']);
  });

  it('says it is sending while it sends, with the words of Home’s button, instead of offering to send', async () => {
    const services = fakeServices();
    services.memory.holdBack = true;
    await services.memory.append([ack('roads-reuse')]);
    renderWithServices(<QueueStatus queue={services.queue} />, services);
    expect(screen.getByRole('button', { name: 'Nu versturen' })).toBeInTheDocument();

    act(() => services.memory.report({ sending: true }));
    expect(screen.queryByRole('button', { name: 'Nu versturen' })).toBeNull();
    expect(screen.getByTestId('queue-sending')).toHaveTextContent('Bezig met versturen…');
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    act(() => services.memory.report({ sending: false }));
    expect(screen.queryByTestId('queue-sending')).toBeNull();
    expect(screen.getByRole('button', { name: 'Nu versturen' })).toBeInTheDocument();
  });
});
