import { cardTexts, literalText } from '../test-doubles/card-inspection';
import { activity, testEnvironment } from '../test-doubles/test-environment';
import { unfurlLink } from './link-unfurl';

describe('link unfurling', () => {
  it("turns a link to one of the app's criteria into that criterion's card", () => {
    const env = testEnvironment();
    const { attachments } = unfurlLink(env, activity({ url: 'https://keuzes.example.nl/#/criteria/roads-limit-paved-area' })).composeExtension;
    expect(attachments).toHaveLength(1);
    expect(cardTexts(attachments[0]!.content).urls).toEqual(['https://keuzes.example.nl/#/criteria/roads-limit-paved-area']);
    expect(attachments[0]!.preview!.content.text).toContain('Wegen en verhardingen');
  });

  it("turns a link to one of the app's actions into that action's card, in English for an English user", () => {
    const env = testEnvironment();
    const { attachments } = unfurlLink(env, activity({ url: 'https://keuzes.example.nl/#/actions/public-space-reuse-paving-depot' }, { locale: 'en-US' })).composeExtension;
    expect(literalText(attachments[0]!.content)).toContain('Material depot for paving and street furniture');
  });

  it('leaves other links, unknown ids and malformed values alone', () => {
    const env = testEnvironment();
    for (const url of [
      'https://elsewhere.example.com/#/criteria/roads-limit-paved-area',
      'https://keuzes.example.nl/#/criteria/does-not-exist',
      'https://keuzes.example.nl/other/#/criteria/roads-limit-paved-area',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(unfurlLink(env, activity({ url })).composeExtension.attachments).toEqual([]);
    }
    expect(unfurlLink(env, activity({})).composeExtension.attachments).toEqual([]);
  });
});
