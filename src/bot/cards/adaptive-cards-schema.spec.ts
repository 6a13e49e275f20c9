/** @jest-environment jsdom */
// Every kind of card the bot sends, parsed by the official Adaptive Cards library at schema 1.5:
// no parse errors, no warnings, no validation failures. A card a host cannot read loses decisions.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { onCardAction } from '../handlers/card-action';
import { checkMessage } from '../handlers/message-check';
import { submitDraftCheck } from '../handlers/draft-check';
import { unfurlLink } from '../handlers/link-unfurl';
import type { ResultList, UniversalActionAnswer } from '../handlers/responses';
import { searchCriteria, selectSearchResult } from '../handlers/search';
import { decideData, recordData } from '../test-doubles/card-inspection';
import { ALEX, MEGAN, activity, testEnvironment } from '../test-doubles/test-environment';

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

describe('the cards the bot sends', () => {
  const hostile = '**vet** [klik](javascript:alert(1)) <script>alert(1)</script>';

  async function everyKindOfCard(locale: string): Promise<[string, IAdaptiveCard][]> {
    const env = testEnvironment();
    const at = (value: unknown) => activity(value, { locale, replyToId: 'msg-1' });
    const search = cardsOf(searchCriteria(env, at({ commandId: 'searchCriteria', parameters: [{ name: 'query', value: 'materialendepot' }] })));
    const suggestions = cardsOf(searchCriteria(env, at({ commandId: 'searchCriteria', parameters: [{ name: 'initialRun', value: 'true' }] })));
    const chosen = (kind: 'criterion' | 'action', id: string) => cardsOf(selectSearchResult(env, at({ selectItem: { kind, id } })))[0]!;
    const criterion = chosen('criterion', 'roads-reuse-paving-elements');
    const action = chosen('action', 'public-space-reuse-paving-depot');
    const text = `Offerteaanvraag: nieuwe laptops, bureaustoelen, asfalt en lichtmasten. ${hostile}`;
    const checked = cardsOf(checkMessage(env, at({ commandId: 'checkMessage', messagePayload: { id: '17', body: { contentType: 'text', content: text } } })) as ResultList)[0]!;
    const draft = cardsOf(submitDraftCheck(env, at({ commandId: 'checkDraft', data: { text } })) as ResultList)[0]!;
    const unfurled = cardsOf(unfurlLink(env, at({ url: 'https://keuzes.example.nl/#/criteria/roads-limit-paved-area' })))[0]!;
    const itemId = JSON.stringify(criterion).match(/"itemId":"([a-z0-9-]+)"/)![1]!;
    const click = (data: Record<string, unknown>, from = ALEX) => activity({ action: { type: 'Action.Execute', verb: 'decide', data } }, { locale, replyToId: 'msg-1', from });
    env.names.remember(MEGAN.aadObjectId, MEGAN.name);
    await onCardAction(env, click({ ...decideData(criterion, itemId, 'not-applicable'), [`reason-${itemId}`]: hostile }, MEGAN));
    const decided = cardOf(await onCardAction(env, click(decideData(criterion, itemId, 'applied'))));
    const refused = cardOf(await onCardAction(env, click(decideData(criterion, itemId, 'considered'))));
    const checkedItem = JSON.stringify(checked).match(/"itemId":"([a-z0-9-]+)"/)![1]!;
    const checkedDecided = cardOf(
      await onCardAction(env, click({ ...recordData(checked, checkedItem), [`decision-${checkedItem}`]: 'considered', [`reason-${checkedItem}`]: hostile })),
    );
    const actionId = JSON.stringify(action).match(/"actionId":"([a-z0-9-]+)"/)![1]!;
    const actionDecided = cardOf(await onCardAction(env, click(decideData(action, actionId, 'later'))));
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
    ];
  }

  it.each(['nl-NL', 'en-US'])('parse without errors or warnings as Adaptive Cards 1.5 (%s)', async (locale) => {
    const cards = await everyKindOfCard(locale);
    expect(cards.length).toBeGreaterThan(12);
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

  it('the validator does find a broken card', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }, { type: 'Input.Text' }] } as unknown as IAdaptiveCard;
    expect(problemsOf(broken).length).toBeGreaterThan(0);
  });
});
