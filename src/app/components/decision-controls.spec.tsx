/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { buildAcknowledgement, type DecisionInput, type SaveOutcome } from '../lib/record-decision';
import { fakeServices } from '../../../test/support/app/fakes';
import { renderWithServices } from '../../../test/support/app/render-app';
import { DecisionControls } from './decision-controls';

const makeAck = (input: DecisionInput): Acknowledgement =>
  buildAcknowledgement({
    subject: { checklistItemId: 'roads-reuse', checklistId: 'roads' },
    context: { contextType: 'procurement', contextRef: 'doc:k1' },
    input,
    staffAadId: 'oid-1',
    contentVersion: '1',
    appVersion: '1',
  });

function setup(outcome: (input: DecisionInput) => Promise<SaveOutcome>, current?: { ack: Acknowledgement; waiting: boolean }) {
  const onDecide = jest.fn(outcome);
  renderWithServices(<DecisionControls itemText="Hergebruik klinkers" onDecide={onDecide} current={current} />, fakeServices());
  return onDecide;
}

describe('DecisionControls', () => {
  it('records "applied" in one click and then shows it as the decision', async () => {
    const onDecide = setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
    const group = screen.getByRole('group', { name: 'Keuze over: Hergebruik klinkers' });
    await userEvent.click(within(group).getByRole('button', { name: 'Toegepast' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'applied', reason: undefined });
    expect(await screen.findByText(/Jouw keuze: Toegepast/)).toBeInTheDocument();
    expect(screen.getByText('Opgeslagen')).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent('Keuze opgeslagen: Toegepast');
  });

  it('asks for a reason before "not applicable", and refuses an empty one', async () => {
    const onDecide = setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
    await userEvent.click(screen.getByRole('button', { name: 'Niet van toepassing…' }));
    const reason = screen.getByRole('textbox', { name: /Reden voor ‘Niet van toepassing’/ });
    await waitFor(() => expect(reason).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Keuze opslaan' }));
    expect(onDecide).not.toHaveBeenCalled();
    expect(screen.getByText(/Geef een reden/)).toBeInTheDocument();
    await userEvent.type(reason, 'Geen verharding in dit project');
    await userEvent.click(screen.getByRole('button', { name: 'Keuze opslaan' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'not-applicable', reason: 'Geen verharding in dit project' });
    expect(await screen.findByText(/Reden: Geen verharding in dit project/)).toBeInTheDocument();
  });

  it('says plainly when a decision waits in the queue', async () => {
    setup(async (input) => ({ status: 'queued', ack: makeAck(input) }));
    await userEvent.click(screen.getByRole('button', { name: 'Later bekijken' }));
    expect(await screen.findByText('Wacht op verzending')).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent(/wacht op verzending: Later bekijken/);
  });

  it('shows an earlier decision instead of asking again, and records a changed mind as a new decision', async () => {
    const earlier = makeAck({ decision: 'later' });
    const onDecide = setup(async (input) => ({ status: 'saved', ack: makeAck(input) }), { ack: earlier, waiting: false });
    expect(screen.getByText(/Jouw keuze: Later bekijken/)).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keuze wijzigen over: Hergebruik klinkers' }));
    await userEvent.click(screen.getByRole('button', { name: 'Toegepast' }));
    expect(onDecide).toHaveBeenCalledWith({ decision: 'applied', reason: undefined });
    expect(await screen.findByText(/Jouw keuze: Toegepast/)).toBeInTheDocument();
  });

  it('keeps the controls and says what went wrong when saving fails', async () => {
    setup(async () => Promise.reject(new Error('acknowledgement not stored: reason too long')));
    await userEvent.click(screen.getByRole('button', { name: 'Toegepast' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('reason too long');
    expect(screen.getByRole('button', { name: 'Toegepast' })).toBeEnabled();
  });
});
