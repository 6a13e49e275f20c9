/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { fakeHost, fakeServices, TEST_USER } from '../../../../../test/support/app/fakes';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import type { PostMeetingCriteriaBody } from '../../../../server/api/post-meeting-criteria';
import { pageProps, renderWithServices } from '../../../../../test/support/app/render-app';
import { MeetingCriteriaServiceProvider, type MeetingCriteriaService } from '../lib/meeting-criteria-service';
import { MeetingLinkPage, MeetingTabPage } from './meeting-page';

const KERKEBUURT: MeetingCriteria = {
  meetingId: 'meeting-kerkebuurt',
  checklistItemIds: ['roads-reuse-paving-elements'],
  attachedBy: 'oid-organizer',
  subject: 'Projectoverleg herinrichting Kerkebuurt',
};

const storeWith = (...stored: MeetingCriteria[]): MeetingCriteriaService => ({
  get: async (id) => stored.find((c) => c.meetingId === id),
  attach: async () => Promise.reject(new Error('not in this test')),
});

describe('the meeting page', () => {
  it('names the meeting a chat link opens by the subject stored with its criteria', async () => {
    renderWithServices(
      <MeetingCriteriaServiceProvider service={storeWith(KERKEBUURT)}>
        <MeetingLinkPage {...pageProps({ meetingId: 'meeting-kerkebuurt' })} />
      </MeetingCriteriaServiceProvider>,
      fakeServices(),
    );
    expect(await screen.findByTestId('meeting-subject')).toHaveTextContent('Projectoverleg herinrichting Kerkebuurt');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('links each criterion to its page in the meeting’s tab, but not in the side panel, which the link would replace with the whole app', async () => {
    const meetingIn = (frameContext: 'content' | 'sidePanel') =>
      renderWithServices(
        <MeetingCriteriaServiceProvider service={storeWith(KERKEBUURT)}>
          <MeetingTabPage {...pageProps()} />
        </MeetingCriteriaServiceProvider>,
        fakeServices({ host: fakeHost({ frameContext, meeting: { id: 'meeting-kerkebuurt', details: async () => ({ title: 'Projectoverleg herinrichting Kerkebuurt' }) } }) }),
      );
    const tab = meetingIn('content');
    const inTab = await screen.findByTestId('attached-item');
    expect(within(inTab).getByRole('link', { name: 'Details' })).toHaveAttribute('href', '#/criteria/roads-reuse-paving-elements');
    tab.unmount();

    meetingIn('sidePanel');
    const inPanel = await screen.findByTestId('attached-item');
    expect(within(inPanel).getByText(/^Vrijkomende klinkers, tegels en trottoir- en opsluitbanden/)).toBeInTheDocument();
    expect(within(inPanel).queryByRole('link')).toBeNull();
  });

  it('recognises a project meeting from its title alone, and asks what is built instead of saying it is none', async () => {
    const host = fakeHost({ frameContext: 'content', meeting: { id: 'meeting-new', details: async () => ({ title: 'Projectoverleg herinrichting Kerkebuurt' }) } });
    renderWithServices(
      <MeetingCriteriaServiceProvider service={storeWith()}>
        <MeetingTabPage {...pageProps()} />
      </MeetingCriteriaServiceProvider>,
      fakeServices({ host }),
    );
    expect(await screen.findByTestId('meeting-subject')).toHaveTextContent('Projectoverleg herinrichting Kerkebuurt');
    const status = await screen.findByTestId('suggestion-status');
    await waitFor(() => expect(status).toHaveAttribute('data-project', 'yes'), { timeout: 10_000 });
    expect(status).toHaveTextContent('Een project- of inkoopoverleg (Projectoverleg, herinrichting)');
    expect(status).not.toHaveTextContent('Dit lijkt geen project- of inkoopoverleg');

    // once the agenda says what is built, criteria are suggested for it
    const about = screen.getByRole('textbox', { name: /Onderwerp en agenda/ });
    await userEvent.type(about, '{End}{Enter}Agenda: nieuwe klinkerbestrating');
    await waitFor(() => expect(status).toHaveAttribute('data-relevant', 'yes'), { timeout: 10_000 });
  }, 30_000);

  it('still says so when a meeting is not about a project or a purchase', async () => {
    const host = fakeHost({ frameContext: 'content', meeting: { id: 'meeting-team', details: async () => ({ title: 'Teamoverleg communicatie' }) } });
    renderWithServices(
      <MeetingCriteriaServiceProvider service={storeWith()}>
        <MeetingTabPage {...pageProps()} />
      </MeetingCriteriaServiceProvider>,
      fakeServices({ host }),
    );
    const status = await screen.findByTestId('suggestion-status');
    await waitFor(() => expect(status).toHaveTextContent('Dit lijkt geen project- of inkoopoverleg'), { timeout: 10_000 });
    expect(status).toHaveAttribute('data-project', 'no');
  }, 30_000);

  describe('criteria someone else attached first', () => {
    /** the store, recording what the page sends; the server merges additions (attachment.ts) */
    function recordingStore(stored: MeetingCriteria) {
      const sent: PostMeetingCriteriaBody[] = [];
      const service: MeetingCriteriaService = {
        get: async () => stored,
        attach: async (body) => {
          sent.push(body);
          return { criteria: { ...stored, checklistItemIds: body.checklistItemIds }, acknowledged: { written: 1, alreadyPresent: 0 } };
        },
      };
      return { service, sent };
    }
    // Teams does not say who organizes: anyone in the meeting may choose
    const host = () => fakeHost({ frameContext: 'content', meeting: { id: 'meeting-kerkebuurt', details: async () => ({ title: 'Projectoverleg herinrichting Kerkebuurt' }) } });

    it('are kept: they cannot be unchecked, the page says why, and what this person adds is sent with them', async () => {
      const { service, sent } = recordingStore(KERKEBUURT);
      renderWithServices(
        <MeetingCriteriaServiceProvider service={service}>
          <MeetingTabPage {...pageProps()} />
        </MeetingCriteriaServiceProvider>,
        fakeServices({ host: host() }),
      );
      await userEvent.click(await screen.findByRole('button', { name: 'Criteria toevoegen' }));
      expect(screen.getByTestId('kept-criteria-note')).toHaveTextContent('alleen die persoon kan gekoppelde criteria weghalen');
      const kept = screen.getAllByTestId('pick-item').find((i) => i.dataset.itemId === 'roads-reuse-paving-elements')!;
      const keptBox = within(kept).getByRole('checkbox');
      expect(keptBox).toBeChecked();
      expect(keptBox).toBeDisabled();

      await userEvent.type(screen.getByRole('searchbox', { name: 'Ander criterium zoeken' }), 'asfalt');
      const found = await waitFor(() => screen.getAllByTestId('pick-item').find((i) => i.dataset.why === 'found')!);
      await userEvent.click(within(found).getByRole('checkbox'));
      await userEvent.click(screen.getByRole('button', { name: 'Criteria toevoegen' }));
      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]!.checklistItemIds).toEqual(['roads-reuse-paving-elements', found.dataset.itemId]);
    }, 30_000);

    it('tells in Dutch why the server refused, when someone else attached first a moment before', async () => {
      // the page saw no criteria; the server meanwhile has someone else's and refuses leaving them out
      const service: MeetingCriteriaService = {
        get: async () => undefined,
        attach: async () => Promise.reject(new ApiRequestError(403, 'criteriaOwnedByAnother', 'Only the person who first attached criteria to this meeting can remove them')),
      };
      renderWithServices(
        <MeetingCriteriaServiceProvider service={service}>
          <MeetingTabPage {...pageProps()} />
        </MeetingCriteriaServiceProvider>,
        fakeServices({ host: host() }),
      );
      await userEvent.type(await screen.findByRole('searchbox', { name: 'Ander criterium zoeken' }), 'asfalt');
      const found = await waitFor(() => screen.getAllByTestId('pick-item').find((i) => i.dataset.why === 'found')!);
      await userEvent.click(within(found).getByRole('checkbox'));
      await userEvent.click(screen.getByRole('button', { name: 'Criteria koppelen' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Er is niets gewijzigd: alleen wie als eerste criteria aan dit overleg koppelde, kan ze weghalen.');
    }, 30_000);

    it('stay the owner’s to change: the owner may uncheck them', async () => {
      const { service } = recordingStore({ ...KERKEBUURT, attachedBy: TEST_USER.id });
      renderWithServices(
        <MeetingCriteriaServiceProvider service={service}>
          <MeetingTabPage {...pageProps()} />
        </MeetingCriteriaServiceProvider>,
        fakeServices({ host: host() }),
      );
      await userEvent.click(await screen.findByRole('button', { name: 'Criteria wijzigen' }));
      expect(screen.queryByTestId('kept-criteria-note')).not.toBeInTheDocument();
      const box = within(screen.getAllByTestId('pick-item').find((i) => i.dataset.itemId === 'roads-reuse-paving-elements')!).getByRole('checkbox');
      await userEvent.click(box);
      expect(box).not.toBeChecked();
    }, 30_000);
  });
});
