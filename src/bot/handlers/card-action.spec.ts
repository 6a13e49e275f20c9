import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { cardTexts, decideData, literalText, recordData } from '../../../test/support/bot/card-inspection';
import { ALEX, MEGAN, activity, colleaguesChoices, testEnvironment, type TestEnvironment } from '../../../test/support/bot/test-environment';
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { AppendOutcome } from '../../storage/ports';
import { MemoryMeetingCriteriaStore } from '../../../test/support/bot/memory-meeting-criteria-store';
import { onCardAction } from './card-action';
import { unfurlLink } from './link-unfurl';
import { checkMessage } from './message-check';
import type { ResultList, UniversalActionAnswer } from './responses';
import { selectSearchResult } from './search';

const ITEM = 'roads-asphalt-reclaimed-content';

/** the card a search result inserts when it is chosen */
function insertedCard(env: TestEnvironment, kind: 'criterion' | 'action' = 'criterion', id = ITEM): IAdaptiveCard {
  return selectSearchResult(env, activity({ selectItem: { kind, id } })).composeExtension.attachments[0]!.content;
}

/** a click on a card in message `msg-7` of the chat, with the card's inputs merged into the data as Teams does */
function click(data: Record<string, unknown>, inputs: Record<string, string> = {}, from = ALEX, locale = 'nl-NL') {
  return activity({ action: { type: 'Action.Execute', verb: 'decide', data: { ...data, ...inputs } }, trigger: 'manual' }, { from, locale, replyToId: 'msg-7' });
}

function cardOf(answer: UniversalActionAnswer): IAdaptiveCard {
  if (answer.statusCode !== 200) throw new Error(`expected a card, got ${answer.statusCode} ${answer.value.message}`);
  return answer.value;
}

