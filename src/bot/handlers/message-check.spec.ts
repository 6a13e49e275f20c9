import { cardTexts, literalText } from '../../../test/support/bot/card-inspection';
import { activity, testEnvironment } from '../../../test/support/bot/test-environment';
import { checkMessage } from './message-check';
import type { ResultList, TaskAnswer } from './responses';

const onMessage = (content: string, contentType = 'html', id = '1700000000001') => ({
  commandId: 'checkMessage',
  commandContext: 'message',
  messagePayload: { id, body: { contentType, content } },
});

describe('the action on a message', () => {
  it('answers with a card of the product groups found, the words that showed them, and their top criteria', () => {
    const env = testEnvironment();
    const html = '<div><p>Hoi team,</p><p>we gaan het <strong>asfalt</strong> van de Koningsweg vervangen&nbsp;en nieuwe lichtmasten plaatsen.</p></div>';
    const answer = checkMessage(env, activity(onMessage(html))) as ResultList;
    const card = answer.composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Circulaire criteria voor dit bericht');
    const text = literalText(card);
    expect(text).toContain('Openbare verlichting');
    expect(text).toContain('Herkend aan: lichtmasten');
    expect(text).toContain('Wegen en verhardingen');
    expect(text).toContain('Herkend aan: asfalt');
    const decided = new Set(cardTexts(card).executeData.map((d) => d.itemId));
    expect([...decided]).toEqual(['public-lighting-keep-sound-masts', 'public-lighting-modular-luminaires', 'roads-asphalt-reclaimed-content', 'roads-limit-paved-area']);
    // the decisions will be about the checked message
    expect(cardTexts(card).executeData[0]).toMatchObject({ contextRef: 'teams:19:chat@thread.v2:1700000000001', contextType: 'message' });
  });

  it('says "Geen circulaire criteria gevonden" for a message about something without a checklist', () => {
    const env = testEnvironment();
    const answer = checkMessage(env, activity(onMessage('<p>Kun je de offerte voor de aansprakelijkheidsverzekering en het juridisch advies doorsturen?</p>')));
    expect(answer).toEqual<TaskAnswer>({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
  });

  it('says "No circular criteria found" in English', () => {
    const env = testEnvironment();
    const answer = checkMessage(env, activity(onMessage('Could you forward the legal advice on the insurance policy?', 'text'), { locale: 'en-US' }));
    expect(answer).toEqual({ task: { type: 'message', value: 'No circular criteria found' } });
  });

  it('checks the words of a message, not its markup or scripts', () => {
    const env = testEnvironment();
    // "asfalt" only inside a tag attribute and a script: no words of the message
    const answer = checkMessage(env, activity(onMessage('<p title="asfalt">Tot morgen</p><script>var asfalt = 1;</script>')));
    expect(answer).toEqual({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
  });

  it('shows words from the message as text, never as markup', () => {
    const env = testEnvironment();
    const answer = checkMessage(env, activity(onMessage('Nieuwe **laptops** bestellen [nu](javascript:alert(1))', 'text'))) as ResultList;
    const texts = cardTexts(answer.composeExtension.attachments[0]!.content);
    expect(texts.literal).toContain('laptops');
    expect([...texts.markdown, ...texts.literal].join(' ')).not.toContain('javascript:');
  });

  it('checks the words the user adds in the optional field too', () => {
    const env = testEnvironment();
    const without = checkMessage(env, activity(onMessage('<p>Wat doen we met de Dorpsstraat?</p>')));
    expect(without).toEqual({ task: { type: 'message', value: 'Geen circulaire criteria gevonden' } });
    const answer = checkMessage(env, activity({ ...onMessage('<p>Wat doen we met de Dorpsstraat?</p>'), data: { extraText: 'nieuw asfalt' } })) as ResultList;
    expect(literalText(answer.composeExtension.attachments[0]!.content)).toContain('Herkend aan: asfalt');
  });

  it('answers an empty or missing message with a short explanation', () => {
    const env = testEnvironment();
    expect(checkMessage(env, activity(onMessage('<p> </p>')))).toEqual({ task: { type: 'message', value: 'Dit bericht bevat geen tekst om te controleren.' } });
    expect(checkMessage(env, activity({ commandId: 'checkMessage' }))).toEqual({ task: { type: 'message', value: 'Dit bericht bevat geen tekst om te controleren.' } });
  });

  it('shows the result in a dialog when asked for one (a manifest with a fetch task)', () => {
    const env = testEnvironment();
    const answer = checkMessage(env, activity(onMessage('Nieuwe laptops bestellen', 'text')), 'dialog');
    expect(answer).toMatchObject({ task: { type: 'continue', value: { title: 'Circulaire criteria voor dit bericht', card: { contentType: 'application/vnd.microsoft.card.adaptive' } } } });
  });
});
