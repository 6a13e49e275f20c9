// End to end: the adoption dashboard in Chromium against the real server in local mode. The list is
// seeded with `circular-choices demo seed`; the figures the page shows (counted by the server's
// /api/metrics), and the CSV it downloads, must equal a count made here, independently, over the
// emulator's list read over HTTP, with teams of fewer than five people under "Overig". The page
// reads no list row and receives no person id.
//
// The same seeded server then shows the dashboard to the coordinator in Chromium (locale nl-NL) at
// 320 and 1280 px, light and dark, with every chart drawn, and it must speak only Dutch: every text a
// person can see (text nodes, the charts' axis labels included) and every accessible name and
// description (the accessibility tree, aria-label, aria-describedby, title, alt, placeholder) is
// searched for English; proper names are allowed. Those pages must have no serious axe finding, the
// chart library's focus helpers included, filters that do not overlap "Filters wissen", and axis
// labels that are not cut off.
//
// On the same list the coordinator goes from the dashboard to the indicators, enters a measurement
// the Dutch way, and opens the report for the college and the council: on screen, on paper (print
// media hides the app's frame and the page's controls) and as the .docx the page downloads. Axe
// finds nothing serious on either page; a member of staff is told the report is for coordinators.
//
// A new browser context and a full load of the app cost a few processor-seconds each, so the tests
// share four pages, each opened once, in the order the tests run: the coordinator's (light, then dark
// and back, from the dashboard to the indicators and the report), the coordinator's at 320 px (dark,
// then light), the member of staff's (dark: dashboard, then the report) and the coordinator's in
// forced colours. A theme changes as the operating system changes it, without a reload.
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import { LOCAL_APP_IDENTITY } from '../../src/auth/local-app-identity';
import type { CliIO } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';
import { type AppServer } from './support/app-server';
import { contextOptions, downloadedBytes, excludedRulesFor, newContext, screenshot, seriousAxeViolations, showInTheme, type ThemeName } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const SEEDED = 2500;
const TODAY = new Date().toISOString().slice(0, 10);
const NOOR = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
const SANNE = DEMO_STAFF.find((s) => s.team === 'inkoop')!;
const YEAR_AGO = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
const WASTE_TITLE = 'Restafval omlaag naar 135 kilo per inwoner';

let server: AppServer;
let browser: Browser;

async function seed(acks: number, seedNumber: number): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => '',
    stdinIsTerminal: false,
    env: { CC_GRAPH_BASE_URL: `${server.url}/graph/v1.0` },
    cwd: process.cwd(),
  };
  const code = await main(['node', 'circular-choices', 'demo', 'seed', '--acks', String(acks), '--seed', String(seedNumber), '--until', TODAY], io);
  if (code !== 0) throw new Error(`demo seed failed (${code}): ${err.join('\n')}`);
  await server.syncMetrics();
  return out.join('\n');
}

/**
 * serious and critical axe findings (WCAG 2.1 A/AA), leaving out the focus sentinels of Fluent's
 * focus manager (tabster): aria-hidden `<i data-tabster-dummy tabindex=0>` elements that hand focus
 * on at once, a known false positive of aria-hidden-focus (microsoft/tabster#288). The charts'
 * arrow-key navigation adds them; every other element is checked.
 */
const violations = (page: Page, theme: ThemeName) => seriousAxeViolations(page, { disabledRules: excludedRulesFor(theme), exclude: ['[data-tabster-dummy]'] });

interface Row {
  fields: { AckAt?: string; Team?: string; Decision?: string; StaffAadId?: string };
}

