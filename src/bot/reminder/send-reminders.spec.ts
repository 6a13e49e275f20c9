import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { literalText, recordData, cardTexts } from '../../../test/support/bot/card-inspection';
import { ALEX, activity, testEnvironment, type TestEnvironment } from '../../../test/support/bot/test-environment';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { onCardAction } from '../handlers/card-action';
import type { OutgoingMessage } from '../handlers/conversation';
import type { UniversalActionAnswer } from '../handlers/responses';
import { sendDueReminders, WEEK_MS } from './send-reminders';
import { keepConversation, MemoryReminderSubscriptions, type ReminderSubscription } from './subscriptions';

const LATER = ['roads-asphalt-reclaimed-content', 'roads-reuse-paving-elements'];

function later(env: TestEnvironment, itemId: string, contextRef: string, at: string, over: Partial<Acknowledgement> = {}) {
  env.store.rows.push({
    ackKey: `k${env.store.rows.length.toString().padStart(8, '0')}`,
    checklistItemId: itemId,
    checklistId: 'roads',
    decision: 'later',
    contextType: 'procurement',
    contextRef,
    contextTitle: `Bestek ${contextRef}`,
    source: 'tab',
    staffAadId: ALEX.aadObjectId,
    contentVersion: '1',
    appVersion: '1',
    ackAt: at,
    ...over,
  });
}

function setUp() {
  const env = testEnvironment();
  const subscriptions = new MemoryReminderSubscriptions();
  env.reminders = subscriptions;
  const sent: { to: ReminderSubscription; message: OutgoingMessage }[] = [];
  const run = () => sendDueReminders({ env, subscriptions, intervalMs: WEEK_MS, send: async (to, message) => void sent.push({ to, message }) });
  later(env, LATER[0]!, 'doc-1', '2026-02-01T10:00:00.000Z');
  later(env, LATER[1]!, 'doc-2', '2026-02-02T10:00:00.000Z');
  return { env, subscriptions, sent, run };
}

const subscription = (over: Partial<ReminderSubscription> = {}): ReminderSubscription => ({
  personId: ALEX.aadObjectId,
  conversationId: 'a:personal-chat',
  serviceUrl: 'https://smba.example/emea/',
  locale: 'nl-NL',
  enabled: true,
  since: '2026-01-01T00:00:00.000Z',
  ...over,
});

const click = (verb: string, data: Record<string, unknown>, inputs: Record<string, string> = {}) =>
  activity({ action: { type: 'Action.Execute', verb, data: { ...data, ...inputs } }, trigger: 'manual' }, { replyToId: 'reminder-1', conversation: { id: 'a:personal-chat' } });

function cardOf(answer: UniversalActionAnswer): IAdaptiveCard {
  if (answer.statusCode !== 200) throw new Error(`expected a card, got ${answer.statusCode} ${answer.value.message}`);
  return answer.value;
}

describe('the weekly reminder', () => {
  it("sends each person a card of their open 'later' items once per interval, and nothing to whoever has none open or switched it off", async () => {
    const { subscriptions, sent, run } = setUp();
    await subscriptions.put(subscription());
    await subscriptions.put(subscription({ personId: '00000000-0000-0000-0000-0000000000c3', conversationId: 'a:nobody-open' }));
    await subscriptions.put(subscription({ personId: '00000000-0000-0000-0000-0000000000d4', conversationId: 'a:switched-off', enabled: false }));
    expect(await run()).toEqual({ sent: 1, skipped: 2, failed: 0 });
    expect(sent.map((s) => s.to.conversationId)).toEqual(['a:personal-chat']);
    const card = sent[0]!.message.attachments![0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Nog te bekijken');
    expect(literalText(card)).toContain('Je hebt 2 criteria apart gezet');
    expect(literalText(card)).toContain('Apart gezet bij: Bestek doc-2');
    expect(await run()).toEqual({ sent: 0, skipped: 3, failed: 0 });
  });

  it("decides an item from the card through the card action, against the document it was put aside on, and shows what is left", async () => {
    const { env, subscriptions, sent, run } = setUp();
    await subscriptions.put(subscription());
    await run();
    const card = sent[0]!.message.attachments![0]!.content;
    const answer = cardOf(await onCardAction(env, click('decide', recordData(card, LATER[0]!), { [`decision-${LATER[0]}`]: 'applied' })));
    const row = env.store.rows.find((r) => r.decision === 'applied')!;
    expect(row).toMatchObject({ checklistItemId: LATER[0], contextRef: 'doc-1', contextType: 'procurement', contextTitle: 'Bestek doc-1', source: 'message-extension', staffAadId: ALEX.aadObjectId });
    expect(literalText(answer)).toContain('Vastgelegd: Toegepast.');
    expect(literalText(answer)).toContain('Je hebt 1 criterium apart gezet');
    expect(cardTexts(answer).executeData.filter((d) => d.itemId !== undefined).map((d) => d.itemId)).toEqual([LATER[1]]);
  });

  it('can be switched off from the card, and on again; a switched-off person gets no reminder', async () => {
    const { env, subscriptions, sent, run } = setUp();
    await subscriptions.put(subscription());
    await run();
    const card = sent[0]!.message.attachments![0]!.content;
    const off = cardTexts(card).executeData.find((d) => d.kind === undefined && (d as { subject?: { kind?: string } }).subject?.kind === 'reminder' && d.itemId === undefined)!;
    const answer = cardOf(await onCardAction(env, click('remindersOff', off)));
    expect(literalText(answer)).toContain('Je krijgt geen wekelijkse herinnering meer.');
    expect((await subscriptions.get(ALEX.aadObjectId))!.enabled).toBe(false);
    expect(JSON.stringify(answer.actions)).toContain('Wekelijkse herinnering weer aanzetten');
    await subscriptions.put({ ...(await subscriptions.get(ALEX.aadObjectId))!, lastSentAt: '2025-01-01T00:00:00.000Z' });
    expect((await run()).sent).toBe(0);
    await onCardAction(env, click('remindersOn', off));
    expect((await subscriptions.get(ALEX.aadObjectId))!.enabled).toBe(true);
    expect((await run()).sent).toBe(1);
  });

  it('tries a chat again next hour after a passing failure, but not one Teams says is gone until it is kept again', async () => {
    const { env, subscriptions, run } = setUp();
    await subscriptions.put(subscription());
    const failing = (status: number) => sendDueReminders({ env, subscriptions, intervalMs: WEEK_MS, send: async () => Promise.reject(Object.assign(new Error('no'), { response: { status } })) });
    expect(await failing(503)).toEqual({ sent: 0, skipped: 0, failed: 1 });
    expect(await subscriptions.get(ALEX.aadObjectId)).not.toHaveProperty('unreachableSince');
    expect(await failing(403)).toEqual({ sent: 0, skipped: 0, failed: 1 });
    expect((await subscriptions.get(ALEX.aadObjectId))!.unreachableSince).toBeDefined();
    expect(await run()).toEqual({ sent: 0, skipped: 1, failed: 0 });
    // installing the app again keeps the same chat again
    await keepConversation(subscriptions, { personId: ALEX.aadObjectId, conversationId: 'a:personal-chat', serviceUrl: 'https://smba.example/emea/', locale: 'nl-NL' }, new Date());
    expect((await run()).sent).toBe(1);
  });
});
