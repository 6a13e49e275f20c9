/** @jest-environment jsdom */
// Every kind of card the bot sends, parsed by the official Adaptive Cards library at schema 1.5:
// no parse errors, no warnings, no validation failures. A card a host cannot read loses decisions.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { onCardAction } from '../handlers/card-action';
import { helpMessage } from '../handlers/conversation';
import { checkMessage } from '../handlers/message-check';
import { submitDraftCheck } from '../handlers/draft-check';
import { unfurlLink } from '../handlers/link-unfurl';
import type { ResultList, UniversalActionAnswer } from '../handlers/responses';
import { searchCriteria, selectSearchResult } from '../handlers/search';
import { MEETING_CARD_LIMITS, REMINDER_CARD_LIMITS } from '../card-state';
import { recordLink } from '../../domain/apply-or-explain';
import { reminderMessageFor } from '../reminder/send-reminders';
import { MemoryReminderSubscriptions } from '../reminder/subscriptions';
import { decideData, recordData } from '../../../test/support/bot/card-inspection';
import { MemoryMeetingCriteriaStore } from '../../../test/support/bot/memory-meeting-criteria-store';
import { ALEX, MEGAN, activity, colleaguesChoices, testEnvironment, type TestEnvironment } from '../../../test/support/bot/test-environment';

// the package's main entry is ES modules, which jest does not transform in node_modules; its UMD
// bundle is the same library
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

function problemsOf(json: IAdaptiveCard): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  return problems;
}

const cardsOf = (list: ResultList) => list.composeExtension.attachments.map((a) => a.content);
const cardOf = (answer: UniversalActionAnswer): IAdaptiveCard => {
  if (answer.statusCode !== 200) throw new Error(answer.value.message);
  return answer.value;
};

const hostile = '**vet** [klik](javascript:alert(1)) <script>alert(1)</script>';

/**
 * a meeting's card as large as it gets: the most criteria a card shows, the longest texts in the
 * pack, a subject and a meeting id of the longest kept, and on every criterion the person's own
 * choice with the longest reason shown, the count of colleagues who chose, and the notice of the
 * last click
 */
async function largestMeetingCard(locale: string): Promise<IAdaptiveCard> {
  const env: TestEnvironment = testEnvironment();
  const meetingId = `${'A'.repeat(253)}==`;
  const longest = env.content.pack.checklists
    .flatMap((c) => c.items)
    .sort((a, b) => b.text.nl.length + b.text.en.length - (a.text.nl.length + a.text.en.length))
    .slice(0, MEETING_CARD_LIMITS.criteria + 5)
    .map((i) => i.id);
  const meetings = new MemoryMeetingCriteriaStore();
  await meetings.save({ meetingId, checklistItemIds: longest, attachedBy: MEGAN.aadObjectId, subject: 'Ö'.repeat(300) });
  env.meetingCriteria = meetings;
  const card = (await unfurlLink(env, activity({ url: `https://keuzes.example.nl/#/meetings/${meetingId}` }, { locale }))).composeExtension.attachments[0]!.content;
  // colleagues chose in the meeting too: the card counts them, and shows nothing else of theirs
  env.store.rows.push(...colleaguesChoices(12, meetingId, longest[0]!, 'meeting'));
  let last: IAdaptiveCard = card;
  for (const id of longest.slice(0, MEETING_CARD_LIMITS.criteria)) {
    const data = { ...recordData(card, id), [`decision-${id}`]: 'not-applicable', [`reason-${id}`]: 'w'.repeat(1000) };
    last = cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'decide', data } }, { locale, replyToId: 'msg-1' })));
  }
  return last;
}

