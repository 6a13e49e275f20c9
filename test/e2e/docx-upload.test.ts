// End to end: a Word document is read in a Web Worker of the real build, in Chromium. A normal
// document fills the text field; a zip bomb and a zip whose headers lie are refused in Dutch, and
// the page stays usable, with each docx worker ended once it has answered. The three documents are
// opened one after another on one page, as a person would, since a load of the page costs a few
// processor-seconds.
import type { Browser, Page } from 'playwright-core';
import { docx, withDeclaredSize, zipBomb } from '../support/docx-zips';
import type { AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;
let bomb: Buffer;
let liar: Buffer;

beforeAll(async () => {
  // made before the server starts: deflating 64 MB keeps the garbage collector busy, and
  // better-sqlite3 12 built for Node 24.19+ aborts the process when it collects a statement of the
  // in-process emulator (fixed in better-sqlite3 13); fewer collections, fewer aborts
  bomb = zipBomb(64);
  liar = withDeclaredSize(bomb, 'word/document.xml', 4096);
  ({ server, browser } = await startAppAndBrowser());
}, START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface CheckPage {
  page: Page;
  /** every worker the page started, in order */
  workers: string[];
  running: () => string[];
}

async function openCheck(): Promise<CheckPage> {
  const page = await (await newContext(browser)).newPage();
  const workers: string[] = [];
  const running = new Set<string>();
  page.on('worker', (worker) => {
    workers.push(worker.url());
    running.add(worker.url());
    worker.on('close', () => running.delete(worker.url()));
  });
  await page.goto(`${server.url}/#/check`);
  await page.getByTestId('docx-input').waitFor({ state: 'attached' });
  return { page, workers, running: () => [...running] };
}

let opened: Promise<CheckPage> | undefined;
/** the check page the tests share, opened when the first needs it */
const checkPage = (): Promise<CheckPage> => (opened ??= openCheck());

async function docxWorkersEnded(running: () => string[]): Promise<boolean> {
  for (let waited = 0; waited < 5000; waited += 100) {
    if (!running().some((url) => /docx-worker/.test(url))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('opening a Word document in the browser', () => {
  it('reads an ordinary document in a docx worker', async () => {
    const { page, workers } = await checkPage();
    await page.getByTestId('docx-input').setInputFiles({ name: 'Bestek.docx', mimeType: DOCX_TYPE, buffer: docx(['Aanbesteding groenonderhoud 2027', 'Het maaien van bermen.']) });
    await page.waitForFunction(() => (document.querySelector('[data-testid=document-text]') as HTMLTextAreaElement | null)?.value.startsWith('Aanbesteding'));
    expect(await page.getByRole('textbox', { name: /Tekst van het document/ }).inputValue()).toBe('Aanbesteding groenonderhoud 2027\n\nHet maaien van bermen.');
    expect(workers.some((url) => /docx-worker/.test(url))).toBe(true);
  }, 90_000);

  it('refuses a 229 KB zip bomb of 64 MB in Dutch, within seconds, and ends the worker', async () => {
    const { page, workers, running } = await checkPage();
    const workersBefore = workers.length;
    const started = Date.now();
    await page.getByTestId('docx-input').setInputFiles({ name: 'Bom.docx', mimeType: DOCX_TYPE, buffer: bomb });
    const failure = page.getByTestId('docx-failure');
    await failure.waitFor({ timeout: 30_000 });
    const refusedMs = Date.now() - started;
    expect(await failure.getAttribute('data-failure')).toBe('inflates-too-far');
    expect(await failure.textContent()).toMatch(/Het document kon niet worden geopend.*Uitgepakt is dit document groter dan 20 MB aan tekst en opmaak/);
    expect(refusedMs).toBeLessThan(10_000);
    // one docx worker for this file, and none left running
    expect(workers.slice(workersBefore).filter((url) => /docx-worker/.test(url))).toHaveLength(1);
    expect(await docxWorkersEnded(running)).toBe(true);
    process.stdout.write(`zip bomb refused in the browser after ${refusedMs} ms\n`);
  }, 90_000);

  it('refuses a bomb whose headers claim 4 KB, stopping the inflate at what they claim', async () => {
    const { page } = await checkPage();
    // the page stays usable while and after the worker reads
    await page.getByTestId('docx-input').setInputFiles({ name: 'Leugen.docx', mimeType: DOCX_TYPE, buffer: liar });
    await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).fill('Nog steeds bruikbaar');
    // the page may still show the refusal of the document before, so this waits for this one's
    const failure = page.locator('[data-testid=docx-failure][data-failure=corrupt]');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.getAttribute('data-failure')).toBe('corrupt');
    expect(await failure.textContent()).toContain('Het bestand is beschadigd of geen geldig Word-document.');
    expect(await failure.textContent()).not.toMatch(/inflate|bytes|invalid/i);
    expect(await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).inputValue()).toBe('Nog steeds bruikbaar');
  }, 90_000);
});
