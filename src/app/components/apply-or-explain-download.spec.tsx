/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
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
});
