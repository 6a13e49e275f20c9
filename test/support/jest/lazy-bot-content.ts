// e2e project setup: the server each end-to-end file starts mounts the message extension, which
// builds the bot's content (the matcher's and search's indexes, over a second of processor) at
// once, yet no browser test sends the bot a message. Here that content is built when the bot
// first reads its matcher or search, from the same pack, so a file that never calls the bot never
// pays for it. The content is a pure function of the pack, so what the bot answers is the same.
import type { BotContent } from '../../../src/bot/content';
import type { ContentPack } from '../../../src/domain/content/model';

jest.mock('../../../src/bot/content', () => {
  const actual = jest.requireActual<typeof import('../../../src/bot/content')>('../../../src/bot/content');
  return {
    ...actual,
    botContent(pack: ContentPack): BotContent {
      let content: BotContent | undefined;
      const built = () => (content ??= actual.botContent(pack));
      return {
        pack,
        get lookup() {
          return built().lookup;
        },
        get matcher() {
          return built().matcher;
        },
        search: (query, limit) => built().search(query, limit),
        groupLabel: (id, language) => built().groupLabel(id, language),
        checklistLabel: (checklist, language) => built().checklistLabel(checklist, language),
      };
    },
  };
});
