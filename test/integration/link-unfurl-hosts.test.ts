// Link unfurling through the real server in local mode, for every address it is served on: the
// configured public URL, and http://localhost:PORT (README's address, what a person copies from
// the browser) as well as http://127.0.0.1:PORT, the address the server reports. Each becomes the
// same criterion's card, whose link is the public URL; a link to another port becomes nothing.
import { cardTexts, literalText } from '../support/bot/card-inspection';
import { loadConfig } from '../../src/server/config';
import type { RunningServer } from '../../src/server/create-server';
import { startTestServer } from '../support/test-server';
import { invokeActivity } from '../support/invoke-activity';
import { tempDirsRemovedAfterAll } from '../support/temp-dirs';

const tempDir = tempDirsRemovedAfterAll('cc-unfurl-');
const PUBLIC_URL = 'http://keuzes.soest.test:8080';
const CRITERION = '#/criteria/roads-limit-paved-area';

interface Unfurled {
  status: number;
  attachments: { content: unknown }[];
}

async function unfurl(server: RunningServer, link: string): Promise<Unfurled> {
  const res = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(invokeActivity('composeExtension/queryLink', { url: link })),
  });
  const body = (await res.json()) as { composeExtension?: { attachments: { content: unknown }[] } };
  return { status: res.status, attachments: body.composeExtension?.attachments ?? [] };
}

describe('a link to the app unfurls from every address the server is served on', () => {
  let server: RunningServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer({ config: loadConfig({ CC_DATA_DIR: tempDir(), CC_PUBLIC_URL: PUBLIC_URL }), port: 0, logSink: () => undefined });
    port = new URL(server.url).port;
  });
  afterAll(() => server?.close());

  it.each([
    ['the configured public URL', () => PUBLIC_URL],
    ['localhost', () => `http://localhost:${port}`],
    ['127.0.0.1', () => `http://127.0.0.1:${port}`],
  ])('from %s, into the criterion card linking to the public URL', async (_name, base) => {
    const answer = await unfurl(server, `${base()}/${CRITERION}`);
    expect(answer.status).toBe(200);
    expect(answer.attachments).toHaveLength(1);
    expect(literalText(answer.attachments[0]!.content)).toContain('Wegen en verhardingen');
    expect(cardTexts(answer.attachments[0]!.content).urls).toEqual([`${PUBLIC_URL}/${CRITERION}`]);
  });

  it('not from the same names on another port', async () => {
    const other = String(Number(port) === 65535 ? 65534 : Number(port) + 1);
    for (const link of [`http://localhost:${other}/${CRITERION}`, `http://127.0.0.1:${other}/${CRITERION}`]) {
      expect(await unfurl(server, link)).toEqual({ status: 200, attachments: [] });
    }
  });
});
