// End to end, documents as things of their own: a tender edited in its first paragraph and renamed
// keeps its choices once the person accepts "nieuwe versie"; a criterion set to 'later' is decided
// from Home; and My choices shows a person's choices by document, a page at a time.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { listRows, type AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { seedChoices, seededChoices } from './support/my-choices';
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

    // another day, another session (the tab keeps its draft for the session only): the first
    // paragraph changed and the document renamed
    await page.evaluate(() => sessionStorage.clear());
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

  // how fast 10,000 choices show is measured by `npm run bench my-choices`, not here
  it('shows a person’s many choices by document, a page of 20 documents at a time', async () => {
    const person = DEMO_STAFF[3]!;
    await seedChoices(server.url, seededChoices(person.oid, 200));

    const { context, page } = await openAs(person, '#/decisions');
    await page.getByTestId('document-entry').first().waitFor();
    expect(await page.getByTestId('my-choices').getAttribute('data-documents')).toBe('25');
    expect(await page.getByTestId('document-entry').count()).toBe(20);
    expect(await page.getByTestId('my-choices-count').textContent()).toMatch(/^25 documenten met \d+ keuzes/);
    await page.getByRole('button', { name: 'Meer documenten tonen (nog 5)' }).click();
    expect(await page.getByTestId('document-entry').count()).toBe(25);
    await context.close();
  }, 120_000);
});
