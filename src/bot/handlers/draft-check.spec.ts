import { cardTexts, literalText } from '../../../test/support/bot/card-inspection';
import { activity, testEnvironment } from '../../../test/support/bot/test-environment';
import { openDraftCheck, submitDraftCheck } from './draft-check';
import type { ResultList } from './responses';

describe('the action from the compose box', () => {
  it('opens the document check page as a dialog', async () => {
    const env = testEnvironment();
    expect(openDraftCheck(env, activity({ commandId: 'checkDraft', commandContext: 'compose' }))).toEqual({
      task: {
        type: 'continue',
        value: { title: 'Document controleren', url: 'https://keuzes.example.nl/#/check?host=dialog', fallbackUrl: 'https://keuzes.example.nl/#/check?host=dialog', height: 'large', width: 'large' },
      },
    });
  });

  it('inserts the result card for the text the page submits', async () => {
    const env = testEnvironment();
    const submitted = { commandId: 'checkDraft', commandContext: 'compose', data: { text: 'Aanbesteding voor de levering van 200 laptops en monitoren' } };
    const answer = await submitDraftCheck(env, activity(submitted)) as ResultList;
    const card = answer.composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Circulaire criteria voor dit document');
    expect(literalText(card)).toContain('ICT-hardware en telefonie');
    // no context given: decisions will be about the message the card is sent in
    expect(cardTexts(card).executeData[0]!.contextRef).toBeUndefined();
  });

  it('keeps a context ref the page gives, and refuses one with odd characters', async () => {
    const env = testEnvironment();
    const ok = await submitDraftCheck(env, activity({ commandId: 'checkDraft', data: { text: 'laptops bestellen', contextRef: 'doc:3f9a1c' } })) as ResultList;
    expect(cardTexts(ok.composeExtension.attachments[0]!.content).executeData[0]!.contextRef).toBe('doc:3f9a1c');
    expect(await submitDraftCheck(env, activity({ commandId: 'checkDraft', data: { text: 'laptops', contextRef: 'a b<c>' } }))).toEqual({
      task: { type: 'message', value: 'Dit document bevat geen tekst om te controleren.' },
    });
  });

  it('says so when the text has no circular criteria or no text at all', async () => {
    const env = testEnvironment();
    expect(await submitDraftCheck(env, activity({ commandId: 'checkDraft', data: { text: 'Verzekering en juridisch advies' } }, { locale: 'en' }))).toEqual({
      task: { type: 'message', value: 'No circular criteria found' },
    });
    expect(await submitDraftCheck(env, activity({ commandId: 'checkDraft', data: {} }))).toEqual({ task: { type: 'message', value: 'Dit document bevat geen tekst om te controleren.' } });
  });
});