async function acknowledgementsListId(): Promise<string> {
  const response = await fetch(`${server.url}/graph/v1.0/sites/root/lists?$select=id,displayName`, { headers: { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` } });
  const lists = (await response.json()) as { value: { id: string; displayName: string }[] };
  return lists.value.find((l) => l.displayName === 'Acknowledgements')!.id;
}

/** every Acknowledgements row, read page by page over HTTP as any Graph client would, as the app (staff may not read the list) */
async function listRows(): Promise<Row[]> {
  const headers = { authorization: `Bearer ${makeDevToken(LOCAL_APP_IDENTITY)}` };
  const get = async <T>(url: string): Promise<T> => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const base = `${server.url}/graph/v1.0/sites/root/lists`;
  const lists = await get<{ value: { id: string; displayName: string }[] }>(`${base}?$select=id,displayName`);
  const list = lists.value.find((l) => l.displayName === 'Acknowledgements')!;
  const rows: Row[] = [];
  let link: string | undefined = `${base}/${list.id}/items?$expand=fields($select=AckAt,Team,Decision,StaffAadId)&$top=1000`;
  while (link) {
    const page: { value: Row[]; '@odata.nextLink'?: string } = await get(link);
    rows.push(...page.value);
    link = page['@odata.nextLink'];
  }
  return rows;
}

interface Count {
  total: number;
  byTeam: Map<string, number>;
  byDecision: Map<string, number>;
}

/** counted here from the raw list rows: the period of the last 12 months (today and the 364 days before) */
async function independentCount(team?: string): Promise<Count> {
  const from = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
  const count: Count = { total: 0, byTeam: new Map(), byDecision: new Map() };
  const people = new Map<string, Set<string>>();
  for (const row of await listRows()) {
    const day = String(row.fields.AckAt).slice(0, 10);
    if (day < from || day > TODAY) continue;
    const rowTeam = typeof row.fields.Team === 'string' ? row.fields.Team : '';
    if (team !== undefined && rowTeam !== team) continue;
    count.total++;
    count.byTeam.set(rowTeam, (count.byTeam.get(rowTeam) ?? 0) + 1);
    people.set(rowTeam, (people.get(rowTeam) ?? new Set()).add(String(row.fields.StaffAadId)));
    const decision = String(row.fields.Decision);
    count.byDecision.set(decision, (count.byDecision.get(decision) ?? 0) + 1);
  }
  // the privacy rule: a team of fewer than five people is counted under Overig; when Overig itself
  // holds fewer than five people, the smallest team shown (on a tie, the last by id) goes in too
  const folded = new Set<string>();
  const fold = (rowTeam: string) => {
    count.byTeam.set('Overig', (count.byTeam.get('Overig') ?? 0) + count.byTeam.get(rowTeam)!);
    count.byTeam.delete(rowTeam);
    for (const person of people.get(rowTeam)!) folded.add(person);
  };
  for (const [rowTeam, persons] of people) if (persons.size < 5) fold(rowTeam);
  const kept = [...count.byTeam].filter(([key]) => key !== 'Overig').sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? 1 : -1));
  if (folded.size > 0 && folded.size < 5 && kept.length > 0) fold(kept[0]![0]);
  return count;
}

/** a person's page at the dashboard, in a context of its own */
async function openDashboardAs(person: (typeof DEMO_STAFF)[number], theme: ThemeName, width = 1280): Promise<Page> {
  const context = await browser.newContext(contextOptions(theme, { viewport: { width, height: 900 } }));
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, person.oid]);
  const page = await context.newPage();
  await page.goto(`${server.url}/#/dashboard`);
  return page;
}

/** what the coordinator's page asked and was told since it opened */
const coordinatorTraffic = { listRequests: [] as string[], metricsAnswers: [] as string[] };
let coordinatorPageOpened: Promise<Page> | undefined;

/**
 * the coordinator's page (light, 1280 px), opened once for the tests that follow one another on it;
 * from its first request on it records the list reads and /api/metrics answers the privacy test checks
 */
function coordinatorPage(): Promise<Page> {
  coordinatorPageOpened ??= (async () => {
    // the content lists are still read in the browser; the Acknowledgements list is not
    const ackListId = await acknowledgementsListId();
    const context = await newContext(browser, 'light');
    await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, NOOR.oid]);
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().includes('/items/delta') || request.url().includes(ackListId)) coordinatorTraffic.listRequests.push(request.url());
    });
    page.on('response', (response) => {
      if (response.url().includes('/api/metrics')) void response.text().then((text) => coordinatorTraffic.metricsAnswers.push(text));
    });
    await page.goto(`${server.url}/#/dashboard`);
    return page;
  })();
  return coordinatorPageOpened;
}

const staffPages = new Map<string, Promise<Page>>();
/** a page opened once per person, theme and width, for the tests that share it */
function sharedDashboard(person: (typeof DEMO_STAFF)[number], theme: ThemeName, width = 1280): Promise<Page> {
  const key = `${person.oid} ${theme} ${width}`;
  if (!staffPages.has(key)) staffPages.set(key, openDashboardAs(person, theme, width));
  return staffPages.get(key)!;
}

