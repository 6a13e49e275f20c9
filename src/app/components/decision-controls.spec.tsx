/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { ApiRequestError } from '../../server/api/api-request-error';
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
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De keuze is niet opgeslagen.');
    // the store's English words only in the line for the administrator, not in the Dutch sentence
    expect(within(alert).getByTestId('for-administrator')).toHaveTextContent('Reden, voor je beheerder: acknowledgement not stored: reason too long');
    expect(within(alert).getAllByText(/reason too long/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Toegepast' })).toBeEnabled();
  });

  it('says a choice was refused for lack of rights as such, in the person’s language', async () => {
    const onDecide = jest.fn(async (): Promise<SaveOutcome> => Promise.reject(new ApiRequestError(403, 'forbidden', 'Only programme coordinators record indicators.')));
    renderWithServices(<DecisionControls itemText="Hergebruik klinkers" onDecide={onDecide} />, fakeServices(), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Applied' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The choice was not saved.');
    expect(within(alert).getByTestId('error-explanation')).toHaveTextContent('You are not allowed to do this.');
    expect(within(alert).getByTestId('for-administrator')).toHaveTextContent('Reason, for your administrator: Only programme coordinators record indicators.');
  });

  describe('with the keyboard', () => {
    it('moves focus to the recorded choice after a save, not to the page', async () => {
      setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
      screen.getByRole('button', { name: 'Toegepast' }).focus();
      await userEvent.keyboard('{Enter}');
      const state = await screen.findByTestId('decision-state');
      await waitFor(() => expect(state).toHaveFocus());
      expect(state).toHaveTextContent(/Jouw keuze: Toegepast/);
      expect(document.body).not.toHaveFocus();
      expect(screen.getByTestId('announcer')).toHaveTextContent('Keuze opgeslagen: Toegepast');
    });

    it('moves focus to the recorded choice after a reason is saved with Enter', async () => {
      setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
      await userEvent.click(screen.getByRole('button', { name: 'Overwogen, niet toegepast…' }));
      const reason = screen.getByRole('textbox', { name: /Reden/ });
      await waitFor(() => expect(reason).toHaveFocus());
      await userEvent.keyboard('Te duur{Tab}{Enter}');
      await waitFor(() => expect(screen.getByTestId('decision-state')).toHaveFocus());
    });

    it('closes the reason form with Escape and returns focus to the button that opened it', async () => {
      const onDecide = setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
      const opener = screen.getByRole('button', { name: 'Niet van toepassing…' });
      await userEvent.click(opener);
      const reason = screen.getByRole('textbox', { name: /Reden voor ‘Niet van toepassing’/ });
      await waitFor(() => expect(reason).toHaveFocus());
      await userEvent.keyboard('half getypt{Escape}');
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      await waitFor(() => expect(opener).toHaveFocus());
      expect(opener).toHaveAttribute('aria-pressed', 'false');
      expect(onDecide).not.toHaveBeenCalled();
    });

    it('returns focus to the opener when the form is cancelled with its button too', async () => {
      setup(async (input) => ({ status: 'saved', ack: makeAck(input) }));
      const opener = screen.getByRole('button', { name: 'Overwogen, niet toegepast…' });
      await userEvent.click(opener);
      await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      await waitFor(() => expect(opener).toHaveFocus());
    });

    it('keeps focus in the controls when changing one’s mind and when keeping the choice', async () => {
      setup(async (input) => ({ status: 'saved', ack: makeAck(input) }), { ack: makeAck({ decision: 'later' }), waiting: false });
      await userEvent.click(screen.getByRole('button', { name: 'Keuze wijzigen over: Hergebruik klinkers' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Toegepast' })).toHaveFocus());
      await userEvent.click(screen.getByRole('button', { name: 'Niet wijzigen' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Keuze wijzigen over: Hergebruik klinkers' })).toHaveFocus());
    });
  });
});
