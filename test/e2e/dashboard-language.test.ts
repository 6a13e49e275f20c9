// End to end: the adoption dashboard speaks only Dutch to a Dutch coordinator. The demo coordinator
// opens it in Chromium (locale nl-NL) over a seeded list, at 320 and 1280 px, light and dark, with
// every chart drawn; then every text a person can see (text nodes, the charts' axis labels
// included) and every accessible name and description (the accessibility tree, aria-label,
// aria-describedby, title, alt, placeholder) is searched for English. Proper names are allowed.
// The same pages must have no serious axe finding, the chart library's focus helpers included,
// filters that do not overlap "Filters wissen", and axis labels that are not cut off.
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '../../src/auth/demo-staff';
import { DEV_IDENTITY_STORAGE_KEY } from '../../src/auth/development-session';
import type { CliIO } from '../../src/cli/cli-io';
import { main } from '../../src/cli/main';
import type { AppServer } from './support/app-server';
import { contextOptions, screenshot, seriousAxeViolations, type ThemeName } from './support/browser';
import { startAppAndBrowser, START_TIMEOUT_MS, stopAppAndBrowser } from './support/app-and-browser';

const TODAY = new Date().toISOString().slice(0, 10);
const NOOR = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;

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
export function englishIn(text: string): string[] {
  const found: string[] = [];
  if (ENGLISH_DATE.test(text)) found.push(text.match(ENGLISH_DATE)![0]);
  if (ENGLISH_NUMBER.test(text)) found.push(text.match(ENGLISH_NUMBER)![0]);
  for (const word of text.split(/[\s,;:()"'“”‘’+/]+/)) {
    if (ALLOWED.has(word)) continue;
    if (ENGLISH_WORDS.has(word.toLowerCase()) || ENGLISH_WORDS.has(word.toLowerCase().replace(/[.!?]$/, ''))) found.push(word);
  }
  return found;
}

let server: AppServer;
let browser: Browser;

async function seed(acks: number): Promise<void> {
  const err: string[] = [];
  const io: CliIO = { out: () => undefined, err: (t) => err.push(t), readStdin: async () => '', stdinIsTerminal: false, env: { CC_GRAPH_BASE_URL: `${server.url}/graph/v1.0` }, cwd: process.cwd() };
  const code = await main(['node', 'circular-choices', 'demo', 'seed', '--acks', String(acks), '--seed', '16', '--until', TODAY], io);
  if (code !== 0) throw new Error(`demo seed failed (${code}): ${err.join('\n')}`);
  await server.syncMetrics();
}

async function openDashboard(theme: ThemeName, width: number): Promise<Page> {
  const context = await browser.newContext(contextOptions(theme, { viewport: { width, height: 900 } }));
  await context.addInitScript(([key, oid]) => window.localStorage.setItem(key!, oid!), [DEV_IDENTITY_STORAGE_KEY, NOOR.oid]);
  const page = await context.newPage();
  await page.goto(`${server.url}/#/dashboard`);
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

beforeAll(async () => {
  ({ server, browser } = await startAppAndBrowser());
  await seed(3000);
}, START_TIMEOUT_MS);

afterAll(() => stopAppAndBrowser({ server, browser }));

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
    ['light', 320],
    ['dark', 320],
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
      await page.context().close();
    }, 120_000);
  }
});