/** the dashboard is on screen (hash navigation inside the app, where it shows another page) */
async function atDashboard(page: Page): Promise<void> {
  if (!page.url().endsWith('#/dashboard')) await page.evaluate(() => (window.location.hash = '#/dashboard'));
  await page.getByTestId('kpi-acks').waitFor({ timeout: 60_000 });
}

/** the raw values of one column of a figure's table, by row key */
async function column(page: Page, figure: string, name: string): Promise<Map<string, number>> {
  const pairs = await page
    .locator(`[data-testid=figure-${figure}] tbody tr`)
    .evaluateAll((rows, col) => rows.map((r) => [r.getAttribute('data-key') ?? '', r.querySelector(`[data-column="${col}"]`)?.getAttribute('data-value') ?? '']), name);
  return new Map(pairs.map(([key, value]) => [key!, Number(value)]));
}

async function showAsTable(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Toon als tabel: ${title}` }).click();
}

/** the fields of a Dutch CSV text (semicolons, as Dutch Excel reads), with no line break inside a field (the team table has none) */
const csvRows = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.filter((f) => f !== '').map((f) => f.replace(/;$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));

beforeAll(async () => {
  ({ server, browser } = await startAppAndBrowser());
  await seed(SEEDED, 11);
}, START_TIMEOUT_MS);

afterAll(() => stopAppAndBrowser({ server, browser }));


/**
 * words that are English and not Dutch: the chart library's own texts ("Line chart with 2 lines.
 * The X axis displays time.", "+3 more", "Donut chart with 5 slices"), Fluent's defaults and an
 * English app's usual words. Words both languages share (team, week, filters, later, status) are
 * not here.
 */
const ENGLISH_WORDS = new Set(
  (
    'the and with for from to are this that more less items item chart charts line lines bar bars axis displays values categories ' +
    'time slices slice points series legend legends show hide table download loading refresh close select selected clear ' +
    'applied considered applicable attached total all none other others unknown actions action decisions decision reasons reason ' +
    'by weeks month months year years day days today yesterday end period search filter results result error failed retry ' +
    'stacked vertical horizontal donut pie navigate use arrow keys press enter next previous page dismiss menu a.m. p.m. am pm'
  ).split(' '),
);
/** English month and weekday abbreviations that Dutch writes otherwise (mrt, mei, okt; ma, di, wo…) */
const ENGLISH_DATE = /\b(Mar|May|Oct|March|October|January|February|April|June|July|August|September|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
/** SI-abbreviated numbers (1.38k, 2M) and English grouping (10,000) */
const ENGLISH_NUMBER = /\b\d+(\.\d+)?[kKMB]\b|\b\d{1,3}(,\d{3})+\b/;
/** proper names and words that are the same in Dutch; the app's name is English in both languages */
const ALLOWED = new Set(['Circular', 'Choices', 'CSV', 'Excel', 'Teams', 'Microsoft', 'Outlook', 'SharePoint', 'UTC']);

/** the English in one text, or nothing */
function englishIn(text: string): string[] {
  const found: string[] = [];
  if (ENGLISH_DATE.test(text)) found.push(text.match(ENGLISH_DATE)![0]);
  if (ENGLISH_NUMBER.test(text)) found.push(text.match(ENGLISH_NUMBER)![0]);
  for (const word of text.split(/[\s,;:()"'“”‘’+/]+/)) {
    if (ALLOWED.has(word)) continue;
    if (ENGLISH_WORDS.has(word.toLowerCase()) || ENGLISH_WORDS.has(word.toLowerCase().replace(/[.!?]$/, ''))) found.push(word);
  }
  return found;
}

/**
 * the coordinator's dashboard at a width in a theme, every chart drawn: at 1280 px the coordinator's
 * page (loaded light), at 320 px a page loaded dark; each then switched to the other theme
 */
async function openDashboard(theme: 'light' | 'dark', width: 1280 | 320): Promise<Page> {
  const page = width === 1280 ? await coordinatorPage() : await sharedDashboard(NOOR, 'dark', 320);
  await showInTheme(page, theme);
  await page.getByTestId('kpi-acks').waitFor({ timeout: 60_000 });
  // every chart of the page drawn (the chart chunk is lazy)
  const charts = page.locator('[data-chart]');
  await charts.first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((c) => c.querySelector('svg')), undefined, { timeout: 60_000 });
  // a chart draws once at its first guess of the width and again when it has measured its box
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, undefined, { timeout: 5000 }).catch(() => undefined);
  return page;
}

/** every text a person sees or hears: visible text nodes, the accessibility tree, and the naming attributes */
async function textsOf(page: Page): Promise<{ where: string; text: string }[]> {
  const fromDom = await page.evaluate(() => {
    const out: { where: string; text: string }[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      const svgText = parent.closest('svg') !== null;
      // text in an svg is checked whenever it is drawn; elsewhere when the browser shows it
      if (!svgText && !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      out.push({ where: `text in ${describe(parent)}`, text });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-describedby], [aria-roledescription], [aria-valuetext]')) {
      // what is inert or aria-hidden is out of the accessibility tree
      if (el.closest('[inert], [aria-hidden="true"]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) out.push({ where: `${name} of ${describe(el)}`, text: value });
      }
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
        const target = document.getElementById(id);
        if (target?.textContent) out.push({ where: `aria-describedby of ${describe(el)}`, text: target.textContent });
      }
    }
    return out;
  });
  const tree = await page.locator('body').ariaSnapshot();
  return [...fromDom, ...tree.split('\n').flatMap((line) => namesInSnapshotLine(line).map((text) => ({ where: 'accessibility tree', text })))];
}

/**
 * the names and texts of one line of Playwright's accessibility snapshot, without the role and
 * attributes (`- button "CSV downloaden: Per team"`, `- heading "Adoptie" [level=1]`,
 * `- text: Van`, `- /url: "#/decisions"`, a line quoted whole when it holds quotes)
 */
function namesInSnapshotLine(line: string): string[] {
  let entry = line.replace(/^\s*- /, '').trim();
  if (entry.startsWith('/')) return [];
  if (entry.startsWith("'")) entry = entry.replace(/^'((?:[^']|'')*)'/, (_, inner: string) => inner.replace(/''/g, "'"));
  const match = /^[a-z]+(?: "((?:[^"\\]|\\.)*)")?(?: \[[^\]]*\])*:?\s*(.*)$/.exec(entry);
  if (!match) return [entry];
  return [match[1], match[2]].filter((t): t is string => t !== undefined && t !== '').map((t) => t.replace(/^"|"$/g, ''));
}

/** where the filters overlap one another or "Filters wissen", or a label or axis text is cut */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const bar = document.querySelector('[role="search"]')!;
    const boxes = [...bar.children].map((c) => ({ name: (c.textContent ?? '').slice(0, 30), box: c.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) problems.push(`"${boxes[i]!.name}" overlaps "${boxes[j]!.name}"`);
      }
    for (const button of bar.querySelectorAll('button')) if (button.scrollWidth > button.clientWidth + 1) problems.push(`button "${button.textContent}" is cut`);
    for (const svg of document.querySelectorAll('[data-chart] svg')) {
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1))
          problems.push(`axis label "${text.textContent}" runs out of its chart (${Math.round(box.left)}–${Math.round(box.right)} px in ${Math.round(frame.left)}–${Math.round(frame.right)} px)`);
      }
    }
    // the dashboard itself stays within the window (a wide table scrolls in its own box)
    for (const element of document.querySelectorAll('[data-testid=dashboard] *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && !element.parentElement?.closest('[tabindex="0"][role="group"]'))
        problems.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 30)}" reaches ${Math.round(box.right)} px in ${window.innerWidth}`);
    }
    return problems;
  });
}

