/** @jest-environment jsdom */
// The Outlook task pane over an invite mocked with office-addin-mock (through the real Outlook host
// adapter), with the meeting feature's chooser and an in-memory Meeting criteria list: it inserts
// the chosen criteria as one block, replaces them on a second insert, and records the attachment
// through the server's attacher (in-process here, over an in-memory list and decision store).
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingCriteria } from '../../src/domain/meeting-criteria';
import { findCriteriaBlocks } from '../../src/domain/meetings/criteria-block';
import { createOutlookHost } from '../../src/hosts/office/outlook/outlook-host';
import { contentLookup } from '../../src/domain/content/lookup';
import type { MeetingCriteriaStore } from '../../src/storage/ports';
import { AcknowledgementWriter } from '../../src/server/api/acknowledgement-writer';
import { MeetingCriteriaAttacher } from '../../src/server/api/meeting-criteria-attacher';
import { postMeetingCriteriaSchema } from '../../src/server/api/post-meeting-criteria';
import {
  CriteriaChooser,
  MeetingCriteriaServiceProvider,
  useAttachCriteria,
  useMeetingCriteria,
  type MeetingCriteriaService,
} from '../../src/app/features/meeting-criteria';
import { OutlookPanePage, type MeetingKit } from '../../src/app/features/outlook-pane';
import { bundledPack } from '../support/bundled-pack';
import { fakeHost, fakeServices, TEST_USER, type MemoryDecisions } from '../support/app/fakes';
import { pageProps, renderWithServices } from '../support/app/render-app';
import { mockMailbox } from '../support/outlook/mock-mailbox';

const kit: MeetingKit = { Chooser: CriteriaChooser, useCriteria: useMeetingCriteria, useAttach: useAttachCriteria };
const lookup = contentLookup(bundledPack());

class MemoryMeetingCriteria implements MeetingCriteriaStore {
  readonly rows = new Map<string, MeetingCriteria>();
  /** when set, the list cannot be reached: reads and writes throw it */
  failWith: Error | undefined;
  /** when set, what someone else attached to whichever meeting the pane opens */
  attachedElsewhere: Omit<MeetingCriteria, 'meetingId'> | undefined;
  async get(meetingId: string) {
    if (this.failWith) throw this.failWith;
    if (this.attachedElsewhere && !this.rows.has(meetingId)) this.rows.set(meetingId, { meetingId, ...this.attachedElsewhere });
    return this.rows.get(meetingId);
  }
  async save(criteria: MeetingCriteria) {
    if (this.failWith) throw this.failWith;
    this.rows.set(criteria.meetingId, criteria);
  }
}

/** the server's side of POST and GET /api/meeting-criteria, called in-process as the test user */
function serverSide(store: MeetingCriteriaStore, decisions: MemoryDecisions): MeetingCriteriaService {
  const writer = new AcknowledgementWriter({ store: decisions, appVersion: '9.9.9' });
  const attacher = new MeetingCriteriaAttacher({ store, writer, lookup });
  const caller = { personId: TEST_USER.id, name: TEST_USER.displayName, team: TEST_USER.team, isCoordinator: false };
  return {
    get: (meetingId) => store.get(meetingId),
    attach: async (body) => {
      const result = await attacher.attach(caller, postMeetingCriteriaSchema.parse(body));
      if (result.outcome !== 'saved') throw new Error(result.message);
      return { criteria: result.criteria, acknowledged: result.acknowledged };
    },
  };
}

async function openPane(body: string, attachedElsewhere?: MemoryMeetingCriteria['attachedElsewhere']) {
  const mailbox = mockMailbox({ subject: 'Kick-off herinrichting Dorpsstraat', body });
  const outlook = await createOutlookHost(mailbox.office, 1_000);
  const services = fakeServices({ host: fakeHost({ ...outlook, kind: 'outlook' }) });
  const store = new MemoryMeetingCriteria();
  store.attachedElsewhere = attachedElsewhere;
  renderWithServices(
    <MeetingCriteriaServiceProvider service={serverSide(store, services.memory)}>
      <OutlookPanePage {...pageProps()} kit={kit} />
    </MeetingCriteriaServiceProvider>,
    services,
  );
  return { mailbox, services, store };
}

