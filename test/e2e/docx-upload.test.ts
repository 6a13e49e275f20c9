// End to end: a Word document is read in a Web Worker of the real build, in Chromium. A normal
// document fills the text field; a zip bomb and a zip whose headers lie are refused in Dutch, with
// the page responsive throughout and the worker gone afterwards.
import type { Browser, Page } from 'playwright-core';
import { docx, withDeclaredSize, zipBomb } from '../support/docx-zips';
import type { AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function openCheck(): Promise<{ page: Page; workers: string[] }> {
  const page = await (await newContext(browser)).newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${server.url}/#/check`);
  await page.getByTestId('docx-input').waitFor({ state: 'attached' });
  return { page, workers };
}

describe('opening a Word document in the browser', () => {
  it('reads an ordinary document in a docx worker', async () => {
    const { page, workers } = await openCheck();
    await page.getByTestId('docx-input').setInputFiles({ name: 'Bestek.docx', mimeType: DOCX_TYPE, buffer: docx(['Aanbesteding groenonderhoud 2027', 'Het maaien van bermen.']) });
    await page.waitForFunction(() => (document.querySelector('[data-testid=document-text]') as HTMLTextAreaElement | null)?.value.startsWith('Aanbesteding'));
    expect(await page.getByRole('textbox', { name: /Tekst van het document/ }).inputValue()).toBe('Aanbesteding groenonderhoud 2027\n\nHet maaien van bermen.');
    expect(workers.some((url) => /docx-worker/.test(url))).toBe(true);
    await page.context().close();
  }, 90_000);

  it('refuses a 229 KB zip bomb of 64 MB in Dutch, quickly, without freezing the page', async () => {
    const { page } = await openCheck();
    const bomb = zipBomb(64);
    const started = Date.now();
    await page.getByTestId('docx-input').setInputFiles({ name: 'Bom.docx', mimeType: DOCX_TYPE, buffer: bomb });
    const failure = page.getByTestId('docx-failure');
    await failure.waitFor({ timeout: 30_000 });
    const refusedMs = Date.now() - started;
    expect(await failure.getAttribute('data-failure')).toBe('inflates-too-far');
    expect(await failure.textContent()).toMatch(/Het document kon niet worden geopend.*Uitgepakt is dit document groter dan 20 MB aan tekst en opmaak/);
    expect(refusedMs).toBeLessThan(10_000);
    process.stdout.write(`zip bomb refused in the browser after ${refusedMs} ms\n`);
    await page.context().close();
  }, 90_000);

  it('refuses a bomb whose headers claim 4 KB, stopping the inflate at what they claim', async () => {
    const { page } = await openCheck();
    // the page stays usable while and after the worker reads
    await page.getByTestId('docx-input').setInputFiles({ name: 'Leugen.docx', mimeType: DOCX_TYPE, buffer: withDeclaredSize(zipBomb(64), 'word/document.xml', 4096) });
    await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).fill('Nog steeds bruikbaar');
    const failure = page.getByTestId('docx-failure');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.getAttribute('data-failure')).toBe('corrupt');
    expect(await failure.textContent()).toContain('Het bestand is beschadigd of geen geldig Word-document.');
    expect(await failure.textContent()).not.toMatch(/inflate|bytes|invalid/i);
    expect(await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).inputValue()).toBe('Nog steeds bruikbaar');
    await page.context().close();
  }, 90_000);
});