describe('the dashboard in Dutch', () => {
  it("finds the chart library's English and SI numbers (the check can fail)", () => {
    expect(englishIn('Line chart with 2 lines. The X axis displays time.')).toEqual(expect.arrayContaining(['Line', 'chart', 'with', 'lines.', 'The', 'axis', 'displays']));
    expect(englishIn('+3 more')).toEqual(['more']);
    expect(englishIn('692, 1.38k, 2.08k')).toEqual(['1.38k']);
    expect(englishIn('01-12-2025, 12:00:00 a.m. UTC')).toEqual(['a.m.']);
    expect(englishIn('1 Oct 2025')).toEqual(['Oct']);
    expect(englishIn('Toegepast: 1.380 van 10.000 keuzes, week van 1 dec 2025')).toEqual([]);
    expect(namesInSnapshotLine(`  - 'button "CSV downloaden: Meest gegeven redenen voor ''niet van toepassing''"': CSV downloaden`)).toEqual([
      "CSV downloaden: Meest gegeven redenen voor 'niet van toepassing'",
      'CSV downloaden',
    ]);
    expect(namesInSnapshotLine('- region "Verloop per week. Line chart with 4 lines.":')).toEqual(['Verloop per week. Line chart with 4 lines.']);
    expect(namesInSnapshotLine('- /url: "#/decisions"')).toEqual([]);
  });

  for (const [theme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['dark', 320],
    ['light', 320],
  ] as const) {
    it(`has no English, no serious axe finding and no cut or overlapping text at ${width} px, ${theme}`, async () => {
      const page = await openDashboard(theme, width);
      const texts = await textsOf(page);
      expect(texts.length).toBeGreaterThan(100);
      const english = texts.flatMap(({ where, text }) => englishIn(text).map((word) => `${word} — ${where}: ${text.slice(0, 120)}`));
      await screenshot(page, `dashboard-dutch-${theme}-${width}`);
      expect(english).toEqual([]);
      expect(await layoutProblems(page)).toEqual([]);
      // nothing excluded: the chart library's focus sentinels count too
      expect(await seriousAxeViolations(page)).toEqual([]);
    }, 120_000);
  }
});