describe('deciding from a card', () => {
  it("records through the server's one writer: the person is the activity's, the key theirs, whatever the card's data says", async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const forged = { ...decideData(card, ITEM, 'applied'), staffAadId: MEGAN.aadObjectId, team: 'vastgoed', ackKey: 'claimed-by-megan' };
    await onCardAction(env, click(forged));
    await onCardAction(env, click(decideData(card, ITEM, 'applied'), {}, MEGAN));
    const [alex, megan] = env.store.rows;
    expect([alex!.staffAadId, megan!.staffAadId]).toEqual([ALEX.aadObjectId, MEGAN.aadObjectId]);
    expect(alex!.team).toBeUndefined();
    // the same click by two people is two rows with keys of their own, neither the card's claim
    expect(alex!.ackKey).toMatch(/^p[A-Za-z0-9_-]{32}$/);
    expect(new Set([alex!.ackKey, megan!.ackKey, 'claimed-by-megan']).size).toBe(3);
  });

  it('records an acknowledgement for the acting user and answers with the card showing them their choice', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const answer = await onCardAction(env, click(decideData(card, ITEM, 'applied')));
    expect(env.store.rows).toEqual([
      expect.objectContaining({
        checklistItemId: ITEM,
        checklistId: 'roads',
        productGroup: 'roads',
        decision: 'applied',
        source: 'message-extension',
        staffAadId: ALEX.aadObjectId,
        contextType: 'message',
        contextRef: 'teams:19:chat@thread.v2:msg-7',
        contentVersion: env.content.pack.meta.version,
        appVersion: '9.9.9',
      }),
    ]);
    const updated = cardOf(answer);
    expect(literalText(updated)).toContain('Jouw keuze: Toegepast');
    // the card names nobody, not even the person it is for
    expect(literalText(updated)).not.toContain('Alex Wilber');
    expect(literalText(updated)).toContain('Vastgelegd: Toegepast.');
    expect(updated.refresh?.userIds).toEqual([ALEX.id]);
    expect(updated.refresh?.action?.verb).toBe('refreshCard');
  });

  it('offers the decisions as one choice with one record button, and asks for a choice when none was made', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    expect(cardTexts(card).executeData.filter((d) => d.itemId === ITEM)).toHaveLength(1);
    const unchosen = cardOf(await onCardAction(env, click(recordData(card, ITEM))));
    expect(env.store.rows).toHaveLength(0);
    expect(literalText(unchosen)).toContain('Geef eerst aan wat je kiest');
  });

  it('still records from a card sent before, whose four buttons each carried their decision', async () => {
    const env = testEnvironment();
    const oldButton = { ...recordData(insertedCard(env), ITEM), decision: 'not-applicable' };
    const answer = cardOf(await onCardAction(env, click(oldButton, { [`reason-${ITEM}`]: 'Geen asfalt' })));
    expect(env.store.rows).toEqual([expect.objectContaining({ checklistItemId: ITEM, decision: 'not-applicable', reason: 'Geen asfalt' })]);
    expect(literalText(answer)).toContain('Vastgelegd: Niet van toepassing.');
  });

  it('records the same click twice only once, and says so', async () => {
    const env = testEnvironment();
    const data = decideData(insertedCard(env), ITEM, 'later');
    await onCardAction(env, click(data));
    const again = cardOf(await onCardAction(env, click(data)));
    expect(env.store.rows).toHaveLength(1);
    expect(literalText(again)).toContain('Deze keuze was al vastgelegd: Later bekijken.');
  });

  it('records a changed mind as a new acknowledgement, and shows the latest', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    await onCardAction(env, click(decideData(card, ITEM, 'later')));
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'))));
    expect(env.store.rows.map((r) => r.decision)).toEqual(['later', 'applied']);
    expect(literalText(answer)).toContain('Jouw keuze: Toegepast');
    expect(literalText(answer)).not.toContain('Later bekijken (');
    expect(literalText(answer).match(/Jouw keuze: /g)).toHaveLength(1);
  });

  it('refuses "considered" and "not applicable" without a reason, with a friendly message on the card', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    for (const decision of ['considered', 'not-applicable']) {
      const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, decision), { [`reason-${ITEM}`]: '   ' })));
      expect(literalText(answer)).toMatch(/Geef een reden op bij "(Overwogen, niet toegepast|Niet van toepassing)"/);
    }
    expect(env.store.rows).toEqual([]);
  });

  it('stores the reason typed on the card, and shows it as text, never as markup', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const hostile = '**te duur** [klik](javascript:alert(1)) <script>alert(1)</script> {{DATE(2026-01-01T00:00:00Z)}}';
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'not-applicable'), { [`reason-${ITEM}`]: hostile })));
    expect(env.store.rows[0]!.reason).toBe(hostile);
    const texts = cardTexts(answer);
    expect(texts.literal.join('')).toContain('**te duur** [klik](javascript:alert(1)) <script>alert(1)</script>');
    for (const markdown of texts.markdown) {
      expect(markdown).not.toContain('javascript:');
      expect(markdown).not.toContain('**te duur**');
      expect(markdown).not.toContain('<script>');
    }
    expect(texts.urls.every((u) => u.startsWith('https://'))).toBe(true);
    // the host's date function is not triggered by what someone typed
    expect(texts.literal.join('')).not.toContain('{{DATE(');
  });

  it('shows a reason typed with bidirectional controls in the order it was typed', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const reason = 'Te duur\u202E, zie offerte\u2066 bijlage\u2069';
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'considered'), { [`reason-${ITEM}`]: reason })));
    expect(literalText(answer)).toContain('Te duur, zie offerte bijlage');
    expect(JSON.stringify(answer)).not.toMatch(/\\u202e|\\u2066|\\u2069|[\u202E\u2066\u2069]/i);
  });

  it('refuses a reason longer than the list column holds', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'considered'), { [`reason-${ITEM}`]: 'x'.repeat(1001) })));
    expect(literalText(answer)).toContain('De reden is te lang: gebruik hoogstens 1000 tekens.');
    expect(env.store.rows).toEqual([]);
  });

  it("shows a person their own choice and reason, and nobody else's", async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const megansAnswer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'not-applicable'), { [`reason-${ITEM}`]: 'Geen asfalt in dit project' }, MEGAN)));
    expect(literalText(megansAnswer)).toContain('Jouw keuze: Niet van toepassing (Geen asfalt in dit project)');
    await onCardAction(env, click(decideData(card, ITEM, 'applied'), {}, { id: '29:someone', name: 'Someone', aadObjectId: '00000000-0000-0000-0000-0000000000c3' }));
    const refresh = (from: typeof ALEX) => activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: cardTexts(card).executeData[0] } }, { replyToId: 'msg-7', from });
    const alexSees = literalText(cardOf(await onCardAction(env, refresh(ALEX))));
    for (const others of ['Megan', 'Someone', 'Geen asfalt', 'Niet van toepassing (', 'Toegepast', 'Jouw keuze:']) expect(alexSees).not.toContain(others);
    // Megan's own view, when her client refreshes the card, still has her choice
    const meganSees = cardOf(await onCardAction(env, refresh(MEGAN)));
    expect(literalText(meganSees)).toContain('Jouw keuze: Niet van toepassing (Geen asfalt in dit project)');
    expect(literalText(meganSees)).not.toContain('Toegepast');
    expect(meganSees.refresh?.userIds).toEqual([MEGAN.id]);
  });

  it("shows nothing of another document's choices to someone who names it in a forged refresh (the audit's case)", async () => {
    const env = testEnvironment();
    const SANNE = { id: '29:sanne', name: 'Sanne de Vries', aadObjectId: '00000000-0000-0000-0000-00000000005a' };
    const JORIS = { id: '29:joris', name: 'Joris Bakker', aadObjectId: '00000000-0000-0000-0000-00000000001b' };
    // Sanne records a choice with a reason on a tender in the tab
    await env.writer.record({ personId: SANNE.aadObjectId, name: SANNE.name, isCoordinator: false }, [
      {
        idempotencyKey: 'tab-1',
        subject: { checklistItemId: 'roads-limit-paved-area', checklistId: 'roads', productGroup: 'roads' },
        decision: 'considered',
        reason: 'Leverancier Asfalt BV is te duur',
        context: { contextType: 'procurement', contextRef: 'doc-secret-123', contextTitle: 'Bestek Koningsweg' },
        source: 'tab',
        contentVersion: '1',
        at: env.now(),
      },
    ]);
    expect(env.store.rows).toHaveLength(1);
    // Joris sends a refresh he made himself, naming her document
    const forged = { cardId: 'abcdef', contextType: 'procurement', contextRef: 'doc-secret-123', subject: { kind: 'criterion', itemId: 'roads-limit-paved-area' } };
    const answer = cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: forged } }, { from: JORIS, replyToId: 'msg-9' })));
    const json = JSON.stringify(answer);
    for (const hers of ['Sanne', SANNE.aadObjectId, 'Leverancier Asfalt BV', 'collega']) expect(json).not.toContain(hers);
    // her decision neither: the card's only choices are the ones Joris may pick from
    expect(literalText(answer)).not.toMatch(/Jouw keuze:|Overwogen, niet toegepast/);
    // nor in English
    const english = cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: forged } }, { from: JORIS, replyToId: 'msg-9', locale: 'en-GB' })));
    for (const hers of ['Sanne', 'Leverancier Asfalt BV', 'colleague']) expect(JSON.stringify(english)).not.toContain(hers);
    expect(literalText(english)).not.toMatch(/Your choice:|Considered, not applied/);
    // Sanne herself, on a card about her document, sees her own choice
    const hersToo = literalText(cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: forged } }, { from: SANNE }))));
    expect(hersToo).toContain('Jouw keuze: Overwogen, niet toegepast (Leverancier Asfalt BV is te duur)');
  });

  it('counts the colleagues who chose in the message only from the privacy minimum up, and names none of them', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const here = 'teams:19:chat@thread.v2:msg-7';
    const refresh = () => activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: cardTexts(card).executeData[0] } }, { replyToId: 'msg-7', from: ALEX });
    const seen = async () => literalText(cardOf(await onCardAction(env, refresh())));
    env.store.rows.push(...colleaguesChoices(4, here, ITEM));
    // attaching to a meeting is no choice, and Alex's own choice makes him no colleague of his own
    env.store.rows.push({ ...colleaguesChoices(5, here, ITEM)[4]!, ackKey: 'attached-1', decision: 'attached' });
    await onCardAction(env, click(decideData(card, ITEM, 'applied')));
    expect(await seen()).not.toMatch(/collega/);
    env.store.rows.push(colleaguesChoices(5, here, ITEM)[4]!);
    const five = await seen();
    expect(five).toContain("5 collega's hebben hier een keuze vastgelegd.");
    expect(five).not.toContain('Reden van collega');
    expect(five).not.toContain('Niet van toepassing (');
    // the municipality's own minimum counts, not the default
    env.privacyMinContributors = 6;
    expect(await seen()).not.toMatch(/collega/);
    env.store.rows.push(colleaguesChoices(6, here, 'roads-limit-paved-area')[5]!);
    expect(await seen()).toContain("6 collega's hebben hier een keuze vastgelegd.");
    const english = cardOf(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: cardTexts(card).executeData[0] } }, { replyToId: 'msg-7', from: ALEX, locale: 'en-US' })));
    expect(literalText(english)).toContain('6 colleagues have recorded a choice here.');
  });

  it('keeps decisions in another message apart', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    await onCardAction(env, click(decideData(card, ITEM, 'applied')));
    const elsewhere = activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: cardTexts(card).executeData[0] } }, { replyToId: 'msg-8' });
    expect(literalText(cardOf(await onCardAction(env, elsewhere)))).not.toContain('Toegepast');
  });

  it('answers in English for an English locale', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'), {}, ALEX, 'en-GB')));
    expect(literalText(answer)).toContain('Your choice: Applied');
    expect(literalText(answer)).toContain('Recorded: Applied.');
    expect(literalText(answer)).toContain('Roads and paving');
  });

  it('records nothing when it cannot tell who clicked', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'), {}, { id: '29:anon', name: 'Anon' } as typeof ALEX)));
    expect(literalText(answer)).toContain('We konden niet vaststellen wie je bent');
    expect(env.store.rows).toEqual([]);
  });

  it('tells the user when the store fails, so the click can be repeated', async () => {
    const env = testEnvironment();
    const card = insertedCard(env);
    env.store.failWith = Object.assign(new Error('throttled'), { name: 'AppendFailedError', status: 429 });
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'))));
    expect(literalText(answer)).toContain('Opslaan lukte niet; er is niets vastgelegd.');
    expect(env.logged).toContainEqual(expect.objectContaining({ level: 'error', error: 'AppendFailedError', status: 429 }));
  });

  it('answers within its time budget when the store does not, says plainly that nothing was recorded, and offers to try again', async () => {
    const env = testEnvironment();
    env.budgets = { writeMs: 1_000, answerMs: 1_500 };
    const card = insertedCard(env);
    let signal: AbortSignal | undefined;
    const write = env.store.append.bind(env.store);
    // a store held up by throttling: it answers only after the card's budget
    env.store.append = (acks, options) => {
      signal = options?.signal;
      return new Promise<AppendOutcome>((resolve) => setTimeout(() => resolve(write(acks)), 3_000));
    };
    const started = Date.now();
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'))));
    expect(Date.now() - started).toBeLessThan(1_600);
    expect(literalText(answer)).toContain('Er is niets vastgelegd: SharePoint antwoordde niet binnen 1 seconden.');
    expect(literalText(answer)).toContain('Klik nog een keer op Vastleggen');
    // the store was told to give up, so it does not go on retrying behind the user's back
    expect(signal?.aborted).toBe(true);
    expect(env.logged).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'message extension: decision not recorded in time' }));
    // the card still has the buttons: the same click again, once the store answers, is recorded
    env.store.append = write;
    const again = cardOf(await onCardAction(env, click(decideData(answer, ITEM, 'applied'))));
    expect(literalText(again)).toContain('Vastgelegd: Toegepast.');
    expect(env.store.rows).toHaveLength(1);
  });

  it('says the same in English, and answers on time when the decisions cannot be read either', async () => {
    const env = testEnvironment();
    env.budgets = { writeMs: 1_000, answerMs: 1_500 };
    const card = insertedCard(env);
    env.store.append = () => new Promise(() => undefined);
    env.store.forContext = () => new Promise(() => undefined);
    const started = Date.now();
    const answer = cardOf(await onCardAction(env, click(decideData(card, ITEM, 'applied'), {}, ALEX, 'en-US')));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(literalText(answer)).toContain('Nothing was recorded: SharePoint did not answer within 1 seconds. Select Record once more to try again.');
  });

  it('records the decision on a checked message against that message, for each criterion separately', async () => {
    const env = testEnvironment();
    const checked = (await checkMessage(
      env,
      activity({ commandId: 'checkMessage', commandContext: 'message', messagePayload: { id: '1700000000001', body: { contentType: 'html', content: '<p>Nieuwe lichtmasten en asfalt voor de Koningsweg</p>' } } }),
    )) as ResultList;
    const card = checked.composeExtension.attachments[0]!.content;
    // one record button per criterion; the decision is the criterion's chosen option
    const record = recordData(card, 'public-lighting-keep-sound-masts');
    const unchosen = cardOf(await onCardAction(env, click(record)));
    expect(literalText(unchosen)).toContain('Geef eerst aan wat je kiest');
    expect(env.store.rows).toEqual([]);
    const answer = cardOf(await onCardAction(env, click(record, { 'decision-public-lighting-keep-sound-masts': 'applied' })));
    expect(env.store.rows[0]).toMatchObject({ contextRef: 'teams:19:chat@thread.v2:1700000000001', checklistItemId: 'public-lighting-keep-sound-masts', productGroup: 'public-lighting' });
    // the answer is the whole checked-message card again, with the decision under its criterion
    expect(literalText(answer)).toContain('Jouw keuze: Toegepast');
    expect(literalText(answer)).toContain('Wegen en verhardingen');
  });

  it("files a card choice under the person's team and the checked message's subject, as choices in the tab are", async () => {
    const env = testEnvironment();
    env.teamOf = (personId) => (personId === ALEX.aadObjectId ? 'inkoop' : undefined);
    const payload = (subject?: string) => ({ id: '1700000000002', ...(subject !== undefined ? { subject } : {}), body: { contentType: 'html', content: '<p>Nieuwe lichtmasten en asfalt voor de Koningsweg</p><p>Graag jullie reactie.</p>' } });
    const cardFor = async (subject?: string) =>
      ((await checkMessage(env, activity({ commandId: 'checkMessage', commandContext: 'message', messagePayload: payload(subject) }))) as ResultList).composeExtension.attachments[0]!.content;
    const withSubject = recordData(await cardFor('Offerte openbare verlichting'), 'public-lighting-keep-sound-masts');
    await onCardAction(env, click(withSubject, { 'decision-public-lighting-keep-sound-masts': 'applied' }));
    await onCardAction(env, click(recordData(await cardFor(), 'public-lighting-keep-sound-masts'), { 'decision-public-lighting-keep-sound-masts': 'later' }, MEGAN));
    const [alex, megan] = env.store.rows;
    expect(alex).toMatchObject({ team: 'inkoop', contextTitle: 'Offerte openbare verlichting', source: 'message-extension' });
    // without a subject the message's first line names it; a person whose team is not known has none
    expect(megan).toMatchObject({ contextTitle: 'Nieuwe lichtmasten en asfalt voor de Koningsweg' });
    expect(megan!.team).toBeUndefined();
  });

  it('records decisions on programme actions with the action id', async () => {
    const env = testEnvironment();
    const card = insertedCard(env, 'action', 'public-space-reuse-paving-depot');
    await onCardAction(env, click(decideData(card, 'public-space-reuse-paving-depot', 'later')));
    expect(env.store.rows[0]).toMatchObject({ actionId: 'public-space-reuse-paving-depot', checklistItemId: '', decision: 'later' });
  });

  it('turns away forged or broken card data with an error, recording nothing', async () => {
    const env = testEnvironment();
    const data = decideData(insertedCard(env), ITEM, 'applied');
    const forged = [
      { ...data, itemId: 'sewerage-disconnect-rainwater' }, // not on this card
      { ...data, decision: 'attached' }, // not offered on cards
      { ...data, cardId: '../../etc' },
      { ...data, subject: { kind: 'criterion', itemId: 'x'.repeat(200) } },
      { ...data, itemId: undefined, actionId: undefined },
      { ...data, decision: undefined, [`decision-${ITEM}`]: 'maybe' }, // a choice no card offers
    ];
    for (const f of forged) {
      const answer = await onCardAction(env, click(f as Record<string, unknown>));
      expect(answer).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    }
    expect(await onCardAction(env, activity({ action: { type: 'Action.Execute', verb: 'explode', data } }))).toMatchObject({ statusCode: 400 });
    expect(await onCardAction(env, activity({ nonsense: true }))).toMatchObject({ statusCode: 400 });
    expect(env.store.rows).toEqual([]);
  });
});

