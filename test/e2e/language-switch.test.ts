// The tab's English strings are a chunk of their own: a Dutch visit never fetches them, switching
// to English on About fetches them and shows the page in English, and a reload opens in English at
// once (no Dutch shown first) with the language remembered.
import type { Browser, Page } from 'playwright-core';
import type { AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

/** the page with every script it fetched, and the h1 texts it showed, in order */
async function openTab(hash: string): Promise<{ page: Page; scripts: string[]; headings: () => Promise<string[]> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // every h1 that ever shows, so a Dutch title that flashes before the English one is caught
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1')) if (h.textContent && seen[seen.length - 1] !== h.textContent) seen.push(h.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${server.url}/${hash}`);
  return { page, scripts, headings: () => page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings) };
}

const englishChunk = (scripts: string[]) => scripts.filter((s) => /locale-en/.test(s));

describe('the tab’s languages', () => {
  it('fetches English only when it is chosen, and opens in it after a reload without showing Dutch first', async () => {
    const { page, scripts, headings } = await openTab('#/');
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    await page.goto(`${server.url}/#/about`);
    await page.getByRole('heading', { level: 1, name: 'Over Circulaire keuzes' }).waitFor();
    await page.getByTestId('content-version').waitFor();
    expect(englishChunk(scripts)).toEqual([]);

    // the picker shows the choice at once, while the English strings are still on their way
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'About Circular Choices' }).waitFor();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(englishChunk(scripts)).toHaveLength(1);

    await page.goto(`${server.url}/#/`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    const afterReload = await headings();
    expect(afterReload.length).toBeGreaterThan(0);
    expect(afterReload.filter((h) => h.startsWith('Welkom'))).toEqual([]);
    expect(englishChunk(scripts)).toHaveLength(2);
    await page.context().close();
  }, 60_000);
});
