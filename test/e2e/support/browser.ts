// Debian's Chromium driven by playwright-core (nothing is downloaded), with the flags that keep it
// offline and quiet here, and accessibility checks with axe.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './web-build';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export type ThemeName = 'light' | 'dark' | 'contrast';

/** a context that looks like a Dutch user's browser in the given OS theme */
export function contextOptions(theme: ThemeName, extra: BrowserContextOptions = {}): BrowserContextOptions {
  return {
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    forcedColors: theme === 'contrast' ? 'active' : 'none',
    ...extra,
  };
}

export async function newContext(browser: Browser, theme: ThemeName = 'light'): Promise<BrowserContext> {
  return browser.newContext(contextOptions(theme));
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  /** what axe says about the first element, e.g. the colours it measured */
  why: string;
}

/** serious and critical accessibility violations on the page and its frames (WCAG 2.1 A and AA rules) */
export async function seriousAxeViolations(page: Page, excludedRules: readonly string[] = []): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (excludedRules.length > 0) builder = builder.disableRules([...excludedRules]);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), why: v.nodes[0]?.failureSummary ?? '' }));
}

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'e2e');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
