// The message extension driven through the Microsoft 365 Agents Playground (a Teams-emulating
// client, headless, scripted through its HTTP API): search, the action on a message, the compose
// box dialog, link unfurling (of criteria, actions and a meeting's page), and decisions on cards
// that end as rows in the emulator's list. All of it twice: as the Playground sends it (en-US),
// and as a Teams client set to Dutch does (nl-NL on each activity), each with its own texts.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { bundledPack } from '../support/bot/test-environment';
import { cardTexts, decideData, literalText, recordData } from '../support/bot/card-inspection';
import { startPlayground, type Playground } from '../support/playground';
import { startBotWithEmulator, type BotUnderTest } from '../support/playground-bot-server';

interface ResultList {
  composeExtension: { type: string; attachments: { contentType: string; content: IAdaptiveCard; preview?: { content: { title: string; tap?: unknown } } }[] };
}

/** what a person writes and reads in each language */
interface Texts {
  locale: string;
  criterionHeading: string;
  actionHeading: string;
  message: string;
  messageCheckHeading: string;
  messageGroups: string[];
  recognisedBy: string;
  unrelatedMessage: string;
  noCriteria: string;
  draft: string;
  draftGroup: string;
  roadsGroup: string;
  reason: string;
  notApplicable: string;
  later: string;
  considered: string;
  meetingReason: string;
  meetingHeading: string;
  meetingIntro: string;
  /** how a card shows the person their own choice */
  yourChoice: string;
}

const ENGLISH: Texts = {
  locale: 'en-US',
  criterionHeading: 'Circular criterion',
  actionHeading: 'Programme action',
  message: '<p>Hi all, we will replace the <b>asphalt</b> on the high street and order new laptops.</p>',
  messageCheckHeading: 'Circular criteria for this message',
  messageGroups: ['Roads and paving', 'ICT hardware and telephony'],
  recognisedBy: 'Recognised by: asphalt',
  unrelatedMessage: 'Could you send me the legal advice about the insurance?',
  noCriteria: 'No circular criteria found',
  draft: 'Tender for 40 office chairs and desks',
  draftGroup: 'Office furniture and interiors',
  roadsGroup: 'Roads and paving',
  reason: 'No asphalt in this *project*',
  notApplicable: 'Not applicable',
  later: 'Look at later',
  considered: 'Considered, not applied',
  meetingReason: 'Masts are due for replacement',
  meetingHeading: 'Circular criteria for this meeting',
  meetingIntro: '2 criteria are attached to this meeting.',
  yourChoice: 'Your choice',
};

const DUTCH: Texts = {
  locale: 'nl-NL',
  criterionHeading: 'Circulair criterium',
  actionHeading: 'Programma-actie',
  message: '<p>Hoi allemaal, we vervangen het <b>asfalt</b> in de hoofdstraat en bestellen nieuwe laptops.</p>',
  messageCheckHeading: 'Circulaire criteria voor dit bericht',
  messageGroups: ['Wegen en verhardingen', 'ICT-hardware en telefonie'],
  recognisedBy: 'Herkend aan: asfalt',
  unrelatedMessage: 'Kun je me het juridisch advies over de verzekering sturen?',
  noCriteria: 'Geen circulaire criteria gevonden',
  draft: 'Aanbesteding voor 40 bureaustoelen en bureaus',
  draftGroup: 'Kantoormeubilair en inrichting',
  roadsGroup: 'Wegen en verhardingen',
  reason: 'Geen asfalt in dit *project*',
  notApplicable: 'Niet van toepassing',
  later: 'Later bekijken',
  considered: 'Overwogen, niet toegepast',
  meetingReason: 'De masten worden binnenkort vervangen',
  meetingHeading: 'Circulaire criteria voor dit overleg',
  meetingIntro: '2 criteria zijn aan dit overleg gekoppeld.',
  yourChoice: 'Jouw keuze',
};

