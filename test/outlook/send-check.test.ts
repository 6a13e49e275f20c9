// The Smart Alert on appointmentSending, driven through Office.actions.associate as Outlook does,
// against an invite mocked with office-addin-mock.
import { realPack } from '../support/app/fakes';
import { buildCriteriaBlock } from '../../src/domain/meetings/criteria-block';
import { buildMatcherIndex, type MatcherIndex } from '../../src/domain/matcher';
import type { Language, ProductGroupId } from '../../src/domain/taxonomy';
import { CRITERIA_PANE_COMMAND_ID, registerSendCheck, SEND_HANDLER_NAME, type SendCheckDeps } from '../../src/hosts/office/outlook/send-check';
import { mockMailbox, mockSendEvent, type MockMailboxOptions } from '../support/outlook/mock-mailbox';

const pack = realPack();
let index: MatcherIndex | undefined;
const matcher = () => (index ??= buildMatcherIndex(pack));
const groupLabel = (id: ProductGroupId, language: Language) => pack.productGroups.find((g) => g.id === id)!.label[language];

const PROJECT = { subject: 'Kick-off herinrichting Dorpsstraat', body: '<html><body><p>Agenda: ontwerp elementenverharding en klinkers, planning</p></body></html>' };
const TEAMS_JOIN =
  '<div><p>________________________________________________________________________________</p><p>Microsoft Teams meeting</p><p>Join on your computer, mobile app or room device</p>' +
  '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">Click here to join the meeting</a></p><p>Phone Conference ID: 1#</p>' +
  '<p>________________________________________________________________________________</p></div>';

/** sends an invite through the registered handler and returns what it told Outlook */
async function send(options: MockMailboxOptions, deps: Partial<SendCheckDeps> = {}) {
  const mailbox = mockMailbox(options);
  expect(registerSendCheck({ office: mailbox.office, matcher, groupLabel, ...deps })).toBe(true);
  const handler = mailbox.handlers.get(SEND_HANDLER_NAME);
  expect(handler).toBeDefined();
  const event = mockSendEvent();
  const started = Date.now();
  handler!(event);
  const completion = await event.completion;
  // a late answer must not complete the event a second time
  await new Promise((r) => setTimeout(r, 20));
  expect(event.times()).toBe(1);
  return { completion, ms: Date.now() - started, mailbox };
}

beforeAll(() => {
  matcher();
});

describe('the send check of an invite', () => {
  it('prompts for a project meeting without criteria, in Dutch, with a button that opens the task pane', async () => {
    const { completion } = await send(PROJECT);
    expect(completion).toMatchObject({ allowEvent: false, cancelLabel: 'Criteria koppelen', commandId: CRITERIA_PANE_COMMAND_ID });
    expect(completion!.errorMessage).toContain('Wegen en verhardingen');
    expect(completion!.errorMessage).toMatch(/geen circulaire criteria/);
    expect(completion!.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion!.errorMessageMarkdown).toContain('**Wegen en verhardingen**');
    expect(completion!.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  it('prompts in English when Outlook runs in English', async () => {
    const { completion } = await send({ ...PROJECT, displayLanguage: 'en-GB' });
    expect(completion).toMatchObject({ allowEvent: false, cancelLabel: 'Attach criteria' });
    expect(completion!.errorMessage).toContain('Roads and paving');
  });

  it('prompts for a procurement meeting of an online (Teams) meeting too', async () => {
    const { completion } = await send({ subject: 'Overleg', body: `<p>Agenda: aanbesteding schoonmaak gemeentehuis</p>${TEAMS_JOIN}` });
    expect(completion!.allowEvent).toBe(false);
  });

  it('leaves out the button and the Markdown where the client has no Mailbox 1.14 or 1.15', async () => {
    const { completion } = await send({ ...PROJECT, mailboxVersion: '1.12' });
    expect(completion!.allowEvent).toBe(false);
    expect(completion).not.toHaveProperty('commandId');
    expect(completion).not.toHaveProperty('cancelLabel');
    expect(completion).not.toHaveProperty('errorMessageMarkdown');
    const newer = await send({ ...PROJECT, mailboxVersion: '1.14' });
    expect(newer.completion).toMatchObject({ commandId: CRITERIA_PANE_COMMAND_ID });
    expect(newer.completion).not.toHaveProperty('errorMessageMarkdown');
  });

  it('allows the send of a project meeting that carries a criteria block', async () => {
    const block = buildCriteriaBlock({ language: 'nl', items: [{ id: 'roads-reuse-paving-elements', text: 'Hergebruik' }] });
    const { completion } = await send({ ...PROJECT, body: PROJECT.body.replace('</body>', `${block}</body>`) });
    expect(completion).toEqual({ allowEvent: true });
  });

  it('allows the send of an unrelated invite, also one that is a Teams meeting', async () => {
    expect((await send({ subject: 'Teamoverleg', body: '<p>Agenda: mededelingen, rondvraag</p>' })).completion).toEqual({ allowEvent: true });
    expect((await send({ subject: 'Bila', body: `<p>Even bijpraten</p>${TEAMS_JOIN}` })).completion).toEqual({ allowEvent: true });
    expect((await send({ subject: '', body: '' })).completion).toEqual({ allowEvent: true });
  });

  it('allows the send when Outlook cannot give the body or the item', async () => {
    expect((await send({ ...PROJECT, faults: ['body.getAsync'] })).completion).toEqual({ allowEvent: true });
    expect((await send({ ...PROJECT, faults: ['subject.getAsync'] })).completion).toEqual({ allowEvent: true });
    expect((await send({ ...PROJECT, noItem: true })).completion).toEqual({ allowEvent: true });
  });

  it('allows the send when the add-in itself fails', async () => {
    const broken = () => {
      throw new Error('the content pack could not be read');
    };
    expect((await send(PROJECT, { matcher: broken })).completion).toEqual({ allowEvent: true });
    const noLabels = () => {
      throw new Error('labels missing');
    };
    expect((await send(PROJECT, { groupLabel: noLabels })).completion).toEqual({ allowEvent: true });
  });

  it('allows the send after the time limit when Outlook never answers', async () => {
    const { completion, ms } = await send({ ...PROJECT, faults: ['hang:body.getAsync'] }, { timeoutMs: 150 });
    expect(completion).toEqual({ allowEvent: true });
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(ms).toBeLessThan(2_000);
  });

  it('logs the outcome without the invite\'s content', async () => {
    const entries: Record<string, unknown>[] = [];
    await send(PROJECT, { log: (e) => entries.push(e) });
    expect(entries).toEqual([{ msg: 'send check', outcome: 'prompt', allowEvent: false }]);
  });
});

describe('registering the send check', () => {
  it('does nothing where Office.actions is missing (the page opened outside Outlook)', () => {
    expect(registerSendCheck({ office: { context: {} }, matcher, groupLabel })).toBe(false);
  });
});
