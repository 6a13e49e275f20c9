// End to end: every page of the tab, opened once and checked at both widths it is used at in every
// theme. At 320 px (the Teams side panel, the Outlook task pane) in the light and dark themes and
// in the operating system's forced colours: no page scrolls sideways, no heading's line height is
// smaller than its font size (a wrapped title overlapping itself), axe finds nothing serious, and no
// request answers 404 (the favicon included). At 1280 px in the light and dark themes: no serious or
// critical axe violation and no sideways scroll; the same in Teams' high-contrast theme inside the
// test Teams host; the checklists' filters sit side by side without one covering another; and the
// tab can be used with the keyboard alone. One server; three browser contexts, each starting in
// one theme; pages reached by their hash; a page is checked at 320 px in each theme as it opens,
// then widened to 1280 px. Axe's rules that read only the DOM run again in a theme or at a width
// only where the DOM or what is visible differs (domFingerprint); the colour and layout rules run
// in every state.
import type { Browser, Frame, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { type AppServer } from './support/app-server';
import { contextOptions, domFingerprint, excludedRulesFor, LOOKS_RULES, newContext, screenshot, seriousAxeViolations, showInTheme, type AxeFinding, type AxeScope, type ThemeName } from './support/browser';
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

/** the order to show the themes in at a width: the one the page is in first, so one switch fewer */
const themesFrom = (current: ThemeName, themes: readonly ThemeName[]): ThemeName[] => (themes.includes(current) ? [current, ...themes.filter((t) => t !== current)] : [...themes]);

describe('every page of the tab', () => {
  const timings: string[] = [];
  afterAll(() => console.log(`every page: ${PAGES.length} pages, 320 px in 3 themes and 1280 px in 2; ${timings.join('; ')}`));

  /**
   * the pages in three groups, each in one browser context that starts in a theme of its own (so
   * the app's start in each OS theme is checked) and is then switched to the others page by page:
   * each page is opened and made ready once, not once per theme
   */
  const GROUPS: { start: ThemeName; pages: PageVisit[] }[] = [
    { start: 'light', pages: PAGES.slice(0, 4) },
    { start: 'dark', pages: PAGES.slice(4, 8) },
    { start: 'contrast', pages: PAGES.slice(8) },
  ];
  it.each(GROUPS.map((group) => [group.pages.map((v) => v.name).join(', '), group.start, group] as const))(
    'does not scroll sideways, keeps titles apart and has no serious axe finding at 320 px in the light, dark and forced-colours themes, and at 1280 px in the light and dark ones: pages %s, starting in the %s theme',
    async (_names, start, group) => {
      const started = Date.now();
      const context = await browser.newContext(contextOptions(start, { viewport: NARROW }));
      await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, NOOR.oid]);
      const page = await context.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /\b404\b/.test(message.text())) missing.push(message.text());
      });

      const startedIn = { expected: start, shown: '' };
      const layout: Record<string, LayoutFinding> = {};
      const axe: Record<string, AxeFinding[]> = {};
      const wide: Record<string, AxeFinding[]> = {};
      const slow: string[] = [];
      let theme: ThemeName = start;
      let axeMs = 0;
      let lookOnly = 0;
      for (const visit of group.pages) {
        const pageStarted = Date.now();
        await resize(page, visit.narrow ? NARROW : WIDE);
        await page.goto(`${server.url}/${visit.hash}`);
        await visit.ready(page);
        if (!startedIn.shown) startedIn.shown = (await page.evaluate(() => document.documentElement.dataset.theme)) ?? '';
        /**
         * the states (theme and width, over the same parts of the page) whose DOM and visibility all
         * axe's rules have seen: in a state with the same fingerprint only the rules that read colours
         * and layout run again; a state whose DOM differs gets every rule
         */
        const seen = new Set<string>();
        const full: string[] = [];
        const axeIn = async (scope: AxeScope) => {
          const axeStarted = Date.now();
          const fingerprint = `${(scope.include ?? []).join(',')} ${await domFingerprint(page, scope.include)}`;
          const again = seen.has(fingerprint);
          seen.add(fingerprint);
          if (again) lookOnly++;
          else full.push(`${theme} ${page.viewportSize()?.width}`);
          const found = await seriousAxeViolations(page, { ...scope, disabledRules: excludedRulesFor(theme), ...(again ? { onlyRules: LOOKS_RULES } : {}) });
          axeMs += Date.now() - axeStarted;
          return found;
        };

        if (visit.narrow) {
          for (const next of themesFrom(theme, ['light', 'dark', 'contrast'])) {
            if (next !== theme) await showInTheme(page, (theme = next));
            const key = `${visit.name} ${theme}`;
            const found = await layoutOf(page);
            if (found.overflow > 0 || found.cramped.length > 0) layout[key] = found;
            const violations = await axeIn({ include: visit.axeScope ?? [] });
            if (violations.length > 0) axe[key] = violations;
            // a picture of what went wrong only: a full-page screenshot of every page costs seconds each
            if (layout[key] || axe[key]) await screenshot(page, `narrow-${visit.name}-${theme}`);
          }
        }
        // forced colours are checked at 320 px here and at 1280 px inside Teams (the test below)
        if (visit.wide) {
          if (visit.narrow) await resize(page, WIDE);
          for (const next of themesFrom(theme, ['light', 'dark'])) {
            if (next !== theme) await showInTheme(page, (theme = next));
            const key = `${visit.name} ${theme}`;
            const violations = await axeIn({});
            if (violations.length > 0) wide[key] = violations;
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            if (overflow > 0) wide[key] = [...(wide[key] ?? []), { id: 'horizontal-scroll', impact: 'serious', help: `${overflow} px wider than the window`, targets: ['html'], why: '' }];
            await screenshot(page, `tab-${visit.name}-${theme}`);
          }
        }
        slow.push(`${visit.name} ${((Date.now() - pageStarted) / 1000).toFixed(1)} s, every rule in ${full.join(' and ')}`);
      }
      // the favicon is asked for once a page has loaded; give it the moment it takes
      await page.waitForLoadState('networkidle');
      await context.close();
      timings.push(`from ${start} ${((Date.now() - started) / 1000).toFixed(1)} s, axe ${(axeMs / 1000).toFixed(1)} s, ${lookOnly} checks with the colour and layout rules only (${slow.join('; ')})`);
      expect({ startedIn: startedIn.shown, layout, axe, missing, wide }).toEqual({ startedIn: startedIn.expected, layout: {}, axe: {}, missing: [], wide: {} });
    },
    120_000,
  );

  it('has no serious or critical axe violation inside Teams in its high-contrast theme', async () => {
    const started = Date.now();
    const found: Record<string, AxeFinding[]> = {};
    // one context; one Teams host page for the content pages, whose frame goes from page to page by
    // its hash as the tab's own links do, and one for the settings page (another frame context)
    const context = await newContext(browser);
    const visits = PAGES.filter((v) => v.wide);
    const content = visits.filter((v) => v.name !== 'config');
    const settings = visits.filter((v) => v.name === 'config');
    for (const [frameContext, pages] of [['content', content], ['settings', settings]] as const) {
      const { page, app } = await openInTeams(browser, server.url, { hash: pages[0]!.hash, frameContext, theme: 'contrast' }, context);
      for (const visit of pages) {
        if (visit !== pages[0]) await app.evaluate((hash) => void (window.location.hash = hash), visit.hash);
        await visit.ready(app);
        await app.locator('html[data-theme=contrast]').waitFor({ state: 'attached' });
        const violations = await seriousAxeViolations(page);
        if (violations.length > 0) found[visit.name] = violations;
        await screenshot(page, `teams-${visit.name}-contrast`);
      }
      await page.close();
    }
    await context.close();
    timings.push(`Teams ${((Date.now() - started) / 1000).toFixed(1)} s`);
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

describe('the fingerprint that lets axe skip its DOM rules in a state already checked', () => {
  it('changes with what those rules read (an attribute, text, a form value, visibility) and not with a class or a colour', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const PAGE = '<main><h1 id="t">Titel</h1><p id="p">Tekst</p><label>Naam <input id="i"></label></main>';
    await page.setContent(PAGE);
    const base = await domFingerprint(page);
    const after = async (change: () => void) => {
      await page.evaluate(change);
      const fingerprint = await domFingerprint(page);
      await page.setContent(PAGE);
      return fingerprint;
    };
    const styled = await after(() => {
      document.getElementById('t')!.className = 'other';
      document.getElementById('p')!.style.color = '#777';
    });
    const changed = {
      attribute: await after(() => document.getElementById('t')!.setAttribute('aria-label', 'Anders')),
      text: await after(() => void (document.getElementById('p')!.firstChild!.nodeValue = 'Andere tekst')),
      value: await after(() => void ((document.getElementById('i') as HTMLInputElement).value = 'Noor')),
      hidden: await after(() => void (document.getElementById('p')!.style.display = 'none')),
      offscreen: await after(() => void document.getElementById('p')!.setAttribute('style', 'position:absolute;left:-9999px')),
    };
    await context.close();
    expect(styled).toBe(base);
    expect(Object.entries(changed).filter(([, fingerprint]) => fingerprint === base)).toEqual([]);
  }, 60_000);
});
