// Integration project setup: every server and bot a test file starts builds the bot's content
// from its pack (the matcher's and search's indexes, about a second of processor each time). The
// same pack object gets the content built the first time; a new pack (a test's own, the lists'
// after a refresh) still gets its own. The content is a pure function of the pack.
import type { ContentPack } from '../../../src/domain/content/model';

jest.mock('../../../src/bot/content', () => {
  const actual = jest.requireActual<typeof import('../../../src/bot/content')>('../../../src/bot/content');
  const built = new WeakMap<ContentPack, ReturnType<typeof actual.botContent>>();
  return {
    ...actual,
    botContent(pack: ContentPack) {
      let content = built.get(pack);
      if (!content) built.set(pack, (content = actual.botContent(pack)));
      return content;
    },
  };
});
