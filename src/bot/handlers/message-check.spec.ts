import { cardTexts, literalText } from '../../../test/support/bot/card-inspection';
import { activity, testEnvironment } from '../../../test/support/bot/test-environment';
import { checkMessage } from './message-check';
import type { ResultList, TaskAnswer } from './responses';
import { MatchUnavailable } from '../text-matcher';
import { submitDraftCheck } from './draft-check';

const onMessage = (content: string, contentType = 'html', id = '1700000000001') => ({
  commandId: 'checkMessage',
  commandContext: 'message',
  messagePayload: { id, body: { contentType, content } },
});

describe('the action on a message', () => {
  it('answers with a card of the product groups found, the words that showed them, and their top criteria', async () => {
    const env = testEnvironment();
    const html = '<div><p>Hoi team,</p><p>we gaan het <strong>asfalt</strong> van de Koningsweg vervangen&nbsp;en nieuwe lichtmasten plaatsen.</p></div>';
    const answer = await checkMessage(env, activity(onMessage(html))) as ResultList;
    const card = answer.composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Circulaire criteria voor dit bericht');
    const text = literalText(card);
    expect(text).toContain('Openbare verlichting');
    expect(text).toContain('Herkend aan: lichtmasten');
    expect(text).toContain('Wegen en verhardingen');
    expect(text).toMatch(/Herkend aan: (?:\w+, )*asfalt/);
    const decided = new Set(cardTexts(card).executeData.map((d) => d.itemId));
    expect([...decided]).toEqual(['public-lighting-keep-sound-masts', 'public-lighting-modular-luminaires', 'roads-asphalt-reclaimed-content', 'roads-limit-paved-area']);
    // the decisions will be about the checked message
    expect(cardTexts(card).executeData[0]).toMatchObject({ contextRef: 'teams:19:chat@thread.v2:1700000000001', contextType: 'message' });
  });

  it('says "Geen circulaire criteria gevonden" for a message about something without a checklist', async () => {
    const env = testEnvironment();
    const answer = await checkMessage(env, activity(onMessage('<p>Kun je de offerte voor de aansprakelijkheidsverzekering en het juridisch advies doorsturen?</p>')));
    expect(answer).toEqual<TaskAnswer>({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
  });

  it('says "No circular criteria found" in English', async () => {
    const env = testEnvironment();
    const answer = await checkMessage(env, activity(onMessage('Could you forward the legal advice on the insurance policy?', 'text'), { locale: 'en-US' }));
    expect(answer).toEqual({ task: { type: 'message', value: 'No circular criteria found' } });
  });

  it('checks the words of a message, not its markup or scripts', async () => {
    const env = testEnvironment();
    // "asfalt" only inside a tag attribute and a script: no words of the message
    const answer = await checkMessage(env, activity(onMessage('<p title="asfalt">Tot morgen</p><script>var asfalt = 1;</script>')));
    expect(answer).toEqual({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
  });

  it('shows words from the message as text, never as markup', async () => {
    const env = testEnvironment();
    const answer = await checkMessage(env, activity(onMessage('Nieuwe **laptops** bestellen [nu](javascript:alert(1))', 'text'))) as ResultList;
    const texts = cardTexts(answer.composeExtension.attachments[0]!.content);
    expect(texts.literal).toContain('laptops');
    expect([...texts.markdown, ...texts.literal].join(' ')).not.toContain('javascript:');
  });

  it('checks the words the user adds in the optional field too', async () => {
    const env = testEnvironment();
    const without = await checkMessage(env, activity(onMessage('<p>Wat doen we met de Dorpsstraat?</p>')));
    expect(without).toEqual({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
    const answer = await checkMessage(env, activity({ ...onMessage('<p>Wat doen we met de Dorpsstraat?</p>'), data: { extraText: 'nieuw asfalt' } })) as ResultList;
    expect(literalText(answer.composeExtension.attachments[0]!.content)).toMatch(/Herkend aan: (?:\w+, )*asfalt/);
  });

  it('answers an empty or missing message with a short explanation', async () => {
    const env = testEnvironment();
    expect(await checkMessage(env, activity(onMessage('<p> </p>')))).toEqual({ task: { type: 'message', value: 'Dit bericht bevat geen tekst om te controleren.' } });
    expect(await checkMessage(env, activity({ commandId: 'checkMessage' }))).toEqual({ task: { type: 'message', value: 'Dit bericht bevat geen tekst om te controleren.' } });
  });

  it('says plainly that the text was not checked when the matcher gives no answer in time, or is busy', async () => {
    const texts: string[] = [];
    const timingOut = {
      ...testEnvironment(),
      match: async (text: string) => {
        texts.push(text);
        throw new MatchUnavailable('timeout');
      },
    };
    expect(await checkMessage(timingOut, activity(onMessage('<p>Nieuw asfalt voor de Dalweg</p>')))).toEqual({
      task: { type: 'message', value: 'Het controleren van deze tekst duurde te lang en is gestopt. Probeer een kortere tekst, of plak de tekst in de app.' },
    });
    // the matcher was given the message's text, cut to what a check reads
    expect(texts).toEqual(['Nieuw asfalt voor de Dalweg']);
    const busy = { ...testEnvironment(), match: async () => Promise.reject(new MatchUnavailable('busy')) };
    expect(await submitDraftCheck(busy, activity({ commandId: 'checkDraft', data: { text: 'asfalt' } }, { locale: 'en-GB' }))).toEqual({
      task: { type: 'message', value: 'Many texts are being checked right now. Try again in a minute.' },
    });
    expect(busy.logged).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'text not checked', reason: 'busy' }));
  });

  it('lets any other matcher failure through to the server\'s error answer', async () => {
    const broken = { ...testEnvironment(), match: async () => Promise.reject(new Error('worker crashed')) };
    await expect(checkMessage(broken, activity(onMessage('<p>asfalt</p>')))).rejects.toThrow('worker crashed');
  });

  it('shows the result in a dialog when asked for one (a manifest with a fetch task)', async () => {
    const env = testEnvironment();
    const answer = await checkMessage(env, activity(onMessage('Nieuwe laptops bestellen', 'text')), 'dialog');
    expect(answer).toMatchObject({ task: { type: 'continue', value: { title: 'Circulaire criteria voor dit bericht', card: { contentType: 'application/vnd.microsoft.card.adaptive' } } } });
  });
});