describe("deciding on a meeting's card", () => {
  const MEETING_ID = 'MCMxOTptZWV0aW5nX05HVmtNVEUxWkRrdE1UQTNNUzAwTkRFd0xXRTFaVGN0WWpjM1pqSTNNbVl4T0dOa0B0aHJlYWQudjIjMA==';
  const ATTACHED = ['roads-asphalt-reclaimed-content', 'public-lighting-keep-sound-masts'];

  async function meetingCard(env: TestEnvironment): Promise<IAdaptiveCard> {
    const store = new MemoryMeetingCriteriaStore();
    await store.save({ meetingId: MEETING_ID, checklistItemIds: ATTACHED, attachedBy: MEGAN.aadObjectId, subject: 'Projectoverleg Koningsweg' });
    env.meetingCriteria = store;
    const url = `https://keuzes.example.nl/#/meetings/${encodeURIComponent(MEETING_ID)}`;
    return (await unfurlLink(env, activity({ url }))).composeExtension.attachments[0]!.content;
  }

  it('records the decision against the meeting, as the side panel does, and answers with the meeting card showing it', async () => {
    const env = testEnvironment();
    const card = await meetingCard(env);
    const answer = cardOf(await onCardAction(env, click(recordData(card, ITEM), { [`decision-${ITEM}`]: 'later' })));
    expect(env.store.rows).toEqual([
      expect.objectContaining({
        checklistItemId: ITEM,
        checklistId: 'roads',
        decision: 'later',
        contextType: 'meeting',
        contextRef: MEETING_ID,
        contextTitle: 'Projectoverleg Koningsweg',
        source: 'message-extension',
        staffAadId: ALEX.aadObjectId,
      }),
    ]);
    const text = literalText(answer);
    expect(text).toContain('Projectoverleg Koningsweg');
    expect(text).toContain('Jouw keuze: Later bekijken');
    expect(text).toContain('Vastgelegd: Later bekijken.');
    // still the whole meeting card: both criteria, each with its own record button
    expect(cardTexts(answer).executeData.filter((d) => d.itemId !== undefined).map((d) => d.itemId)).toEqual(ATTACHED);
    // the same click again keeps one row
    await onCardAction(env, click(recordData(card, ITEM), { [`decision-${ITEM}`]: 'later' }));
    expect(env.store.rows).toHaveLength(1);
  });

  it("shows a person the choice they made in the meeting's side panel, not the organizer's attaching, and to nobody else", async () => {
    const env = testEnvironment();
    const card = await meetingCard(env);
    const inMeeting = (decision: Acknowledgement['decision'], ackKey: string): Acknowledgement => ({
      ackKey,
      checklistItemId: 'public-lighting-keep-sound-masts',
      checklistId: 'public-lighting',
      decision,
      contextType: 'meeting',
      contextRef: MEETING_ID,
      source: 'meeting',
      staffAadId: MEGAN.aadObjectId,
      contentVersion: '1',
      appVersion: '1',
      ackAt: decision === 'attached' ? '2026-03-01T09:00:00.000Z' : '2026-03-01T10:00:00.000Z',
      ...(decision === 'considered' ? { reason: 'Masten zijn aan vervanging toe' } : {}),
    });
    await env.store.append([inMeeting('attached', 'attach-1')]);
    const refresh = (from = MEGAN) => activity({ action: { type: 'Action.Execute', verb: 'refreshCard', data: card.refresh!.action!.data } }, { replyToId: 'msg-7', from });
    expect(literalText(cardOf(await onCardAction(env, refresh())))).not.toMatch(/Gekoppeld|Jouw keuze:/);
    await env.store.append([inMeeting('considered', 'panel-1')]);
    expect(literalText(cardOf(await onCardAction(env, refresh())))).toContain('Jouw keuze: Overwogen, niet toegepast (Masten zijn aan vervanging toe)');
    expect(literalText(cardOf(await onCardAction(env, refresh(ALEX))))).not.toMatch(/Overwogen, niet toegepast \(|Masten/);
  });

  it('turns away card data that would record elsewhere than the meeting, or a criterion not on the card', async () => {
    const env = testEnvironment();
    const data: Record<string, unknown> = { ...recordData(await meetingCard(env), ITEM), [`decision-${ITEM}`]: 'applied' };
    const forged = [
      { ...data, contextType: 'message' },
      { ...data, contextRef: undefined },
      { ...data, contextRef: 'teams:19:chat@thread.v2:msg-7' },
      { ...data, itemId: 'sewerage-disconnect-rainwater' },
      { ...data, subject: { ...(data.subject as object), itemIds: [] } },
      { ...data, subject: { ...(data.subject as object), subject: 'x'.repeat(256) } },
    ];
    for (const f of forged) {
      expect(await onCardAction(env, click(f as Record<string, unknown>))).toMatchObject({ statusCode: 400 });
    }
    expect(env.store.rows).toEqual([]);
  });
});