/** checks the first `count` suggested criteria and returns their ids */
async function pickSuggested(count: number): Promise<string[]> {
  await waitFor(() => expect(screen.getByTestId('suggestion-status')).toHaveAttribute('data-relevant', 'yes'), { timeout: 10_000 });
  const items = screen.getAllByTestId('pick-item').filter((i) => i.dataset.why === 'suggested' && !within(i).getByRole('checkbox').hasAttribute('checked'));
  const ids: string[] = [];
  for (const item of items.slice(0, count)) {
    await userEvent.click(within(item).getByRole('checkbox'));
    ids.push(item.dataset.itemId!);
  }
  return ids;
}

describe('the Outlook task pane', () => {
  it('suggests criteria from the invite, inserts them as one block and records the attachment', async () => {
    const { mailbox, services, store } = await openPane('<html><body><p>Agenda: ontwerp elementenverharding en klinkers</p></body></html>');
    expect(await screen.findByText('Kick-off herinrichting Dorpsstraat')).toBeInTheDocument();
    const chosen = await pickSuggested(2);
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    expect(await screen.findByTestId('chooser-outcome')).toHaveTextContent('2 criteria ingevoegd in de uitnodiging. De koppeling is vastgelegd.');

    const blocks = findCriteriaBlocks(mailbox.invite.body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.itemIds).toEqual(chosen);
    expect(mailbox.invite.body).toContain('<p>Agenda: ontwerp elementenverharding en klinkers</p>');
    expect(mailbox.invite.body).toContain('Circulaire criteria voor dit overleg');

    const [key] = [...store.rows.keys()];
    expect(key).toMatch(/^outlook-/);
    expect(store.rows.get(key!)).toMatchObject({ checklistItemIds: chosen, subject: 'Kick-off herinrichting Dorpsstraat', start: '2025-03-04T09:00:00.000Z' });
    expect(mailbox.invite.body).toContain(`#/meetings/${encodeURIComponent(key!)}`);
    expect(services.memory.stored.map((a) => [a.checklistItemId, a.decision, a.source, a.contextType, a.contextRef])).toEqual(chosen.map((id) => [id, 'attached', 'outlook', 'meeting', key]));
  }, 30_000);

  it('replaces the block on a second insert and acknowledges only the new criterion', async () => {
    const { mailbox, services, store } = await openPane('<p>Agenda: ontwerp elementenverharding en klinkers</p>');
    const first = await pickSuggested(1);
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    expect(await screen.findByTestId('chooser-outcome')).toHaveTextContent('1 criterium ingevoegd in de uitnodiging.');
    // the pane reads the invite again and now offers to replace
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw lezen' }));
    expect(await screen.findByTestId('block-present')).toHaveTextContent('De uitnodiging bevat al 1 circulair criterium.');
    const second = await pickSuggested(1);
    await userEvent.click(screen.getByRole('button', { name: 'Criteria in uitnodiging vervangen' }));
    expect(await screen.findByTestId('chooser-outcome')).toHaveTextContent('De criteria in de uitnodiging zijn vervangen door 2 criteria.');

    const blocks = findCriteriaBlocks(mailbox.invite.body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.itemIds).toEqual([...first, ...second]);
    expect([...store.rows.values()]).toHaveLength(1);
    expect(services.memory.stored.map((a) => a.checklistItemId)).toEqual([...first, ...second]);
  }, 30_000);

  it('keeps the criteria in the invite when the list cannot be reached, and says that recording failed', async () => {
    const { mailbox, store, services } = await openPane('<p>Agenda: ontwerp elementenverharding en klinkers</p>');
    store.failWith = new Error('Graph 503');
    await pickSuggested(1);
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    const outcome = await screen.findByTestId('chooser-outcome');
    expect(outcome).toHaveTextContent('De criteria staan in de uitnodiging, maar de koppeling is niet vastgelegd. Voeg ze later opnieuw in om dat te herstellen.');
    expect(within(outcome).getByTestId('for-administrator')).toHaveTextContent('Reden, voor je beheerder: Graph 503');
    expect(findCriteriaBlocks(mailbox.invite.body)).toHaveLength(1);
    expect(services.memory.stored).toEqual([]);
  }, 30_000);

  it('says so when Outlook refuses to write the body, and records nothing', async () => {
    const { services, store } = await openPane('<p>Agenda: ontwerp elementenverharding en klinkers</p>');
    await pickSuggested(1);
    // Outlook refuses the write: the adapter's failure surfaces as the chooser's error
    const appointment = services.host.capabilities.appointment!;
    appointment.writeBody = async () => {
      throw new Error('the item is read-only');
    };
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Koppelen is niet gelukt. Er is niets gewijzigd.');
    expect(within(alert).getByTestId('for-administrator')).toHaveTextContent('Reden, voor je beheerder: the item is read-only');
    expect(store.rows.size).toBe(0);
    expect(services.memory.stored).toEqual([]);
  }, 30_000);

  it('says the invite changed and must be checked when Outlook does not keep the block, never that nothing changed', async () => {
    const { mailbox, services, store } = await openPane('<p>Agenda: ontwerp elementenverharding en klinkers</p>');
    await pickSuggested(1);
    // an editor that strips the block's marker: the body is written, but the block is gone
    const appointment = services.host.capabilities.appointment!;
    const write = appointment.writeBody;
    appointment.writeBody = async (html) => write(html.replace(/<div[^>]*>/, '<div>'));
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    const outcome = await screen.findByTestId('chooser-outcome');
    expect(outcome).toHaveTextContent('De uitnodiging is gewijzigd, maar het criteriablok kon niet worden bevestigd');
    expect(outcome).toHaveTextContent('Kijk in de uitnodiging of de criteria er één keer in staan');
    expect(outcome).not.toHaveTextContent('Er is niets gewijzigd');
    expect(within(outcome).getByTestId('for-administrator')).toHaveTextContent('Reden, voor je beheerder: Outlook did not keep the criteria in the invite');
    expect(mailbox.calls).toContain('body.setAsync');
    // what the invite holds is not known, so nothing is recorded as attached
    expect(store.rows.size).toBe(0);
    expect(services.memory.stored).toEqual([]);
  }, 30_000);

  it('keeps the criteria someone else attached to the meeting first, and adds to them', async () => {
    const theirs = 'roads-reuse-paving-elements';
    const { mailbox, store } = await openPane('<p>Agenda: ontwerp elementenverharding en klinkers</p>', { checklistItemIds: [theirs], attachedBy: 'oid-other', subject: 'Kick-off (Teams)' });
    expect(await screen.findByTestId('kept-criteria-note')).toHaveTextContent('Iemand anders heeft als eerste criteria aan dit overleg gekoppeld.');
    const keptBox = within(screen.getAllByTestId('pick-item').find((i) => i.dataset.itemId === theirs)!).getByRole('checkbox');
    expect(keptBox).toBeChecked();
    expect(keptBox).toBeDisabled();
    const added = await pickSuggested(1);
    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in uitnodiging' }));
    expect(await screen.findByTestId('chooser-outcome')).toHaveTextContent('De koppeling is vastgelegd.');
    expect(findCriteriaBlocks(mailbox.invite.body)[0]!.itemIds).toEqual([theirs, ...added]);
    expect([...store.rows.values()][0]).toMatchObject({ checklistItemIds: [theirs, ...added], attachedBy: 'oid-other', subject: 'Kick-off (Teams)' });
  }, 30_000);

  it('explains itself when it is not opened beside an invite', async () => {
    renderWithServices(<OutlookPanePage {...pageProps()} kit={kit} />, fakeServices());
    expect(await screen.findByText('Geen uitnodiging geopend')).toBeInTheDocument();
  });
});