/** goes to another page of the app inside the open one, as its own links do */
async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((next) => (window.location.hash = next), hash);
}

describe('the adoption dashboard', () => {
  it("shows a coordinator the list's figures, equal to an independent count, and a CSV with the same count", async () => {
    const expected = await independentCount();
    expect(expected.total).toBeGreaterThan(SEEDED * 0.95);
    const page = await coordinatorPage();
    await showInTheme(page, 'light');

    await page.locator(`[data-testid=kpi-acks][data-value="${expected.total}"]`).waitFor({ timeout: 60_000 });
    // the trend is drawn as a chart (an svg from the lazy chart chunk), with its table a click away
    await page.locator('[data-testid=figure-trend] figure svg').first().waitFor();

    await showAsTable(page, 'Per team');
    const teams = await column(page, 'teams', 'total');
    expect(new Map([...teams].sort())).toEqual(new Map([...expected.byTeam].sort()));
    await showAsTable(page, 'Keuzes');
    const decisions = await column(page, 'decisions', 'recorded');
    for (const [decision, n] of expected.byDecision) expect(decisions.get(decision)).toBe(n);
    expect([...decisions.values()].reduce((a, b) => a + b, 0)).toBe(expected.total);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden: Per team' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^circulaire-keuzes-teams-\\d{4}-\\d{2}-\\d{2}-${TODAY}\\.csv$`));
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes.subarray(3).toString('utf8'));
    expect(header!.slice(0, 2)).toEqual(['Team', 'Totaal']);
    // the CSV names teams as people read them; the table row says which team id each label is
    const labelled = await page
      .locator('[data-testid=figure-teams] tbody tr')
      .evaluateAll((trs) => trs.map((tr): [string, string] => [tr.querySelector('th')?.textContent ?? '', tr.getAttribute('data-key') ?? '']));
    const labels = new Map(labelled);
    const csvTeams = new Map(rows.map((r) => [labels.get(r[0]!)!, Number(r[1])]));
    expect(new Map([...csvTeams].sort())).toEqual(new Map([...expected.byTeam].sort()));

    await screenshot(page, 'dashboard-coordinator');
    expect(await violations(page, 'light')).toEqual([]);
  }, 120_000);

  it('shows new decisions after the server synced them, and the page reads no row and no person id', async () => {
    // the coordinator's page, watched since it opened (the checks in Dutch ran on it as well)
    const page = await coordinatorPage();
    const { listRequests, metricsAnswers: answers } = coordinatorTraffic;
    const before = await independentCount();
    await page.locator(`[data-testid=kpi-acks][data-value="${before.total}"]`).waitFor({ timeout: 60_000 });
    await page.getByTestId('sync-status').getByText(/bijgewerkt op/).waitFor();

    await seed(40, 12);
    const after = await independentCount();
    await page.getByRole('button', { name: 'Cijfers opnieuw ophalen' }).click();
    await page.locator(`[data-testid=kpi-acks][data-value="${after.total}"]`).waitFor();
    expect(after.total - before.total).toBe(40);

    expect(listRequests).toEqual([]);
    const staffIds = new Set((await listRows()).map((row) => String(row.fields.StaffAadId)));
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      for (const id of staffIds) expect(answer).not.toContain(id);
      for (const person of DEMO_STAFF) expect(answer).not.toContain(person.name);
    }
  }, 120_000);

  it("shows other staff their own team's figures, with the team filter fixed", async () => {
    const page = await sharedDashboard(SANNE, 'dark');
    await page.getByTestId('own-team-scope').getByText('Je ziet de cijfers van je eigen team, Inkoop.').waitFor({ timeout: 60_000 });
    await page.getByTestId('kpi-acks').waitFor();
    expect(await page.getByRole('combobox', { name: 'Team' }).isDisabled()).toBe(true);
    expect(await violations(page, 'dark')).toEqual([]);
  }, 120_000);

  it('shows tables instead of charts in high contrast, without serious accessibility problems', async () => {
    const page = await openDashboardAs(NOOR, 'contrast');
    await page.locator('[data-testid=figure-trend] table').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=figure-trend] figure').count()).toBe(0);
    await screenshot(page, 'dashboard-contrast');
    expect(await violations(page, 'contrast')).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('indicators and the report in the browser', () => {
  it('takes a coordinator from the dashboard to the indicators, where a measurement typed as 1.234,5 is kept', async () => {
    const page = await coordinatorPage();
    await showInTheme(page, 'light');
    await atDashboard(page);
    await page.getByRole('link', { name: 'Indicatoren en rapportage voor college en raad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicatoren' }).waitFor();
    const wasteRow = page.getByTestId('indicators-per-action').locator('tr', { has: page.getByRole('rowheader', { name: WASTE_TITLE }) });
    await wasteRow.getByText('165 kg restafval per inwoner per jaar (2019)').waitFor();

    await page.getByRole('button', { name: `Invoeren voor ${WASTE_TITLE}` }).click();
    const form = page.getByRole('form', { name: 'Meting toevoegen' });
    await form.getByRole('textbox', { name: /Gemeten waarde/ }).fill('1.234,5');
    await form.getByRole('button', { name: 'Meting opslaan' }).click();
    await form.getByText('Opgeslagen.').waitFor();
    await wasteRow.getByText(/^1\.234,5 kg restafval per inwoner per jaar/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 90_000);

  it('shows the report on screen, keeps only the report on paper, and downloads the same report as a .docx', async () => {
    const page = await coordinatorPage();
    await goToHash(page, `#/report?from=${YEAR_AGO}&to=${TODAY}`);
    const report = page.getByTestId('report');
    await report.getByRole('heading', { level: 2, name: 'Indicatoren en doelen' }).waitFor({ timeout: 60_000 });
    const headings = await report.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Samenvatting',
      'Voortgang per fase',
      'Voortgang per thema',
      'Indicatoren en doelen',
      'Gebruik per team',
      'Waarom criteria niet worden toegepast',
      'Voorbeelden van toegepaste keuzes',
    ]);
    await report.getByRole('cell', { name: /^1\.234,5 kg restafval per inwoner per jaar/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await screenshot(page, 'report-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als Word-document' }).click()]);
    expect(download.suggestedFilename()).toBe(`circulaire-keuzes-rapportage-${YEAR_AGO}-${TODAY}.docx`);
    const html = (await mammoth.convertToHtml({ buffer: await downloadedBytes(download) })).value;
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(headings);
    expect(html).toMatch(/1\.234,5 kg restafval per inwoner per jaar/);
  }, 90_000);

  it('tells a member of staff that the report is for coordinators', async () => {
    const page = await sharedDashboard(SANNE, 'dark');
    await goToHash(page, `#/report?from=${YEAR_AGO}&to=${TODAY}`);
    await page.getByText('De rapportage is voor programmacoördinatoren.').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report').count()).toBe(0);
  }, 60_000);
});
