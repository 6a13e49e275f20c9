// End to end: every page of the tab, in one visit per page and theme that checks both widths it is
// used at. At 320 px (the Teams side panel, the Outlook task pane) in the light and dark themes and
// in the operating system's forced colours: no page scrolls sideways, no heading's line height is
// smaller than its font size (a wrapped title overlapping itself), axe finds nothing serious, and no
// request answers 404 (the favicon included). At 1280 px in the light and dark themes: no serious or
// critical axe violation and no sideways scroll; the same in Teams' high-contrast theme inside the
// test Teams host; the checklists' filters sit side by side without one covering another; and the
// tab can be used with the keyboard alone. One server and one page per theme; pages reached by their
// hash; a page checked at both widths is checked at 320 px as it opens, then widened to 1280 px.
import type { Browser, Frame, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { type AppServer } from './support/app-server';
import { contextOptions, excludedRulesFor, newContext, screenshot, seriousAxeViolations, type AxeFinding, type ThemeName } from './support/browser';
import { openInTeams } from './support/teams-frame';
import { checkDraft, ROAD_TENDER } from './support/tab-page';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

let server: AppServer;
let browser: Browser;

/** the coordinator, who sees every page the tab has (Voortgang and the indicators included) */
const NOOR = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const MEETING_ID = 'e2e-narrow-kerkebuurt';
const MEETING_SUBJECT = 'Projectoverleg herinrichting Kerkebuurt';

beforeAll(async () => {
  ({ server, browser } = await startAppAndBrowser());
  // a meeting with criteria, as its organizer attached them, for the meeting page a chat link opens
  const { contentVersion } = (await (await fetch(`${server.url}/app-config.json`)).json()) as { contentVersion: string };
  const attached = await fetch(`${server.url}/api/meeting-criteria`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${makeDevToken(NOOR)}` },
    body: JSON.stringify({ meetingId: MEETING_ID, subject: MEETING_SUBJECT, checklistItemIds: ['roads-reuse-paving-elements'], source: 'meeting', contentVersion }),
  });
  if (!attached.ok) throw new Error(`attaching the meeting's criteria: HTTP ${attached.status} ${await attached.text()}`);
}, START_TIMEOUT_MS);
afterAll(() => stopAppAndBrowser({ server, browser }));

interface PageVisit {
  name: string;
  hash: string;
  /** waits until the page shows its content, and does what a person would first do there */
  ready: (page: Page | Frame) => Promise<void>;
  /** checked at 320 px (layout, axe over axeScope, 404s) */
  narrow: boolean;
  /** checked at 1280 px (axe over the whole page, sideways scroll) and inside Teams in high contrast */
  wide: boolean;
  /** the parts axe checks at 320 px, where not the whole page */
  axeScope?: string[];
}

/**
 * on the checklists at 320 px: the header, the page's own heading and filters, and the first
 * checklist with its first three criteria. Every card is the same component, and axe over 3,000
 * elements took 10 to 12 s a page; the layout check still covers every card, and at 1280 px axe
 * runs over every card of the roads checklist
 */
const FIRST_CRITERIA = ['header', 'main > section > :not(section)', 'main section section:first-of-type > :not(ul)', 'main section section:first-of-type li:nth-child(-n+3)'];

/** no loading spinner left on the page */
async function settled(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main h1') !== null && document.querySelector('.fui-Spinner') === null);
}

const PAGES: PageVisit[] = [
  { name: 'home', hash: '#/', ready: (p) => p.locator('[data-ready=home]').waitFor(), narrow: true, wide: true },
  { name: 'checklists', hash: '#/checklists', ready: (p) => p.getByTestId('criterion').first().waitFor(), narrow: true, wide: false, axeScope: FIRST_CRITERIA },
  { name: 'criterion', hash: '#/criteria/roads-reuse-paving-elements', ready: (p) => p.getByTestId('criterion-text').waitFor(), narrow: true, wide: true },
  {
    name: 'checklist',
    hash: '#/checklists?group=roads',
    // the roads checklist alone (reached from another page: the checklists read their filters when they open)
    ready: async (p) => void (await p.waitForFunction(() => {
      const ids = [...document.querySelectorAll<HTMLElement>('[data-testid=criterion]')].map((card) => card.dataset.itemId ?? '');
      return ids.length > 0 && ids.every((id) => id.startsWith('roads-'));
    })),
    narrow: true,
    wide: true,
    axeScope: FIRST_CRITERIA,
  },
  { name: 'action', hash: '#/actions/public-space-reuse-paving-depot', ready: (p) => p.getByRole('heading', { level: 1 }).filter({ hasText: 'Materialendepot' }).waitFor(), narrow: true, wide: true },
  {
    name: 'check',
    hash: '#/check',
    ready: async (p) => {
      await checkDraft(p, ROAD_TENDER, 'Bestek groot onderhoud wegen Overhees 2027');
      await p.getByRole('button', { name: 'Toon waar in de tekst' }).click();
      // the reason form open: the widest state of a criterion's card
      await p.getByRole('button', { name: 'Niet van toepassing…' }).first().click();
    },
    narrow: true,
    wide: true,
  },
  { name: 'decisions', hash: '#/decisions', ready: (p) => p.getByRole('heading', { name: 'Mijn keuzes' }).waitFor().then(() => p.getByText(/Nog geen keuzes|keuze/).first().waitFor()), narrow: true, wide: true },
  { name: 'dashboard', hash: '#/dashboard', ready: (p) => p.getByTestId('sync-status').waitFor().then(() => settled(p)), narrow: true, wide: false },
  { name: 'indicators', hash: '#/indicators', ready: (p) => p.getByTestId('indicators').waitFor().then(() => settled(p)), narrow: true, wide: false },
  { name: 'meeting', hash: `#/meetings/${MEETING_ID}`, ready: (p) => p.getByTestId('attached-item').first().waitFor(), narrow: true, wide: false },
  { name: 'config', hash: '#/config', ready: (p) => p.getByRole('radio').first().waitFor(), narrow: false, wide: true },
  { name: 'about', hash: '#/about', ready: (p) => p.getByTestId('content-version').waitFor(), narrow: true, wide: true },
  { name: 'not-found', hash: '#/nowhere', ready: (p) => p.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor(), narrow: false, wide: true },
];

const NARROW = { width: 320, height: 720 };
const WIDE = { width: 1280, height: 900 };

/** the page at another window size, once it has laid itself out again (two frames painted) */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForFunction((width) => document.documentElement.clientWidth <= width && window.innerWidth === width, size.width);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

interface LayoutFinding {
  /** how far the page scrolls sideways, in CSS pixels */
  overflow: number;
  /** the elements that stick out past the right edge, the outermost first */
  sticking: string[];
  /** headings whose line height is less than their font size */
  cramped: string[];
}

/** what a person at this width would see go wrong with the layout */
function layoutOf(page: Page): Promise<LayoutFinding> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const width = root.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    const sticking = [...document.querySelectorAll('main *, header *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('[data-tabster-dummy]'))
      .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
      .slice(0, 5)
      .map(describe);
    const cramped = [...document.querySelectorAll('h1, h2, h3')]
      .filter((h) => {
        const style = getComputedStyle(h);
        return style.lineHeight !== 'normal' && parseFloat(style.lineHeight) < parseFloat(style.fontSize);
      })
      .map((h) => `${describe(h)} ${getComputedStyle(h).fontSize}/${getComputedStyle(h).lineHeight}`);
    return { overflow: root.scrollWidth - width, sticking, cramped };
  });
}

describe('every page of the tab', () => {
  const timings: string[] = [];
  afterAll(() => console.log(`every page: ${PAGES.length} pages, 320 px in 3 themes and 1280 px in 2; ${timings.join(', ')}`));

  // each theme's pages in two halves, so that no one test holds twenty checks
  const HALVES = { 'home to check': PAGES.slice(0, 6), 'decisions to not-found': PAGES.slice(6) };
  it.each(
    (['light', 'dark', 'contrast'] as const).flatMap((theme) => Object.keys(HALVES).map((half) => [theme, half] as [ThemeName, keyof typeof HALVES])),
  )(
    'does not scroll sideways, keeps titles apart and has no serious axe finding at 320 px (and at 1280 px but in forced colours) in the %s theme, pages %s',
    async (theme, half) => {
      const started = Date.now();
      const context = await browser.newContext(contextOptions(theme, { viewport: NARROW }));
      await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, NOOR.oid]);
      const page = await context.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /\b404\b/.test(message.text())) missing.push(message.text());
      });

      // forced colours are checked at 320 px here and at 1280 px inside Teams (the test below)
      const wideToo = theme !== 'contrast';
      const layout: Record<string, LayoutFinding> = {};
      const axe: Record<string, AxeFinding[]> = {};
      const wide: Record<string, AxeFinding[]> = {};
      const slow: string[] = [];
      for (const visit of HALVES[half].filter((v) => v.narrow || (v.wide && wideToo))) {
        const pageStarted = Date.now();
        await resize(page, visit.narrow ? NARROW : WIDE);
        await page.goto(`${server.url}/${visit.hash}`);
        await visit.ready(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        if (visit.narrow) {
          const found = await layoutOf(page);
          if (found.overflow > 0 || found.cramped.length > 0) layout[visit.name] = found;
          const violations = await seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme), include: visit.axeScope ?? [] });
          if (violations.length > 0) axe[visit.name] = violations;
          // a picture of what went wrong only: a full-page screenshot of every page costs seconds each
          if (layout[visit.name] || axe[visit.name]) await screenshot(page, `narrow-${visit.name}-${theme}`);
        }
        if (visit.wide && wideToo) {
          if (visit.narrow) await resize(page, WIDE);
          const violations = await seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme) });
          if (violations.length > 0) wide[visit.name] = violations;
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) wide[visit.name] = [...(wide[visit.name] ?? []), { id: 'horizontal-scroll', impact: 'serious', help: `${overflow} px wider than the window`, targets: ['html'], why: '' }];
          await screenshot(page, `tab-${visit.name}-${theme}`);
        }
        slow.push(`${visit.name} ${((Date.now() - pageStarted) / 1000).toFixed(1)}`);
      }
      // the favicon is asked for once a page has loaded; give it the moment it takes
      await page.waitForLoadState('networkidle');
      await context.close();
      timings.push(`${theme} ${half} ${((Date.now() - started) / 1000).toFixed(1)} s (${slow.join(', ')})`);
      expect({ layout, axe, missing, wide }).toEqual({ layout: {}, axe: {}, missing: [], wide: {} });
    },
    120_000,
  );

  it.each(Object.keys(HALVES) as (keyof typeof HALVES)[])('has no serious or critical axe violation inside Teams in its high-contrast theme, pages %s', async (half) => {
    const found: Record<string, AxeFinding[]> = {};
    // one context, a new Teams host page in it for each page of the tab
    const context = await newContext(browser);
    for (const visit of HALVES[half].filter((v) => v.wide)) {
      const { page, app } = await openInTeams(browser, server.url, { hash: visit.hash, frameContext: visit.name === 'config' ? 'settings' : 'content', theme: 'contrast' }, context);
      await visit.ready(app);
      await app.locator('html[data-theme=contrast]').waitFor({ state: 'attached' });
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[visit.name] = violations;
      await screenshot(page, `teams-${visit.name}-contrast`);
      await page.close();
    }
    await context.close();
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

  it('shows the product group and the ambition filters side by side, neither covering the other', async () => {
    const context = await browser.newContext(contextOptions('light'));
    const page = await context.newPage();
    await page.goto(`${server.url}/#/checklists`);
    await page.getByTestId('criterion').first().waitFor();
    const group = page.getByRole('combobox', { name: 'Productgroep of werkwijze' });
    const ambition = page.getByRole('combobox', { name: 'Ambitie' });
    // the longest product group chosen: the widest the first filter can want to be
    const longest = await group.evaluate((select) => {
      const options = [...(select as HTMLSelectElement).options].filter((o) => o.value);
      return options.reduce((a, b) => (b.text.length > a.text.length ? b : a)).value;
    });
    await group.selectOption(longest);
    const [a, b] = [(await group.boundingBox())!, (await ambition.boundingBox())!];
    expect(a.x + a.width).toBeLessThanOrEqual(b.x + 0.5);
    // what a click in the middle of the ambition filter reaches is that filter
    const reached = await ambition.evaluate((select, point) => {
      const hit = document.elementFromPoint(point.x, point.y);
      return hit !== null && (hit === select || select.contains(hit));
    }, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    expect(reached).toBe(true);
    await screenshot(page, 'wide-checklist-filters');
    await context.close();
  }, 60_000);
});
