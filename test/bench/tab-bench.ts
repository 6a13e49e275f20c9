// The tab's two performance budgets, measured on the production build in headless Chromium against
// the real server in local mode:
// - the JavaScript needed for Home, gzipped (-9), at most 250 KB: the tab entry's chunks plus Home's
//   page chunk and the slim programme content, read from webpack's stats; the JavaScript the browser
//   actually fetched until Home was ready is reported beside it;
// - Home interactive within 1.5 s: the time from navigation start to Home's own content on screen
//   (the `home-ready` mark the page sets), median over cold loads, beside a static blank page
//   loaded from the same server in the same run as the baseline.
// And typing while the draft is re-analysed: from a key press to the next frame, in a 10,000-word
// draft on the check page, beside the same typing into a plain text field with the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../e2e/support/app-server';
import { contextOptions, launchChromium } from '../e2e/support/browser';
import { ensureWebBuild } from '../e2e/support/web-build';
import { generatedTender } from './generated-tender';
import { median, runOnItsOwn } from './measure';

export const HOME_JS_BUDGET_KB = 250;
export const HOME_INTERACTIVE_BUDGET_MS = 1500;
const LOADS = 9;
const BLANK_PATH = '/__bench__/blank.html';

interface StatsSummary {
  entrypoints: Record<string, { assets: string[] }>;
  namedChunkGroups: Record<string, { assets: string[] }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** the JavaScript files Home cannot be interactive without */
export function homeCriticalFiles(stats: StatsSummary): string[] {
  const groups = [stats.entrypoints.tab, stats.namedChunkGroups['page-home'], stats.namedChunkGroups['content-programme']];
  if (groups.some((g) => !g)) throw new Error('the stats lack the tab entry, page-home or content-programme: was webpack.config.js changed?');
  return [...new Set(groups.flatMap((g) => g!.assets).filter((a) => a.endsWith('.js')))];
}

interface LoadTiming {
  /** from navigation start to the page's own ready point, measured in the page */
  inPageMs: number;
  /** from the test asking for the page to seeing it ready, measured here */
  wallMs: number;
  /** the JavaScript files the page had asked for by then */
  scripts: string[];
}

type Ready = (page: Page) => Promise<{ ms: number; scripts: string[] }>;

async function timeLoad(browser: Browser, url: string, ready: Ready): Promise<LoadTiming> {
  // a fresh context is a cold cache: the first visit of the day
  const context = await browser.newContext(contextOptions('light'));
  const page = await context.newPage();
  await page.route(`**${BLANK_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>blank</title><p id="blank">blank</p></html>' }));
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const { ms, scripts } = await ready(page);
  const wallMs = performance.now() - started;
  await context.close();
  return { inPageMs: ms, wallMs, scripts };
}

const homeReady: Ready = async (page) => {
  await page.waitForFunction(() => performance.getEntriesByName('home-ready').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const ms = performance.getEntriesByName('home-ready')[0]!.startTime;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= ms && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
    return { ms, scripts };
  });
};

const blankReady: Ready = async (page) => {
  await page.waitForSelector('#blank');
  return { ms: await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd), scripts: [] };
};

const TYPED = 'asfalt en klinkers hergebruiken ';

/** milliseconds from each key press in `field` to the next frame, while `TYPED` is typed */
async function keystrokeToFrameMs(page: Page, field: string): Promise<number[]> {
  await page.evaluate((selector) => {
    const delays: number[] = [];
    (window as unknown as { __delays: number[] }).__delays = delays;
    document.querySelector(selector)!.addEventListener('keydown', () => {
      const pressed = performance.now();
      requestAnimationFrame(() => setTimeout(() => delays.push(performance.now() - pressed), 0));
    });
  }, field);
  await page.locator(field).press('End');
  await page.locator(field).pressSequentially(TYPED, { delay: 60 });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
}

async function typingFigures(browser: Browser, url: string): Promise<Record<string, string>> {
  const draft = generatedTender(10_000);
  const context = await browser.newContext(contextOptions('light'));
  const page = await context.newPage();
  try {
    await page.route(`**${BLANK_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>blank</title><textarea id="plain"></textarea></html>' }));
    await page.goto(`${url}${BLANK_PATH}`);
    await page.locator('#plain').fill(draft);
    const plain = await keystrokeToFrameMs(page, '#plain');

    await page.goto(`${url}/#/check`);
    await page.getByTestId('document-text').fill(draft);
    await page.locator('[data-testid=analysis-status][data-status=ready]').waitFor({ timeout: 30_000 });
    const started = Date.now();
    const checked = await keystrokeToFrameMs(page, '[data-testid=document-text]');
    await page.locator('[data-testid=analysis-status][data-status=ready]').waitFor({ timeout: 30_000 });
    const settledMs = Date.now() - started;
    const max = (values: number[]) => Math.max(...values);
    return {
      'typing, key to next frame, check page (median / max)': `${median(checked).toFixed(0)} / ${max(checked).toFixed(0)} ms over ${checked.length} keys, ${draft.length.toLocaleString('en')} characters`,
      'typing, key to next frame, plain text field (baseline)': `${median(plain).toFixed(0)} / ${max(plain).toFixed(0)} ms`,
      'typing then analysis up to date': `${settledMs} ms for ${TYPED.length} keys at 60 ms`,
    };
  } finally {
    await context.close();
  }
}

export async function runTabBench(): Promise<Record<string, unknown>> {
  const build = await ensureWebBuild();
  const stats = JSON.parse(readFileSync(build.statsFile, 'utf8')) as StatsSummary;
  const gzipped = (file: string) => gzipSync(readFileSync(join(build.webRoot, file)), { level: 9 }).length;
  const critical = homeCriticalFiles(stats);
  const criticalBytes = critical.reduce((n, f) => n + gzipped(f), 0);

  let server: AppServer | undefined;
  let browser: Browser | undefined;
  try {
    [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
    const home: LoadTiming[] = [];
    const blank: LoadTiming[] = [];
    // one unmeasured load of each warms the server and the browser process, not the page cache
    await timeLoad(browser, `${server.url}${BLANK_PATH}`, blankReady);
    await timeLoad(browser, `${server.url}/#/`, homeReady);
    for (let i = 0; i < LOADS; i++) {
      // alternating, so that load from elsewhere on the machine falls on both alike
      blank.push(await timeLoad(browser, `${server.url}${BLANK_PATH}`, blankReady));
      home.push(await timeLoad(browser, `${server.url}/#/`, homeReady));
    }
    const fetchedJs = new Set(home.flatMap((t) => t.scripts));
    const fetchedBytes = [...fetchedJs].reduce((n, f) => n + gzipped(f), 0);
    const homeMs = median(home.map((t) => t.inPageMs));
    const typing = await typingFigures(browser, server.url);
    return {
      'home JS needed (gzip -9)': `${kb(criticalBytes)} KB in ${critical.length} files`,
      'home JS budget': `${HOME_JS_BUDGET_KB} KB: ${kb(criticalBytes) <= HOME_JS_BUDGET_KB ? 'within' : 'OVER'}`,
      'JS fetched until Home was ready, any load (gzip -9)': `${kb(fetchedBytes)} KB in ${fetchedJs.size} files`,
      'home interactive, median (in page)': `${homeMs.toFixed(0)} ms over ${LOADS} cold loads`,
      'blank page DOMContentLoaded, median (baseline)': `${median(blank.map((t) => t.inPageMs)).toFixed(0)} ms`,
      'home interactive, median (wall, incl. browser round trips)': `${median(home.map((t) => t.wallMs)).toFixed(0)} ms`,
      'blank page, median (wall, baseline)': `${median(blank.map((t) => t.wallMs)).toFixed(0)} ms`,
      'home interactive budget': `${HOME_INTERACTIVE_BUDGET_MS} ms: ${homeMs <= HOME_INTERACTIVE_BUDGET_MS ? 'within' : 'OVER'}`,
      ...typing,
    };
  } finally {
    await browser?.close();
    await server?.close();
  }
}

if (require.main === module) {
  runOnItsOwn(runTabBench);
}
