// End to end, documents as things of their own: a tender edited in its first paragraph and renamed
// keeps its choices once the person accepts "nieuwe versie"; a criterion set to 'later' is decided
// from Home; and My choices shows 10,000 choices of one person, by document, well within a second
// of their arrival in the browser.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { listRows, type AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { myChoicesTiming, seedChoices, seededChoices } from './support/my-choices';
import { checkDraft, matchedItem, matchedItemIds, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

/** a browser context signed in (in local mode) as a demo colleague */
async function openAs(person: (typeof DEMO_STAFF)[number], hash: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, person.oid]);
  const page = await context.newPage();
  await page.goto(`${server.url}/${hash}`);
  return { context, page };
}

const rowsOf = async (oid: string) => (await listRows(server.url, 'Acknowledgements')).filter((r) => r.fields.StaffAadId === oid);

describe('documents in the browser', () => {
  it('keeps the choices of a tender edited in its first paragraph and renamed, once the person accepts "nieuwe versie"', async () => {
    const person = DEMO_STAFF[0]!;
    const { context, page } = await openAs(person, '#/check');
    await checkDraft(page, ROAD_TENDER, 'Bestek wegen Overhees 2027');
    const [first, second] = await matchedItemIds(page);
    await matchedItem(page, first!).getByRole('button', { name: 'Toegepast', exact: true }).click();
    await matchedItem(page, first!).getByText('Opgeslagen').waitFor();

    // another day: the first paragraph changed and the document renamed
    await page.reload();
    const edited = ROAD_TENDER.replace('in de wijk Overhees', 'in de wijken Overhees en Klaarwater');
    expect(edited).not.toBe(ROAD_TENDER);
    await checkDraft(page, edited, 'Bestek wegen Soest-Oost 2027');
    const offer = page.getByTestId('new-version-offer');
    await offer.getByText('Nieuwe versie van ‘Bestek wegen Overhees 2027’?').waitFor();
    expect(await page.getByTestId('earlier-note').count()).toBe(0);
    await offer.getByRole('button', { name: 'Nieuwe versie van ‘Bestek wegen Overhees 2027’' }).click();

    await page.getByTestId('earlier-note').waitFor();
    expect(await page.getByTestId('document-version').getAttribute('data-version')).toBe('2');
    expect(await matchedItem(page, first!).getByTestId('decision-current').getAttribute('data-decision')).toBe('applied');
    await matchedItem(page, second!).getByRole('button', { name: 'Later bekijken' }).click();
    await matchedItem(page, second!).getByText('Opgeslagen').waitFor();

    const rows = await rowsOf(person.oid);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.fields.ContextRef)).size).toBe(1);
    expect(rows.map((r) => [r.fields.ChecklistItemId, r.fields.DocumentVersion, r.fields.ContextTitle]).sort()).toEqual(
      [
        [first, 1, 'Bestek wegen Overhees 2027'],
        [second, 2, 'Bestek wegen Soest-Oost 2027'],
      ].sort(),
    );
    await context.close();
  }, 120_000);

  it('decides a criterion set to later from Home', async () => {
    const person = DEMO_STAFF[1]!;
    const { context, page } = await openAs(person, '#/check');
    await checkDraft(page, ROAD_TENDER, 'Bestek wegen – later');
    const [first] = await matchedItemIds(page);
    await matchedItem(page, first!).getByRole('button', { name: 'Later bekijken' }).click();
    await matchedItem(page, first!).getByText('Opgeslagen').waitFor();

    await page.goto(`${server.url}/#/`);
    const item = page.locator(`[data-testid=later-item][data-item-id="${first}"]`);
    await item.getByRole('button', { name: 'Niet van toepassing…' }).click();
    await item.getByRole('textbox', { name: /Reden/ }).fill('Geen klinkers in dit perceel');
    await item.getByRole('button', { name: 'Keuze opslaan' }).click();
    await item.getByText('Opgeslagen').waitFor();

    const rows = await rowsOf(person.oid);
    expect(rows.map((r) => r.fields.Decision).sort()).toEqual(['later', 'not-applicable']);
    const decided = rows.find((r) => r.fields.Decision === 'not-applicable')!;
    expect(decided.fields).toMatchObject({ ChecklistItemId: first, Reason: 'Geen klinkers in dit perceel', ContextTitle: 'Bestek wegen – later', DocumentVersion: 1 });
    expect(decided.fields.ContextRef).toBe(rows.find((r) => r.fields.Decision === 'later')!.fields.ContextRef);

    // gone from Home once it is decided
    await page.reload();
    await page.getByTestId('still-to-review').getByText('Er ligt niets te wachten').waitFor();
    await context.close();
  }, 120_000);

  it('shows 10,000 choices of one person by document within a second of their arrival', async () => {
    const person = DEMO_STAFF[3]!;
    await seedChoices(server.url, seededChoices(person.oid, 10_000));

    const { context, page } = await openAs(person, '#/decisions');
    const timing = await myChoicesTiming(page);
    console.log(`My choices, 10,000 choices in 1,250 documents: loaded after ${timing.loadedMs.toFixed(0)} ms (server calls at ${timing.calls.join(', ')}), on screen ${timing.renderMs.toFixed(0)} ms later`);
    // the page's own work is about 100 ms; on this shared two-core machine it measured 96 to 794 ms
    // at load averages of 14 to 17, so the assertion is the budget, not the usual figure
    expect(timing.renderMs).toBeLessThan(1000);
    expect(await page.getByTestId('my-choices').getAttribute('data-documents')).toBe('1250');
    expect(await page.getByTestId('document-entry').count()).toBe(20);
    expect(await page.getByTestId('my-choices-count').textContent()).toContain('1.250 documenten met 5.000 keuzes');
    await context.close();
  }, 240_000);
});
