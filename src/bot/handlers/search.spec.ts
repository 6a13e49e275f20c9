import { choiceValues, literalText, cardTexts } from '../../../test/support/bot/card-inspection';
import { activity, testEnvironment } from '../../../test/support/bot/test-environment';
import { searchCriteria, selectSearchResult } from './search';

const query = (text: string, extra: Record<string, unknown> = {}) => ({
  commandId: 'searchCriteria',
  parameters: [{ name: 'query', value: text }],
  ...extra,
});

describe('the search command', () => {
  it('finds criteria by a Dutch word, each result with a preview and a small card that links into the app', () => {
    const env = testEnvironment();
    const { attachments } = searchCriteria(env, activity(query('asfalt'))).composeExtension;
    // the two asphalt criteria first, then the rest of the roads checklist (asfalt is one of its trigger words)
    expect(attachments.length).toBeGreaterThan(2);
    expect(attachments.slice(0, 2).map((a) => a.preview!.content.title)).toEqual([expect.stringContaining('asfaltgranulaat'), expect.stringContaining('Teerhoudend asfalt')]);
    expect(attachments[0]!.preview!.content.text).toBe('Wegen en verhardingen · Eis · Significant');
    const card = attachments[0]!.content;
    expect(card.version).toBe('1.5');
    expect(literalText(card)).toContain('Wegen en verhardingen · Eis · Significant');
    expect(cardTexts(card).urls).toEqual(['https://keuzes.example.nl/#/criteria/roads-asphalt-reclaimed-content']);
    // choosing the result in Teams asks the bot for the full card
    expect(attachments[0]!.preview!.content.tap).toEqual({ type: 'invoke', value: { selectItem: { kind: 'criterion', id: 'roads-asphalt-reclaimed-content' } } });
  });

  it('inserts the full card when a result is chosen: criterion, facts, guidance, link and the decisions to choose from', () => {
    const env = testEnvironment();
    const [result] = selectSearchResult(env, activity({ selectItem: { kind: 'criterion', id: 'roads-asphalt-reclaimed-content' } })).composeExtension.attachments;
    const card = result!.content;
    const text = literalText(card);
    expect(text).toContain('asfaltgranulaat');
    expect(text).toContain('Productgroep of werkwijze: Wegen en verhardingen');
    expect(text).toContain('Ambitieniveau: Significant');
    expect(text).toContain('Soort criterium: Eis');
    expect(text).toMatch(/R-strategie: R\d /);
    expect(text).toContain('Bron: ');
    expect(cardTexts(card).markdown).toContain('Toelichting');
    expect(cardTexts(card).urls).toEqual(['https://keuzes.example.nl/#/criteria/roads-asphalt-reclaimed-content']);
    expect(choiceValues(card, 'decision-roads-asphalt-reclaimed-content')).toEqual(['applied', 'considered', 'not-applicable', 'later']);
    expect(card.refresh?.action?.verb).toBe('refreshCard');
  });

  it('names a criterion\'s product group, or its working practice when it has none, under the tab\'s label for both', () => {
    const env = testEnvironment();
    const card = (locale?: string) =>
      literalText(selectSearchResult(env, activity({ selectItem: { kind: 'criterion', id: 'meeting-record-decisions-and-reasons' } }, locale ? { locale } : {})).composeExtension.attachments[0]!.content);
    // a practice checklist has no product group: its title is not one either
    expect(card()).toContain('Productgroep of werkwijze: Circulair vergaderen en besluiten');
    expect(card()).not.toContain('Productgroep: ');
    expect(card('en-US')).toContain('Product group or practice: Circular meetings and decisions');
  });

  it('names the choices that need a reason exactly as the choice shows them', () => {
    const env = testEnvironment();
    const reasonBox = (locale: string) => {
      const card = selectSearchResult(env, activity({ selectItem: { kind: 'criterion', id: 'roads-asphalt-reclaimed-content' } }, { locale })).composeExtension.attachments[0]!.content;
      return findInput(card, 'Input.Text')?.label;
    };
    expect(reasonBox('nl-NL')).toBe('Reden (nodig bij "Overwogen, niet toegepast" en "Niet van toepassing")');
    expect(reasonBox('en-US')).toBe('Reason (needed for "Considered, not applied" and "Not applicable")');
  });

  it('gives every insertion of a card its own card instance id', () => {
    const env = testEnvironment();
    const choose = () => selectSearchResult(env, activity({ selectItem: { kind: 'criterion', id: 'roads-asphalt-reclaimed-content' } })).composeExtension.attachments[0]!.content;
    const ids = [choose(), choose()].map((card) => cardTexts(card).executeData[0]!.cardId);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('inserts nothing for a chosen result it does not know', () => {
    const env = testEnvironment();
    for (const value of [{ selectItem: { kind: 'criterion', id: 'gone' } }, { selectItem: { kind: 'other', id: 'x' } }, { selectItem: 'x' }, null]) {
      expect(selectSearchResult(env, activity(value)).composeExtension.attachments).toEqual([]);
    }
  });

  it('answers in English for an English locale, and finds criteria by an English word', () => {
    const env = testEnvironment();
    const { attachments } = searchCriteria(env, activity(query('asphalt'), { locale: 'en-US' })).composeExtension;
    expect(attachments.length).toBeGreaterThan(2);
    expect(attachments[0]!.preview!.content.tap!.value.selectItem.id).toBe('roads-asphalt-reclaimed-content');
    const card = attachments[0]!.content;
    expect(literalText(card)).toContain('Roads and paving');
    expect(cardTexts(card).markdown).toContain('Circular criterion');
    expect(attachments[0]!.preview!.content.text).toBe('Roads and paving · Requirement · Significant');
  });

  it('finds programme actions as well as criteria, each with its own card', () => {
    const env = testEnvironment();
    const { attachments } = searchCriteria(env, activity(query('bestrating'))).composeExtension;
    const kinds = attachments.map((a) => (a.content.body[0] as { text: string }).text);
    expect(kinds).toContain('Programma-actie');
    expect(kinds).toContain('Circulair criterium');
    const action = attachments.find((a) => cardTexts(a.content).urls[0]!.includes('/#/actions/'))!;
    expect(literalText(action.content)).toContain('Openbare Ruimte');
    expect(action.preview!.content.tap!.value.selectItem.kind).toBe('action');
  });

  it('shows starting suggestions for an empty query and on the initial run', () => {
    const env = testEnvironment();
    const empty = searchCriteria(env, activity(query('  '))).composeExtension.attachments;
    const initial = searchCriteria(env, activity({ commandId: 'searchCriteria', parameters: [{ name: 'initialRun', value: 'true' }] })).composeExtension.attachments;
    expect(empty.length).toBeGreaterThanOrEqual(4);
    expect(initial.map((a) => a.preview!.content.title)).toEqual(empty.map((a) => a.preview!.content.title));
  });

  it('pages with skip and count, and returns nothing for a query without matches', () => {
    const env = testEnvironment();
    const all = searchCriteria(env, activity(query('verharding'))).composeExtension.attachments.map((a) => a.preview!.content.title);
    const second = searchCriteria(env, activity(query('verharding', { queryOptions: { skip: 2, count: 2 } }))).composeExtension.attachments.map((a) => a.preview!.content.title);
    expect(second).toEqual(all.slice(2, 4));
    expect(searchCriteria(env, activity(query('zzzz'))).composeExtension.attachments).toEqual([]);
  });

  it('answers another command or a malformed value with an empty list', () => {
    const env = testEnvironment();
    expect(searchCriteria(env, activity({ ...query('asfalt'), commandId: 'somethingElse' })).composeExtension.attachments).toEqual([]);
    expect(searchCriteria(env, activity('not an object')).composeExtension.attachments).toEqual([]);
    expect(searchCriteria(env, activity({ parameters: 'x' })).composeExtension.attachments).toEqual([]);
  });

  it('treats a hostile query as words only: nothing of it reaches a card', () => {
    const env = testEnvironment();
    const hostile = '**asfalt** [link](javascript:alert(1)) <script>alert(1)</script>';
    const { attachments } = searchCriteria(env, activity(query(hostile))).composeExtension;
    for (const a of attachments) {
      expect(JSON.stringify(a)).not.toContain('javascript:');
      expect(JSON.stringify(a)).not.toContain('<script>');
    }
  });
});

/** the first input of a type on a card */
function findInput(node: unknown, type: string): { label?: string } | undefined {
  if (Array.isArray(node)) return node.map((n) => findInput(n, type)).find(Boolean);
  if (typeof node !== 'object' || node === null) return undefined;
  const o = node as { type?: unknown; label?: string };
  return o.type === type ? o : findInput(Object.values(o), type);
}
