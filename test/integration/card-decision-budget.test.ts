// A decision on a card against a throttled SharePoint (the emulator answering 429/503 with
// Retry-After): the card answers within its budget saying nothing was recorded, the Graph client
// stops retrying when the card gives up (so nothing lands behind the user's back), and the same
// click once SharePoint answers again is recorded once.
import { onCardAction } from '../../src/bot/handlers/card-action';
import type { UniversalActionAnswer } from '../../src/bot/handlers/responses';
import { selectSearchResult } from '../../src/bot/handlers/search';
import { AcknowledgementWriter } from '../../src/server/api/acknowledgement-writer';
import { createGraphClient, GraphAcknowledgementStore, provision } from '../../src/storage/graph';
import { decideData, literalText } from '../support/bot/card-inspection';
import { activity, testEnvironment } from '../support/bot/test-environment';
import { startTestEmulator, type TestEmulator } from '../support/emulator-harness';

const ITEM = 'roads-asphalt-reclaimed-content';
const cardOf = (answer: UniversalActionAnswer) => {
  if (answer.statusCode !== 200) throw new Error(`expected a card, got ${answer.statusCode}`);
  return answer.value;
};
const click = (data: Record<string, unknown>) => activity({ action: { type: 'Action.Execute', verb: 'decide', data }, trigger: 'manual' }, { replyToId: 'msg-7' });

describe('a card decision against a throttled SharePoint', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it('answers within its budget, leaves nothing written later, and records the retry once', async () => {
    const http = createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => 'test-token' });
    await provision(http, 'root');
    const store = new GraphAcknowledgementStore({ http, siteId: 'root' });
    const env = testEnvironment();
    env.acknowledgements = store;
    env.writer = new AcknowledgementWriter({ store, appVersion: '9.9.9' });
    env.budgets = { writeMs: 1_000, answerMs: 1_500 };
    const card = selectSearchResult(env, activity({ selectItem: { kind: 'criterion', id: ITEM } })).composeExtension.attachments[0]!.content;

    emulator.server.setFaults({ throttleRate: 1, retryAfterSeconds: 2 });
    const started = Date.now();
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'))));
    expect(Date.now() - started).toBeLessThan(1_700);
    expect(literalText(answer)).toContain('Er is niets vastgelegd');

    // SharePoint answers again; a client still retrying would write once its Retry-After ran out
    emulator.server.setFaults({});
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await store.since('2000-01-01T00:00:00Z')).toEqual([]);

    const again = cardOf(await onCardAction(env, click(decideData(answer, ITEM, 'applied'))));
    expect(literalText(again)).toContain('Vastgelegd: Toegepast.');
    expect(await store.since('2000-01-01T00:00:00Z')).toHaveLength(1);
  });
});
