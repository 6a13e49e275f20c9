/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseRecordLink } from '../../domain/apply-or-explain/record-link';
import { fakeHost, fakeServices } from '../../../test/support/app/fakes';
import { renderWithServices } from '../../../test/support/app/render-app';
import { ApplyOrExplainDownload } from './apply-or-explain-download';

const props = { contextRef: 'doc:tender-7', title: 'Bestek wegen 2027', checklistIds: ['roads', 'green-space'] };

describe('ApplyOrExplainDownload', () => {
  it("in Teams, shares the record's link through Share to Teams, which the message extension unfurls", async () => {
    const share = jest.fn(async () => undefined);
    const services = fakeServices({ host: fakeHost({ kind: 'teams', capabilities: { nestedAppAuth: true, share } }) });
    renderWithServices(<ApplyOrExplainDownload {...props} />, services);
    await userEvent.click(screen.getByRole('button', { name: 'Delen in Teams' }));
    expect(share).toHaveBeenCalledTimes(1);
    const [{ url, message }] = share.mock.calls[0] as unknown as [{ url: string; message: string }];
    expect(parseRecordLink(window.location.origin, url)).toEqual({ contextRef: 'doc:tender-7', checklistIds: ['roads', 'green-space'], title: 'Bestek wegen 2027' });
    expect(message).toBe('Pas toe of leg uit: Bestek wegen 2027');
  });

  it('elsewhere, offers the link to copy into a chat instead of a dead share button', () => {
    renderWithServices(<ApplyOrExplainDownload {...props} />, fakeServices());
    expect(screen.queryByRole('button', { name: 'Delen in Teams' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Link voor een chat kopiëren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pas toe of leg uit (Word)' })).toBeEnabled();
  });

  describe('when the record cannot be made', () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });
    const answer = (status: number, code: string, message: string) => async () => ({ ok: false, status, json: async () => ({ error: { code, message, requestId: 'r1' } }) }) as unknown as Response;
    const failures = {
      '403': answer(403, 'forbidden', 'Only programme coordinators make the report.'),
      '500': answer(500, 'internalError', 'Something went wrong on the server. Quote request id r1 when reporting it.'),
      'no connection': async (): Promise<Response> => {
        throw new TypeError('Failed to fetch');
      },
    };

    it.each([
      ['403', 'nl', 'Het overzicht kon niet worden gemaakt.', 'Je hebt hiervoor geen toestemming. Vraag je beheerder om toegang als je die nodig hebt.', 'Reden, voor je beheerder: Only programme coordinators make the report.'],
      ['500', 'nl', 'Het overzicht kon niet worden gemaakt.', 'De server kon het nu niet uitvoeren. Probeer het over een paar minuten opnieuw.', 'Reden, voor je beheerder: Something went wrong on the server. Quote request id r1 when reporting it.'],
      ['no connection', 'nl', 'Het overzicht kon niet worden gemaakt.', 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.', 'Reden, voor je beheerder: Failed to fetch'],
      ['403', 'en', 'The record could not be made.', 'You are not allowed to do this. Ask your administrator for access if you need it.', 'Reason, for your administrator: Only programme coordinators make the report.'],
      ['500', 'en', 'The record could not be made.', 'The server could not do it just now. Try again in a few minutes.', 'Reason, for your administrator: Something went wrong on the server. Quote request id r1 when reporting it.'],
      ['no connection', 'en', 'The record could not be made.', 'There is no connection to the server. Check your internet connection and try again.', 'Reason, for your administrator: Failed to fetch'],
    ] as const)('after a %s, says in %s what happened, with the server’s words only for the administrator', async (failure, language, headline, sentence, adminLine) => {
      global.fetch = jest.fn(failures[failure]) as typeof fetch;
      renderWithServices(<ApplyOrExplainDownload {...props} />, fakeServices(), language);
      await userEvent.click(screen.getByTestId('apply-or-explain-download'));
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText(headline)).toBeInTheDocument();
      expect(within(alert).getByTestId('error-explanation')).toHaveTextContent(sentence);
      expect(within(alert).getByTestId('for-administrator')).toHaveTextContent(adminLine);
      // the English message is in the administrator line, and nowhere else
      const raw = adminLine.slice(adminLine.indexOf(': ') + 2);
      expect(within(alert).getAllByText(raw, { exact: false })).toHaveLength(1);
    });
  });
});
