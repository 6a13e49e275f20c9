// End to end: after deciding on a road tender's criteria in the tab, the person downloads the
// apply-or-explain record from the check page; the .docx is opened here (its word/document.xml read
// back) and lists every criterion of the fitting checklists with its state, in Dutch and in English.
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { bundledPack } from '../support/bundled-pack';
import { docxText } from '../support/docx-text';
import type { AppServer } from './support/app-server';
import { contextOptions, downloadedBytes } from './support/browser';
import { checkDraft, matchedItem, matchedItemIds, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

const pack = bundledPack();

async function downloadRecord(page: Page, buttonName: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: buttonName }).click()]);
  return { fileName: download.suggestedFilename(), bytes: new Uint8Array(await downloadedBytes(download)) };
}

const fittingChecklists = (page: Page) => page.locator('[data-testid=matched-checklist]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.checklist!))]);

describe('the apply-or-explain record', () => {
  it('downloads as a Word file that lists every criterion of the fitting checklists with its state', async () => {
    const page = await (await browser.newContext({ ...contextOptions('light'), acceptDownloads: true })).newPage();
    await page.goto(`${server.url}/#/check`);
    const title = 'Bestek wegen – dossier';
    await checkDraft(page, ROAD_TENDER, title);
    const [first, second, third] = await matchedItemIds(page);
    await matchedItem(page, first!).getByRole('button', { name: 'Toegepast', exact: true }).click();
    await matchedItem(page, second!).getByRole('button', { name: 'Niet van toepassing…' }).click();
    await matchedItem(page, second!).getByRole('textbox', { name: /Reden/ }).fill('Geen elementenverharding in dit perceel');
    await matchedItem(page, second!).getByRole('button', { name: 'Keuze opslaan' }).click();
    await matchedItem(page, third!).getByRole('button', { name: 'Later bekijken' }).click();
    for (const id of [first!, second!, third!]) await matchedItem(page, id).getByText('Opgeslagen').waitFor();

    const checklistIds = await fittingChecklists(page);
    expect(checklistIds).toContain('roads');
    const { fileName, bytes } = await downloadRecord(page, 'Pas toe of leg uit (Word)');
    expect(fileName).toBe('pas-toe-of-leg-uit-bestek-wegen-dossier.docx');
    const doc = docxText(bytes);
    const facts = new Map(doc.rows.filter((r) => r.length === 2).map(([k, v]) => [k, v]));
    expect(facts.get('Gemeente')).toBe('Gemeente Soest');
    expect(facts.get('Opgesteld door')).toBe(DEMO_STAFF[0]!.name);
    expect(facts.get('Document')).toBe(title);
    expect(facts.get('Datum')).toMatch(/^\d{1,2} \w+ 20\d\d$/);

    const stateOf = new Map(doc.rows.filter((r) => r.length === 3).map(([text, state, why]) => [text, { state, why }]));
    const expected = pack.checklists.filter((c) => checklistIds.includes(c.id)).flatMap((c) => c.items);
    const decided: Record<string, string> = { [first!]: 'Toegepast', [second!]: 'Niet van toepassing' };
    for (const item of expected) {
      const row = stateOf.get(item.text.nl);
      expect({ item: item.id, state: row?.state }).toEqual({ item: item.id, state: decided[item.id] ?? 'Nog open' });
    }
    expect(stateOf.get(pack.checklists.flatMap((c) => c.items).find((i) => i.id === second)!.text.nl)!.why).toMatch(/^Geen elementenverharding in dit perceel\ngekozen op /);
    expect(doc.paragraphs).toContain(`1 toegepast, 0 niet toegepast, 1 niet van toepassing, ${expected.length - 2} nog open`);

    // the same record in English when the app speaks English
    await page.evaluate(() => localStorage.setItem('circular-choices.language', 'en'));
    await page.reload();
    await page.getByRole('textbox', { name: /Title or file name/ }).fill(title);
    await page.getByRole('textbox', { name: /Text of the document/ }).fill(ROAD_TENDER);
    await matchedItem(page, first!).getByTestId('decision-current').waitFor({ timeout: 30_000 });
    const english = await downloadRecord(page, 'Apply or explain (Word)');
    expect(english.fileName).toBe('apply-or-explain-bestek-wegen-dossier.docx');
    const rows = docxText(english.bytes).rows.filter((r) => r.length === 3);
    expect(rows[0]).toEqual(['Criterion', 'Choice', 'Explanation']);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(expected.map((i) => i.text.en)));
    await page.context().close();
  }, 120_000);
});
