// The weekly reminder through the Microsoft 365 Agents Playground: the person writes to the bot in
// their personal chat (the Playground sends no install event of its own, and any activity in the
// chat carries its reference), the reminder run sends the card proactively through the Teams SDK's
// API client to the Playground's service URL, the card arrives in the chat (read from the
// Playground's conversation stream), and its button decides a 'later' item: a row in the emulator's
// list, against the document it was put aside on.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { bundledPack } from '../support/bot/test-environment';
import { cardTexts, literalText, recordData } from '../support/bot/card-inspection';
import { startPlayground, type Playground } from '../support/playground';
import { startBotWithEmulator, type BotUnderTest } from '../support/playground-bot-server';

interface StreamEvent {
  action?: string;
  actionConversationId?: string;
  message?: { messageId: string; attachments?: { contentType: string; content: IAdaptiveCard }[] };
}

const ITEMS = ['roads-asphalt-reclaimed-content', 'roads-reuse-paving-elements'];

describe('the weekly reminder in the Agents Playground', () => {
  let bot: BotUnderTest;
  let playground: Playground;
  let stream: WebSocket;
  const events: StreamEvent[] = [];

  beforeAll(async () => {
    bot = await startBotWithEmulator(bundledPack());
    playground = await startPlayground(bot.endpoint);
    stream = new WebSocket(`${playground.url.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    stream.onmessage = (event) => events.push(JSON.parse(String(event.data)) as StreamEvent);
    await new Promise((resolve, reject) => {
      stream.onopen = resolve;
      stream.onerror = reject;
    });
  }, 45_000);

  afterAll(async () => {
    stream?.close();
    await playground?.stop();
    await bot?.close();
  });

  async function cardMessage(heading: string, timeoutMs = 10_000): Promise<{ messageId: string; card: IAdaptiveCard }> {
    for (let waited = 0; waited < timeoutMs; waited += 100) {
      const found = events.find((e) => e.action === 'createMessage' && e.message?.attachments?.some((a) => cardTexts(a.content).markdown[0] === heading));
      if (found) return { messageId: found.message!.messageId, card: found.message!.attachments![0]!.content };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no '${heading}' card arrived; the stream had ${events.length} events; bot log: ${JSON.stringify(bot.logged.slice(-4))}`);
  }

  it("sends the person's open 'later' items as a card whose button decides one", async () => {
    const user = playground.config.currentUser as { id: string; aadObjectId: string };
    const chat = playground.config.personalChat.id;
    // what the person put aside earlier in the tab
    await bot.listReader.append(
      ITEMS.map((itemId, i) => ({
        ackKey: `later-${i}-00000`,
        checklistItemId: itemId,
        checklistId: 'roads',
        productGroup: 'roads' as const,
        decision: 'later' as const,
        contextType: 'procurement' as const,
        contextRef: `doc:tender-${i}`,
        contextTitle: `Bestek ${i}`,
        source: 'tab' as const,
        staffAadId: user.aadObjectId,
        contentVersion: '2026.11.0',
        appVersion: '1.0.0',
        ackAt: `2026-11-0${i + 1}T10:00:00.000Z`,
      })),
    );

    await playground.postMessage(chat, { text: 'hallo' });
    await cardMessage('How to use Circular Choices');
    expect(await bot.reminders.get(user.aadObjectId)).toMatchObject({ conversationId: chat, enabled: true });

    expect(await bot.sendDueReminders()).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const { messageId, card } = await cardMessage('Still to look at');
    expect(literalText(card)).toContain('You put 2 criteria aside to look at later');
    expect(literalText(card)).toContain('Put aside on: Bestek 0');

    const answer = await playground.invoke<{ type: string; value: IAdaptiveCard }>(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: 'decide', data: { ...recordData(card, ITEMS[0]!), [`decision-${ITEMS[0]}`]: 'applied' } }, trigger: 'manual' },
      { conversationId: chat, replyToId: messageId },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(literalText(answer.body.value)).toContain('Recorded: Applied.');
    expect(literalText(answer.body.value)).toContain('You put 1 criterion aside');
    const rows = await bot.listReader.forStaff(user.aadObjectId);
    expect(rows.find((r) => r.decision === 'applied')).toMatchObject({ checklistItemId: ITEMS[0], contextRef: 'doc:tender-0', contextTitle: 'Bestek 0', source: 'message-extension' });

    // a second run within the week sends nothing
    expect(await bot.sendDueReminders()).toEqual({ sent: 0, skipped: 1, failed: 0 });
  }, 60_000);

  it("keeps a person's chat when they install the app, in their language, and keeps their choice to switch off", async () => {
    const personId = '00000000-0000-4000-8000-00000000abcd';
    const install = (conversationId: string) =>
      fetch(bot.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'installationUpdate',
          action: 'add',
          id: `install-${conversationId}`,
          channelId: 'msteams',
          serviceUrl: playground.url,
          locale: 'nl-NL',
          from: { id: '29:installer', aadObjectId: personId, name: 'Sanne' },
          recipient: { id: '28:bot' },
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
        }),
      });
    expect((await install('a:install-1')).status).toBeLessThan(300);
    expect(await bot.reminders.get(personId)).toMatchObject({ conversationId: 'a:install-1', serviceUrl: playground.url, locale: 'nl-NL', tenantId: 'tenant-1', enabled: true });
    await bot.reminders.put({ ...(await bot.reminders.get(personId))!, enabled: false });
    await install('a:install-2');
    expect(await bot.reminders.get(personId)).toMatchObject({ conversationId: 'a:install-2', enabled: false });
  });
});
