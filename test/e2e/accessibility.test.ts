// End to end: every page of the tab has no serious or critical axe violation at 1280 px in the light
// and dark themes (and no sideways scroll) and in Teams' high-contrast theme inside the test Teams
// host (narrow-width.test.ts checks all three and forced colours at 320 px), and can be used with the
// keyboard alone.
import type { Browser, Frame, Page } from 'playwright-core';
import { type AppServer } from './support/app-server';
import { excludedRulesFor, newContext, screenshot, seriousAxeViolations, type AxeFinding, type ThemeName } from './support/browser';
import { openInTeams } from './support/teams-frame';
import { checkDraft, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startAppAndBrowser()), START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

interface PageVisit {
  name: string;
  hash: string;
  /** waits until the page shows its content, and does what a person would first do there */
  ready: (page: Page | Frame) => Promise<void>;
}

const PAGES: PageVisit[] = [
  { name: 'home', hash: '#/', ready: (p) => p.locator('[data-ready=home]').waitFor() },
  { name: 'checklists', hash: '#/checklists?group=roads', ready: (p) => p.getByTestId('criterion').first().waitFor() },
  { name: 'criterion', hash: '#/criteria/roads-reuse-paving-elements', ready: (p) => p.getByTestId('criterion-text').waitFor() },
  {
    name: 'check',
    hash: '#/check',
    ready: async (p) => {
      await checkDraft(p, ROAD_TENDER, 'Bestek toegankelijkheid');
      await p.getByRole('button', { name: 'Toon waar in de tekst' }).click();
      await p.getByRole('button', { name: 'Niet van toepassing…' }).first().click();
    },
  },
  { name: 'decisions', hash: '#/decisions', ready: (p) => p.getByRole('heading', { name: 'Mijn keuzes' }).waitFor().then(() => p.getByText(/Nog geen keuzes|keuze/).first().waitFor()) },
  { name: 'action', hash: '#/actions/public-space-reuse-paving-depot', ready: (p) => p.getByRole('heading', { level: 1 }).filter({ hasText: 'Materialendepot' }).waitFor() },
  { name: 'config', hash: '#/config', ready: (p) => p.getByRole('radio').first().waitFor() },
  { name: 'about', hash: '#/about', ready: (p) => p.getByTestId('content-version').waitFor() },
  { name: 'not-found', hash: '#/nowhere', ready: (p) => p.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor() },
];


describe('accessibility of every page', () => {
  // at 1280 px in the light and dark themes, and Teams' high-contrast theme below
  it.each<ThemeName>(['light', 'dark'])('has no serious or critical axe violation and no sideways scroll standalone in the %s theme', async (theme) => {
    const context = await newContext(browser, theme);
    const page = await context.newPage();
    const found: Record<string, AxeFinding[]> = {};
    for (const visit of PAGES) {
      await page.goto(`${server.url}/${visit.hash}`);
      await visit.ready(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const violations = await seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme) });
      if (violations.length > 0) found[visit.name] = violations;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found[visit.name] = [...(found[visit.name] ?? []), { id: 'horizontal-scroll', impact: 'serious', help: `${overflow} px wider than the window`, targets: ['html'], why: '' }];
      await screenshot(page, `tab-${visit.name}-${theme}`);
    }
    await context.close();
    expect(found).toEqual({});
  }, 120_000);

  it('has no serious or critical axe violation inside Teams in its high-contrast theme', async () => {
    const found: Record<string, AxeFinding[]> = {};
    for (const visit of PAGES) {
      const { page, app } = await openInTeams(browser, server.url, { hash: visit.hash, frameContext: visit.name === 'config' ? 'settings' : 'content', theme: 'contrast' });
      await visit.ready(app);
      await app.locator('html[data-theme=contrast]').waitFor({ state: 'attached' });
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[visit.name] = violations;
      await screenshot(page, `teams-${visit.name}-contrast`);
      await page.context().close();
    }
    expect(found).toEqual({});
  }, 120_000);

  it('can be used with the keyboard alone: skip link, navigation, and a decision', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.locator('[data-ready=home]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // through the navigation to the check page
    await page.keyboard.press('Shift+Tab');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Document controleren' && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Document controleren', level: 1 }).waitFor();

    await page.getByRole('textbox', { name: /Tekst van het document/ }).focus();
    await page.keyboard.insertText(ROAD_TENDER);
    await page.locator('[data-testid=analysis-status][data-status=ready]').waitFor();
    const later = page.getByRole('button', { name: 'Later bekijken' }).first();
    await later.waitFor();
    guard = 0;
    while (!(await later.evaluate((el) => el === document.activeElement)) && guard++ < 60) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('decision-current').first().waitFor();
    expect(await page.getByTestId('announcer').textContent()).toMatch(/Keuze opgeslagen: Later bekijken/);
    await context.close();
  }, 120_000);
});