describe('the cards the bot sends', () => {

  async function everyKindOfCard(locale: string): Promise<[string, IAdaptiveCard][]> {
    const env = testEnvironment();
    const at = (value: unknown) => activity(value, { locale, replyToId: 'msg-1' });
    const search = cardsOf(searchCriteria(env, at({ commandId: 'searchCriteria', parameters: [{ name: 'query', value: 'materialendepot' }] })));
    const suggestions = cardsOf(searchCriteria(env, at({ commandId: 'searchCriteria', parameters: [{ name: 'initialRun', value: 'true' }] })));
    const chosen = (kind: 'criterion' | 'action', id: string) => cardsOf(selectSearchResult(env, at({ selectItem: { kind, id } })))[0]!;
    const criterion = chosen('criterion', 'roads-reuse-paving-elements');
    const action = chosen('action', 'public-space-reuse-paving-depot');
    const text = `Offerteaanvraag: nieuwe laptops, bureaustoelen, asfalt en lichtmasten. ${hostile}`;
    const checked = cardsOf(await checkMessage(env, at({ commandId: 'checkMessage', messagePayload: { id: '17', body: { contentType: 'text', content: text } } })) as ResultList)[0]!;
    const draft = cardsOf(await submitDraftCheck(env, at({ commandId: 'checkDraft', data: { text } })) as ResultList)[0]!;
    const unfurled = cardsOf(await unfurlLink(env, at({ url: 'https://keuzes.example.nl/#/criteria/roads-limit-paved-area' })))[0]!;
    const itemId = JSON.stringify(criterion).match(/"itemId":"([a-z0-9-]+)"/)![1]!;
    const click = (data: Record<string, unknown>, from = ALEX) => activity({ action: { type: 'Action.Execute', verb: 'decide', data } }, { locale, replyToId: 'msg-1', from });
    await onCardAction(env, click({ ...decideData(criterion, itemId, 'not-applicable'), [`reason-${itemId}`]: hostile }, MEGAN));
    const decided = cardOf(await onCardAction(env, click(decideData(criterion, itemId, 'applied'))));
    const refused = cardOf(await onCardAction(env, click(decideData(criterion, itemId, 'considered'))));
    const checkedItem = JSON.stringify(checked).match(/"itemId":"([a-z0-9-]+)"/)![1]!;
    const checkedDecided = cardOf(
      await onCardAction(env, click({ ...recordData(checked, checkedItem), [`decision-${checkedItem}`]: 'considered', [`reason-${checkedItem}`]: hostile })),
    );
    const actionId = JSON.stringify(action).match(/"actionId":"([a-z0-9-]+)"/)![1]!;
    const actionDecided = cardOf(await onCardAction(env, click(decideData(action, actionId, 'later'))));
    const meetings = new MemoryMeetingCriteriaStore();
    env.meetingCriteria = meetings;
    const meetingLink = (id: string) => at({ url: `https://keuzes.example.nl/#/meetings/${encodeURIComponent(id)}` });
    await meetings.save({ meetingId: 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==', checklistItemIds: ['roads-asphalt-reclaimed-content', 'roads-limit-paved-area'], attachedBy: MEGAN.aadObjectId, subject: hostile });
    const meeting = cardsOf(await unfurlLink(env, meetingLink('MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==')))[0]!;
    const meetingDecided = cardOf(
      await onCardAction(env, click({ ...recordData(meeting, 'roads-limit-paved-area'), 'decision-roads-limit-paved-area': 'not-applicable', 'reason-roads-limit-paved-area': hostile })),
    );
    const meetingWithout = cardsOf(await unfurlLink(env, meetingLink('outlook-00112233445566778899aabb')))[0]!;
    meetings.failWith = new Error('down');
    const meetingUnreadable = cardsOf(await unfurlLink(env, meetingLink('MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==')))[0]!;
    // the weekly reminder at its largest (the longest criteria, titles and references), after a decision, switched off
    const longest = env.content.pack.checklists
      .flatMap((c) => c.items.map((item) => ({ item, checklistId: c.id })))
      .sort((a, b) => b.item.text.nl.length + b.item.text.en.length - (a.item.text.nl.length + a.item.text.en.length))
      .slice(0, REMINDER_CARD_LIMITS.items + 2);
    longest.forEach(({ item, checklistId }, i) =>
      env.store.rows.push({ ackKey: `later${String(i).padStart(6, '0')}`, checklistItemId: item.id, checklistId, decision: 'later', contextType: 'procurement', contextRef: `${i}${'r'.repeat(254)}`, contextTitle: `${hostile} ${'Ö'.repeat(255)}`, source: 'tab', staffAadId: ALEX.aadObjectId, contentVersion: '1', appVersion: '1', ackAt: `2026-01-0${i + 1}T00:00:00.000Z` }),
    );
    const reminder = (await reminderMessageFor(env, ALEX.aadObjectId, locale))!.attachments![0]!.content;
    const first = longest[longest.length - 1]!.item.id;
    const reminderDecided = cardOf(await onCardAction(env, click({ ...recordData(reminder, first), [`decision-${first}`]: 'not-applicable', [`reason-${first}`]: hostile })));
    env.reminders = new MemoryReminderSubscriptions();
    await env.reminders.put({ personId: ALEX.aadObjectId, conversationId: 'a:chat', serviceUrl: 'https://smba.example/', enabled: true, since: '2026-01-01T00:00:00.000Z' });
    const switchData = JSON.parse(JSON.stringify(reminder.actions![0])).data as Record<string, unknown>;
    const reminderOff = cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'remindersOff', data: switchData } }, { locale, replyToId: 'msg-1' })));
    // an apply-or-explain record shared in a chat, with a hostile reason on every decided criterion
    const roads = env.content.pack.checklists.find((c) => c.id === 'roads')!;
    roads.items.forEach((item, i) =>
      env.store.rows.push({ ackKey: `record${String(i).padStart(6, '0')}`, checklistItemId: item.id, checklistId: 'roads', decision: i % 2 ? 'not-applicable' : 'applied', reason: `${hostile} \u202E${'w'.repeat(900)}`, contextType: 'procurement', contextRef: 'doc:record', source: 'tab', staffAadId: ALEX.aadObjectId, contentVersion: '1', appVersion: '1', ackAt: '2026-01-10T00:00:00.000Z' }),
    );
    const record = cardsOf(await unfurlLink(env, at({ url: recordLink('https://keuzes.example.nl', { contextRef: 'doc:record', checklistIds: ['roads', 'green-space', 'street-furniture'], title: hostile }) })))[0]!;
    env.store.failWith = new Error('down');
    const failed = cardOf(await onCardAction(env, click(decideData(criterion, itemId, 'later'))));
    return [
      ...search.map((c, i): [string, IAdaptiveCard] => [`search result ${i + 1}`, c]),
      ['criterion (chosen search result)', criterion],
      ['programme action (chosen search result)', action],
      ...suggestions.map((c, i): [string, IAdaptiveCard] => [`suggestion ${i + 1}`, c]),
      ['checked message', checked],
      ['checked draft', draft],
      ['unfurled link', unfurled],
      ['criterion after decisions', decided],
      ['criterion with a refusal', refused],
      ['checked message after a decision', checkedDecided],
      ['programme action after a decision', actionDecided],
      ['criterion after a failed save', failed],
      ["meeting's criteria (unfurled meeting link)", meeting],
      ["meeting's criteria after a decision", meetingDecided],
      ['meeting without criteria', meetingWithout],
      ["meeting whose criteria could not be read", meetingUnreadable],
      ['meeting card at its largest', await largestMeetingCard(locale)],
      ['help card (a chat message to the bot)', helpMessage(env, { locale }).attachments![0]!.content],
      ['weekly reminder at its largest', reminder],
      ['weekly reminder after a decision', reminderDecided],
      ['weekly reminder switched off', reminderOff],
      ['apply-or-explain record (unfurled record link)', record],
    ];
  }

  it.each(['nl-NL', 'en-US'])('parse without errors or warnings as Adaptive Cards 1.5 (%s)', async (locale) => {
    const cards = await everyKindOfCard(locale);
    expect(cards.length).toBeGreaterThan(21);
    for (const [kind, card] of cards) {
      expect(card.version).toBe('1.5');
      expect({ kind, problems: problemsOf(card) }).toEqual({ kind, problems: [] });
    }
  });

  it('stay within the size Teams accepts for a message (28 KB)', async () => {
    for (const [kind, card] of await everyKindOfCard('nl-NL')) {
      expect({ kind, small: Buffer.byteLength(JSON.stringify(card)) < 28 * 1024 }).toEqual({ kind, small: true });
    }
  });

  it.each(['nl-NL', 'en-US'])("a meeting's card at its largest is full and still within 28 KB (%s)", async (locale) => {
    const card = await largestMeetingCard(locale);
    const json = JSON.stringify(card);
    // the worst case is really filled: every criterion shown with the person's own choice and its reason
    expect(json.match(/"id":"decision-/g)).toHaveLength(MEETING_CARD_LIMITS.criteria);
    expect(json.match(/w{150}/g)!.length).toBe(MEETING_CARD_LIMITS.criteria);
    // and the count of colleagues who chose, which names none of them
    expect(json).toMatch(/12 collega's hebben hier een keuze|12 colleagues have recorded a choice/);
    expect(Buffer.byteLength(json)).toBeLessThan(28 * 1024);
  });

  it('the validator does find a broken card', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }, { type: 'Input.Text' }] } as unknown as IAdaptiveCard;
    expect(problemsOf(broken).length).toBeGreaterThan(0);
  });
});
