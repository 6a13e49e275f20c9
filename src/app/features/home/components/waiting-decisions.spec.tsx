/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, within } from '@testing-library/react';
import { AppendFailedError } from '../../../../storage/append-errors';
import { buildAcknowledgement } from '../../../lib/record-decision';
import { fakeServices } from '../../../../../test/support/app/fakes';
import { renderWithServices } from '../../../../../test/support/app/render-app';
import { WaitingDecisions } from './waiting-decisions';

const ack = buildAcknowledgement({
  subject: { checklistItemId: 'roads-reuse', checklistId: 'roads' },
  context: { contextType: 'procurement', contextRef: 'doc:k1' },
  input: { decision: 'applied' },
  staffAadId: 'oid-1',
  contentVersion: '1',
  appVersion: '1',
});

async function waitingOne(language: 'nl' | 'en' = 'nl') {
  const services = fakeServices();
  services.memory.holdBack = true;
  await services.memory.append([ack]);
  renderWithServices(<WaitingDecisions queue={services.queue!} itemText={() => 'Hergebruik klinkers'} />, services, language);
  await screen.findByText(/Hergebruik klinkers/);
  return services;
}

describe('WaitingDecisions', () => {
  it('says why the last attempt failed in the person’s words, with the list’s own only for the administrator', async () => {
    const services = await waitingOne();
    const unavailable = new AppendFailedError({ written: [], alreadyPresent: [] }, [{ ackKey: ack.ackKey, error: { status: 503, code: 'serviceNotAvailable', message: 'The service is unavailable.', isTransient: true } }]);
    act(() => services.memory.report({ lastError: unavailable }));
    const failed = screen.getByTestId('home-waiting-error');
    expect(failed).toHaveTextContent('De laatste poging is mislukt.');
    expect(within(failed).getByTestId('error-explanation')).toHaveTextContent('De server kon het nu niet uitvoeren. Probeer het over een paar minuten opnieuw.');
    expect(within(failed).getByTestId('for-administrator')).toHaveTextContent(`Reden, voor je beheerder: ${unavailable.message}`);
  });

  it('in English, says there is no connection when no answer came', async () => {
    const services = await waitingOne('en');
    act(() => services.memory.report({ lastError: new TypeError('Failed to fetch') }));
    const failed = screen.getByTestId('home-waiting-error');
    expect(failed).toHaveTextContent('The last attempt failed.');
    expect(within(failed).getByTestId('error-explanation')).toHaveTextContent('There is no connection to the server.');
    expect(within(failed).getByTestId('for-administrator')).toHaveTextContent('Reason, for your administrator: Failed to fetch');
  });
});
