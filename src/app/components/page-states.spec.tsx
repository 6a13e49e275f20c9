/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { ApiRequestError } from '../../server/api/api-request-error';
import { fakeServices } from '../../../test/support/app/fakes';
import { renderWithServices } from '../../../test/support/app/render-app';
import { ErrorState } from './page-states';

describe('ErrorState', () => {
  it.each([
    ['nl', new ApiRequestError(500, 'internalError', 'Something went wrong on the server. Quote request id r7 when reporting it.'), 'De server kon het nu niet uitvoeren.', 'Reden, voor je beheerder: Something went wrong'],
    ['nl', new ApiRequestError(403, 'forbidden', 'Only programme coordinators make the report.'), 'Je hebt hiervoor geen toestemming.', 'Reden, voor je beheerder: Only programme coordinators'],
    ['nl', new TypeError('Failed to fetch'), 'Er is geen verbinding met de server.', 'Reden, voor je beheerder: Failed to fetch'],
    ['en', new ApiRequestError(500, 'internalError', 'Something went wrong on the server.'), 'The server could not do it just now.', 'Reason, for your administrator: Something went wrong'],
    ['en', new TypeError('Failed to fetch'), 'There is no connection to the server.', 'Reason, for your administrator: Failed to fetch'],
  ] as const)('in %s, explains a failed call under its title and keeps the raw message for the administrator', (language, error, sentence, adminLine) => {
    renderWithServices(<ErrorState title="Titel" error={error} />, fakeServices(), language);
    expect(screen.getByTestId('error-explanation')).toHaveTextContent(sentence);
    expect(screen.getByTestId('for-administrator')).toHaveTextContent(adminLine);
    expect(screen.getByTestId('error-explanation')).not.toHaveTextContent(error.message);
  });
});
