// Inserting the criteria block into an invite through the Outlook host adapter, against an invite
// mocked with office-addin-mock: once, then replaced, never duplicated; and the meeting key.
import { buildCriteriaBlock, findCriteriaBlocks } from '../../src/domain/meetings/criteria-block';
import { meetingIdOfThreadId } from '../../src/domain/meetings/meeting-key';
import { createOutlookHost, MEETING_KEY_PROPERTY } from '../../src/hosts/office/outlook/outlook-host';
import { CriteriaBlockLost, insertCriteriaIntoInvite } from '../../src/hosts/office/outlook/insert-criteria';
import { mockMailbox, type MockMailboxOptions } from '../support/outlook/mock-mailbox';

const block = (...ids: string[]) => buildCriteriaBlock({ language: 'nl', items: ids.map((id) => ({ id, text: `Criterium ${id}`, link: `https://cc.example.org/#/criteria/${id}` })) });
const THREAD = '19:meeting_ZDk0ZTg4YjgtNDc3Zi00NjcyLWFkMzYtNGRkYjE5ZWUyNmFm@thread.v2';
const JOIN = `<div><p>________________________________________________________________________________</p><p><a href="https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=x">Click here to join the meeting</a></p></div>`;

async function paneOn(options: MockMailboxOptions) {
  const mailbox = mockMailbox(options);
  const host = await createOutlookHost(mailbox.office, 1_000);
  const appointment = host.capabilities.appointment;
  if (!appointment) throw new Error('the pane has no appointment');
  return { mailbox, host, appointment };
}

describe('the Outlook host', () => {
  it('reads the user, language and invite from Office.js', async () => {
    const { host, appointment } = await paneOn({ subject: 'Kick-off', body: '<p>Agenda</p>', displayLanguage: 'en-GB' });
    expect(host).toMatchObject({ kind: 'outlook', hostName: 'Outlook', locale: 'en-GB', frameContext: 'content', user: { displayName: 'Joris de Vries', userPrincipalName: 'joris@soest.example' } });
    expect(await appointment.read()).toEqual({ subject: 'Kick-off', body: '<p>Agenda</p>', bodyIsHtml: true, start: '2025-03-04T09:00:00.000Z' });
  });

  it('rejects when Office.js never gets ready', async () => {
    const never = { context: {}, onReady: () => new Promise<never>(() => undefined) };
    await expect(createOutlookHost(never, 50)).rejects.toThrow('Office.js did not get ready within 50 ms');
  });
});

describe('inserting criteria into an invite', () => {
  it('adds one marked block to an invite without one, keeping the agenda', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<html><body><p>Agenda: herinrichting Dorpsstraat</p></body></html>' });
    const outcome = await insertCriteriaIntoInvite(appointment, block('roads-a', 'roads-b'));
    expect(outcome).toEqual({ replaced: false, itemIds: ['roads-a', 'roads-b'] });
    expect(mailbox.invite.body).toBe(`<html><body><p>Agenda: herinrichting Dorpsstraat</p>${block('roads-a', 'roads-b')}</body></html>`);
  });

  it('replaces the block on a second insert, never duplicating it', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<p>Agenda</p>' });
    await insertCriteriaIntoInvite(appointment, block('roads-a'));
    const second = await insertCriteriaIntoInvite(appointment, block('roads-b', 'roads-c'));
    expect(second).toEqual({ replaced: true, itemIds: ['roads-b', 'roads-c'] });
    expect(findCriteriaBlocks(mailbox.invite.body)).toHaveLength(1);
    expect(mailbox.invite.body).toBe(`<p>Agenda</p>${block('roads-b', 'roads-c')}`);
  });

  it('puts the block before the Teams join information of an online meeting', async () => {
    const { mailbox, appointment } = await paneOn({ body: `<p>Agenda</p>${JOIN}` });
    await insertCriteriaIntoInvite(appointment, block('roads-a'));
    expect(mailbox.invite.body).toBe(`<p>Agenda</p>${block('roads-a')}${JOIN}`);
  });

  it('reports a failure to write and leaves the body as it was', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<p>Agenda</p>', faults: ['body.setAsync'] });
    const failure = insertCriteriaIntoInvite(appointment, block('roads-a'));
    await expect(failure).rejects.toThrow('body.setAsync failed');
    // nothing was written: not the error that tells the person to check the invite
    await expect(failure).rejects.not.toBeInstanceOf(CriteriaBlockLost);
    expect(mailbox.invite.body).toBe('<p>Agenda</p>');
  });

  it('reports it when Outlook did not keep the block', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<p>Agenda</p>' });
    // an editor that strips the marker's attributes and id
    const write = appointment.writeBody;
    appointment.writeBody = async (html) => write(html.replace(/<div[^>]*>/, '<div>'));
    const failure = insertCriteriaIntoInvite(appointment, block('roads-a'));
    await expect(failure).rejects.toThrow('Outlook did not keep the criteria in the invite');
    await expect(failure).rejects.toBeInstanceOf(CriteriaBlockLost);
    expect(mailbox.calls).toContain('body.setAsync');
  });

  it('reports a written invite it cannot read back as unconfirmed, not as unchanged', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<p>Agenda</p>' });
    const write = appointment.writeBody;
    const read = appointment.read;
    let written = false;
    appointment.writeBody = async (html) => {
      await write(html);
      written = true;
    };
    appointment.read = async () => {
      if (written) throw new Error('body.getAsync failed');
      return read();
    };
    const failure = insertCriteriaIntoInvite(appointment, block('roads-a'));
    await expect(failure).rejects.toBeInstanceOf(CriteriaBlockLost);
    await expect(failure).rejects.toThrow('the invite could not be read back after writing (body.getAsync failed)');
    expect(findCriteriaBlocks(mailbox.invite.body)).toHaveLength(1);
  });
});

describe('the meeting key of an invite', () => {
  it('is the Teams meeting id for an online meeting, the same key the Teams meeting tab uses', async () => {
    const { appointment } = await paneOn({ body: `<p>Agenda</p>${JOIN}` });
    expect(await appointment.meetingKey()).toBe(meetingIdOfThreadId(THREAD));
  });

  it('is kept on the invite otherwise, so the pane finds the same key when it opens again', async () => {
    const { mailbox, appointment } = await paneOn({ body: '<p>Agenda</p>' });
    const key = await appointment.meetingKey();
    expect(key).toMatch(/^outlook-[0-9a-f]{24}$/);
    expect(mailbox.invite.savedProperties[MEETING_KEY_PROPERTY]).toBe(key);
    expect(await appointment.meetingKey()).toBe(key);
  });

  it('fails clearly when the key cannot be kept', async () => {
    const { appointment } = await paneOn({ body: '<p>Agenda</p>', faults: ['customProperties.saveAsync'] });
    await expect(appointment.meetingKey()).rejects.toThrow('customProperties.saveAsync failed');
  });
});