describe.each([ENGLISH, DUTCH])('the message extension in the Agents Playground, in $locale', (t) => {
  let bot: BotUnderTest;
  let playground: Playground;

  beforeAll(async () => {
    bot = await startBotWithEmulator(bundledPack());
    // the Playground's own locale is en-US; Dutch goes through its locale relay
    playground = await startPlayground(bot.endpoint, t.locale === 'en-US' ? {} : { locale: t.locale });
  }, 45_000);

  afterAll(async () => {
    await playground?.stop();
    await bot?.close();
  });

  const explain = () => `Playground output:\n${playground.output().slice(-2000)}\nBot log:\n${JSON.stringify(bot.logged.slice(-5))}`;

  it("searches criteria and programme actions, answering in the user's language", async () => {
    const answer = await playground.invoke<ResultList>('composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'query', value: 'bestrating' }] });
    expect({ status: answer.status, explain: answer.status === 200 ? '' : explain() }).toEqual({ status: 200, explain: '' });
    const { attachments } = answer.body.composeExtension;
    expect(attachments.length).toBeGreaterThanOrEqual(3);
    expect(attachments.map((a) => cardTexts(a.content).markdown[0])).toEqual(expect.arrayContaining([t.criterionHeading, t.actionHeading]));
    expect(attachments[0]!.preview!.content.title.length).toBeGreaterThan(10);
    // Teams asks for the full card when a result is chosen; the Playground inserts the small one
    expect(attachments[0]!.preview!.content.tap).toEqual({ type: 'invoke', value: { selectItem: expect.objectContaining({ id: expect.any(String) }) } });
    expect(cardTexts(attachments[0]!.content).urls[0]).toMatch(/^http:\/\/localhost:3978\/#\/(criteria|actions)\//);
  });

  it('checks a message and answers with the product groups found and their criteria', async () => {
    const messagePayload = { id: '1767225600000', body: { contentType: 'html', content: t.message } };
    const answer = await playground.invoke<ResultList>('composeExtension/submitAction', { commandId: 'checkMessage', commandContext: 'message', messagePayload });
    expect(answer.status).toBe(200);
    const card = answer.body.composeExtension.attachments[0]!.content;
    const text = literalText(card);
    expect(cardTexts(card).markdown[0]).toBe(t.messageCheckHeading);
    for (const group of t.messageGroups) expect(text).toContain(group);
    expect(text).toContain(t.recognisedBy);
  });

  it('says so when a message has no circular criteria', async () => {
    const messagePayload = { id: '1767225600001', body: { contentType: 'text', content: t.unrelatedMessage } };
    const answer = await playground.invoke('composeExtension/submitAction', { commandId: 'checkMessage', commandContext: 'message', messagePayload });
    expect(answer.body).toEqual({ task: { type: 'message', value: t.noCriteria } });
  });

  it('opens the document check as a dialog from the compose box, and inserts the result the page submits', async () => {
    const opened = await playground.invoke('composeExtension/fetchTask', { commandId: 'checkDraft', commandContext: 'compose' });
    expect(opened.body).toMatchObject({ task: { type: 'continue', value: { url: 'http://localhost:3978/#/check?host=dialog' } } });
    const submitted = await playground.invoke<ResultList>('composeExtension/submitAction', { commandId: 'checkDraft', commandContext: 'compose', data: { text: t.draft } });
    expect(literalText(submitted.body.composeExtension.attachments[0]!.content)).toContain(t.draftGroup);
  });

  it("unfurls a link to one of the app's criteria into its card", async () => {
    const answer = await playground.invoke<ResultList>('composeExtension/queryLink', { url: 'http://localhost:3978/#/criteria/roads-limit-paved-area' });
    const [attachment] = answer.body.composeExtension.attachments;
    expect(cardTexts(attachment!.content).urls).toEqual(['http://localhost:3978/#/criteria/roads-limit-paved-area']);
    expect(literalText(attachment!.content)).toContain(t.roadsGroup);
  });

  it('records a decision made on a sent card as one row in the Acknowledgements list, however often it is clicked', async () => {
    const unfurled = await playground.invoke<ResultList>('composeExtension/queryLink', { url: 'http://localhost:3978/#/criteria/roads-asphalt-reclaimed-content' });
    const card = unfurled.body.composeExtension.attachments[0]!.content;
    // the user sends the card into the chat; the decision is made on that message
    const chat = playground.config.personalChat.id;
    const messageId = await playground.postMessage(chat, { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });
    const itemId = String(cardTexts(card).executeData[0]!.itemId);
    const click = () =>
      playground.invoke<{ type: string; value: IAdaptiveCard }>(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'decide', data: { ...decideData(card, itemId, 'not-applicable'), [`reason-${itemId}`]: t.reason } }, trigger: 'manual' },
        { conversationId: chat, replyToId: messageId },
      );
    const first = await click();
    expect({ status: first.status, explain: first.status === 200 ? '' : explain() }).toEqual({ status: 200, explain: '' });
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const user = playground.config.currentUser;
    expect(literalText(first.body.value)).toContain(`${t.yourChoice}: ${t.notApplicable} (${t.reason})`);
    await click();

    const rows = await bot.listReader.forStaff(user.aadObjectId);
    expect(rows).toEqual([
      expect.objectContaining({
        checklistItemId: itemId,
        checklistId: 'roads',
        decision: 'not-applicable',
        reason: t.reason,
        source: 'message-extension',
        contextType: 'message',
        contextRef: `teams:${chat}:${messageId}`,
        staffAadId: user.aadObjectId,
      }),
    ]);
  });

  it('records a decision on a programme action card with the action id', async () => {
    const unfurled = await playground.invoke<ResultList>('composeExtension/queryLink', { url: 'http://localhost:3978/#/actions/public-space-reuse-paving-depot' });
    const card = unfurled.body.composeExtension.attachments[0]!.content;
    const chat = playground.config.groupChats[0]!.id;
    const member = playground.config.users.find((u) => u.id === playground.config.groupChats[0]!.members[0])!;
    const messageId = await playground.postMessage(chat, { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }, member.id);
    const answer = await playground.invoke<{ value: IAdaptiveCard }>(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: 'decide', data: decideData(card, 'public-space-reuse-paving-depot', 'later') }, trigger: 'manual' },
      { conversationId: chat, replyToId: messageId, fromId: member.id },
    );
    expect(literalText(answer.body.value)).toContain(`${t.yourChoice}: ${t.later}`);
    // another member of the chat who refreshes the card sees nothing of it
    const other = playground.config.users.find((u) => playground.config.groupChats[0]!.members.includes(u.id) && u.id !== member.id)!;
    const refreshed = await playground.invoke<{ value: IAdaptiveCard }>(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: 'refreshCard', data: card.refresh!.action!.data }, trigger: 'automatic' },
      { conversationId: chat, replyToId: messageId, fromId: other.id },
    );
    expect(literalText(refreshed.body.value)).not.toMatch(new RegExp(`${t.yourChoice}: |${member.name}|${t.later}`));
    expect(await bot.listReader.forStaff(member.aadObjectId)).toEqual([
      expect.objectContaining({ actionId: 'public-space-reuse-paving-depot', checklistItemId: '', decision: 'later', contextRef: `teams:${chat}:${messageId}` }),
    ]);
  });

  it("unfurls a link to a meeting's page into the attached criteria, and a decision on that card lands against the meeting", async () => {
    // a Teams meeting id (base64 of the meeting chat's thread id), attached to as the meeting tab does
    const meetingId = 'MCMxOTptZWV0aW5nX1pHTmlZVEl6TkRVdE5qYzRPUzAwWVdKakxXUmxaakF0TVRJek5EVTJOemc1TUdGaUB0aHJlYWQudjIjMA==';
    const attached = ['roads-asphalt-reclaimed-content', 'public-lighting-keep-sound-masts'];
    await bot.meetingCriteria.save({ meetingId, checklistItemIds: attached, attachedBy: playground.config.users[1]!.aadObjectId, subject: 'Kick-off <Dorpsstraat> & Koningsweg' });

    const link = `http://localhost:3978/#/meetings/${encodeURIComponent(meetingId)}`;
    const unfurled = await playground.invoke<ResultList>('composeExtension/queryLink', { url: link });
    expect({ status: unfurled.status, explain: unfurled.status === 200 ? '' : explain() }).toEqual({ status: 200, explain: '' });
    const [attachment] = unfurled.body.composeExtension.attachments;
    const card = attachment!.content;
    expect(cardTexts(card).markdown[0]).toBe(t.meetingHeading);
    expect(literalText(card)).toContain('Kick-off <Dorpsstraat> & Koningsweg');
    expect(literalText(card)).toContain(t.meetingIntro);
    expect(cardTexts(card).urls).toContain(link);
    expect(attachment!.preview!.content.title).toBe('Kick-off &lt;Dorpsstraat&gt; &amp; Koningsweg');

    // the organizer sends the card into the meeting chat; an attendee decides on it there
    const chat = playground.config.groupChats[0]!;
    const attendee = playground.config.users.find((u) => u.id === chat.members[0])!;
    const messageId = await playground.postMessage(chat.id, { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }, attendee.id);
    const item = 'public-lighting-keep-sound-masts';
    const click = () =>
      playground.invoke<{ type: string; value: IAdaptiveCard }>(
        'adaptiveCard/action',
        { action: { type: 'Action.Execute', verb: 'decide', data: { ...recordData(card, item), [`decision-${item}`]: 'considered', [`reason-${item}`]: t.meetingReason } }, trigger: 'manual' },
        { conversationId: chat.id, replyToId: messageId, fromId: attendee.id },
      );
    const first = await click();
    expect({ status: first.status, explain: first.status === 200 ? '' : explain() }).toEqual({ status: 200, explain: '' });
    const answer = literalText(first.body.value);
    expect(answer).toContain(`${t.yourChoice}: ${t.considered} (${t.meetingReason})`);
    expect(answer).not.toContain(attendee.name);
    expect(answer).toContain('Kick-off <Dorpsstraat> & Koningsweg');
    await click();

    expect(await bot.listReader.forContext(meetingId)).toEqual([
      expect.objectContaining({
        checklistItemId: item,
        checklistId: 'public-lighting',
        decision: 'considered',
        reason: t.meetingReason,
        source: 'message-extension',
        contextType: 'meeting',
        contextRef: meetingId,
        contextTitle: 'Kick-off <Dorpsstraat> & Koningsweg',
        staffAadId: attendee.aadObjectId,
      }),
    ]);
  });
});
