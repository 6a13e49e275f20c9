// End to end, standalone: the tab in a plain browser against the real server in local mode, with
// the Graph-lists emulator behind it. Decisions end up as rows in the emulator's list, survive a
// reload, wait in the browser's queue while the list is unreachable, and are written exactly once;
// the draft survives a visit to a criterion's page and Back.
// A load of the tab costs a few processor-seconds: after the first test's page, one more page serves
// the rest, one after another, as one person would use it.
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { listRows, setFaults, type AppServer } from './support/app-server';
import { newContext } from './support/browser';
import { makeDocx } from './support/docx';
import { checkDraft, matchedItem, matchedItemIds, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

async function openCheck(): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}/#/check`);
  return page;
}

let second: Promise<Page> | undefined;
/** the page the tests after the first share, opened when the first of them needs it */
const sharedCheck = (): Promise<Page> => (second ??= openCheck());

const rowsTitled = async (title: string) => (await listRows(server.url, 'Acknowledgements')).filter((r) => r.fields.ContextTitle === title);

describe('the tab in a browser', () => {
  it('finds the roads checklist for a road tender, records decisions as list rows, and shows them again after a reload', async () => {
    const page = await openCheck();
    await checkDraft(page, ROAD_TENDER, 'Bestek wegen 2027');
    expect(await page.locator('[data-testid=document-type]').getAttribute('data-document-type')).toBe('tender');
    expect(await page.locator('[data-testid=matched-group]').first().getAttribute('data-group')).toBe('roads');
    const [first, second] = await matchedItemIds(page);

    await matchedItem(page, first!).getByRole('button', { name: 'Toegepast', exact: true }).click();
    await matchedItem(page, second!).getByRole('button', { name: 'Niet van toepassing…' }).click();
    await matchedItem(page, second!).getByRole('textbox', { name: /Reden/ }).fill('Geen elementenverharding in dit perceel');
    await matchedItem(page, second!).getByRole('button', { name: 'Keuze opslaan' }).click();
    for (const id of [first!, second!]) await matchedItem(page, id).getByText('Opgeslagen').waitFor();

    await page.reload();
    await checkDraft(page, ROAD_TENDER, 'Bestek wegen 2027');
    await page.getByTestId('earlier-note').waitFor();
    expect(await matchedItem(page, first!).getByTestId('decision-current').getAttribute('data-decision')).toBe('applied');
    expect(await matchedItem(page, second!).getByTestId('decision-current').getAttribute('data-decision')).toBe('not-applicable');

    const rows = await rowsTitled('Bestek wegen 2027');
    expect(rows.map((r) => [r.fields.ChecklistItemId, r.fields.Decision]).sort()).toEqual([[first, 'applied'], [second, 'not-applicable']].sort());
    for (const row of rows) {
      expect(row.fields).toMatchObject({ ChecklistId: 'roads', ProductGroup: 'roads', ContextType: 'procurement', Source: 'tab', StaffAadId: DEMO_STAFF[0]!.oid, Team: 'inkoop' });
      expect(row.fields.ContextRef).toMatch(/^doc:/);
    }
    expect(rows.find((r) => r.fields.Decision === 'not-applicable')!.fields.Reason).toBe('Geen elementenverharding in dit perceel');
    await page.context().close();
  }, 90_000);

  it('keeps a decision in the queue while the list is cut off, shows it waiting, and writes it once when the list is back', async () => {
    const page = await sharedCheck();
    const title = 'Bestek wegen – storing';
    await checkDraft(page, ROAD_TENDER, title);
    const [first] = await matchedItemIds(page);
    // every request is dropped after SharePoint did the work: the write lands but the browser never hears
    await setFaults(server.url, { dropRate: 1, dropPhase: 'after' });
    try {
      await matchedItem(page, first!).getByRole('button', { name: 'Later bekijken' }).click();
      await matchedItem(page, first!).getByText('Wacht op verzending').waitFor({ timeout: 20_000 });
      const status = page.getByTestId('queue-status');
      await status.getByText('1 keuze wacht op verzending').waitFor();
      expect(await status.getAttribute('data-pending')).toBe('1');
    } finally {
      await setFaults(server.url, {});
    }
    // the queue retries on its own; the person can also press "send now"
    await page.getByRole('button', { name: 'Nu versturen' }).click();
    await page.locator('[data-testid=queue-status][data-pending="0"]').waitFor({ state: 'attached', timeout: 30_000 });

    const rows = await rowsTitled(title);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fields).toMatchObject({ ChecklistItemId: first, Decision: 'later' });
  }, 90_000);

  it('keeps one person’s waiting choice from the next person on the same browser, and sends it as theirs when they are back', async () => {
    const page = await openCheck();
    const [sanne, joris] = [DEMO_STAFF[0]!, DEMO_STAFF[1]!];
    const title = 'Bestek wegen – gedeelde browser';
    const picker = page.getByRole('combobox', { name: 'Ontwikkelidentiteit / Development identity' });
    const switchTo = async (oid: string) => {
      await page.goto(`${server.url}/#/`);
      await page.locator('[data-ready=home]').waitFor();
      await Promise.all([page.waitForEvent('load'), picker.selectOption(oid)]);
      await page.locator('[data-ready=home]').waitFor();
    };
    await checkDraft(page, ROAD_TENDER, title);
    const [first] = await matchedItemIds(page);
    // the list cannot be reached: Sanne's choice waits in this browser
    await setFaults(server.url, { dropRate: 1, dropPhase: 'before' });
    try {
      await matchedItem(page, first!).getByRole('button', { name: 'Later bekijken' }).click();
      await matchedItem(page, first!).getByText('Wacht op verzending').waitFor({ timeout: 20_000 });
      // Joris uses the same browser: nothing of hers waits in his session
      await switchTo(joris.oid);
      expect(await page.getByTestId('queue-status').getAttribute('data-pending')).toBe('0');
      expect(await page.getByTestId('home-waiting').count()).toBe(0);
    } finally {
      await setFaults(server.url, {});
    }
    // the list is back while Joris is signed in: nothing of hers is sent under his sign-in
    await page.waitForTimeout(3_000);
    expect(await rowsTitled(title)).toEqual([]);

    // Sanne again: her choice is sent, as hers
    await switchTo(sanne.oid);
    await page.locator('[data-testid=queue-status][data-pending="0"]').waitFor({ state: 'attached', timeout: 30_000 });
    const rows = await rowsTitled(title);
    expect(rows.map((r) => [r.fields.ChecklistItemId, r.fields.Decision, r.fields.StaffAadId])).toEqual([[first, 'later', sanne.oid]]);
    await page.context().close();
  }, 120_000);

  it('opens a local Word document in the browser and checks its text', async () => {
    const page = await sharedCheck();
    await page.getByTestId('docx-input').setInputFiles({
      name: 'Bestek groenonderhoud.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: makeDocx(['Aanbesteding groenonderhoud 2027', 'Het maaien van bermen, het snoeien van bomen en het onderhoud van plantsoenen en heesters in de openbare ruimte.']),
    });
    // the docx worker reads the file first, and the analysis of the text it fills in follows (the
    // page may still show the draft before it, so this waits for the document's own group)
    await page.locator('[data-testid=matched-group][data-group=green-space]').waitFor();
    await page.locator('[data-testid=analysis-status][data-status=ready]').waitFor();
    expect(await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).inputValue()).toBe('Bestek groenonderhoud.docx');
    expect(await page.getByRole('textbox', { name: /Tekst van het document/ }).inputValue()).toMatch(/^Aanbesteding groenonderhoud 2027\n\nHet maaien van bermen/);
    expect(await page.locator('[data-testid=matched-group]').first().getAttribute('data-group')).toBe('green-space');
  }, 90_000);

  it('keeps the draft when the person opens a criterion’s page and comes back', async () => {
    const page = await sharedCheck();
    await checkDraft(page, ROAD_TENDER, 'Bestek wegen – terug');
    await page.locator('[data-testid=matched-checklist][data-checklist=roads]').waitFor();
    const first = matchedItem(page, 'roads-reuse-paving-elements');
    await first.getByText('Toelichting').click();
    await first.getByRole('link', { name: 'Details' }).click();
    await page.getByTestId('criterion-text').waitFor();

    await page.goBack();
    await page.locator('[data-testid=matched-checklist][data-checklist=roads]').waitFor();
    expect(await page.getByRole('textbox', { name: /Tekst van het document/ }).inputValue()).toBe(ROAD_TENDER);
    expect(await page.getByRole('textbox', { name: /Titel of bestandsnaam/ }).inputValue()).toBe('Bestek wegen – terug');
  }, 90_000);

  it('switches the development identity, visibly labelled, and shows the new person’s team', async () => {
    const page = await sharedCheck();
    await page.goto(`${server.url}/#/`);
    await page.locator('[data-ready=home]').waitFor();
    const picker = page.getByRole('combobox', { name: 'Ontwikkelidentiteit / Development identity' });
    expect(await picker.inputValue()).toBe(DEMO_STAFF[0]!.oid);
    await Promise.all([page.waitForEvent('load'), picker.selectOption(DEMO_STAFF[1]!.oid)]);
    await page.locator('[data-ready=home]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Welkom, ${DEMO_STAFF[1]!.name}`);
    await page.getByRole('heading', { name: 'Acties van Openbare Ruimte' }).waitFor();
    await page.context().close();
  }, 60_000);
});
