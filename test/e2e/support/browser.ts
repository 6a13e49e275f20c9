// Debian's Chromium driven by playwright-core (nothing is downloaded), with the flags that keep it
// offline and quiet here, and accessibility checks with axe.
import axeCore from 'axe-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Download, type Frame, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './web-build';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
}

/** where the e2e project's globalSetup tells its test files (in every worker) the shared Chromium listens */
const SHARED_CHROMIUM_ENV = 'CC_E2E_CHROMIUM_WS';
const sharedServer = globalThis as { ccSharedChromium?: BrowserServer };

/** one Chromium for the whole e2e run, listening on a loopback port of its own (globalSetup) */
export async function startSharedChromium(): Promise<void> {
  assertChromium();
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, host: '127.0.0.1', port: 0 });
  sharedServer.ccSharedChromium = server;
  process.env[SHARED_CHROMIUM_ENV] = server.wsEndpoint();
}

/** globalTeardown */
export async function stopSharedChromium(): Promise<void> {
  await sharedServer.ccSharedChromium?.close();
  delete process.env[SHARED_CHROMIUM_ENV];
}

/**
 * a connection to the run's shared Chromium, or a Chromium of its own where none runs (a file run
 * outside jest's e2e project). Closing it closes the contexts it made, and the browser only when
 * it is its own.
 */
export async function launchChromium(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (shared) return chromium.connect(shared);
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** a finished download's bytes, read through the connection: on the shared Chromium the file is on the browser's side, so download.path() is refused */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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

/** the OS theme a page is shown in, as a person would switch it: the app follows it at once */
export async function showInTheme(page: Page, theme: ThemeName): Promise<void> {
  const { colorScheme, forcedColors } = contextOptions(theme);
  await page.emulateMedia({ colorScheme, forcedColors });
  await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, theme, { timeout: 10_000 }).catch(() => {
    throw new Error(`the page did not follow the operating system to the ${theme} theme`);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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

/**
 * axe's colour-contrast rule cannot judge forced colours: it takes the authored text colour but the
 * forced background (dequelabs/axe-core#3978, axe-core-npm#1067), while the browser paints system
 * colours whatever the page says. Under forced colours that one rule is left out; the high-contrast
 * theme's own colours are checked in full inside the Teams host (test/e2e/accessibility.test.ts).
 */
const FORCED_COLOURS_EXCLUDED_RULES: readonly string[] = ['color-contrast'];

/** the rules axe can judge in a theme */
export const excludedRulesFor = (theme: ThemeName): readonly string[] => (theme === 'contrast' ? FORCED_COLOURS_EXCLUDED_RULES : []);

export interface AxeScope {
  /** rules axe cannot judge here (see excludedRulesFor) */
  disabledRules?: readonly string[];
  /** only these rules, where not every WCAG 2.1 A and AA rule (disabledRules still apply) */
  onlyRules?: readonly string[];
  /** only these parts of the page, where not all of it */
  include?: readonly string[];
  /** elements left out, with the reason at the caller */
  exclude?: readonly string[];
}

/** every frame shows a page of the main frame's origin (about:blank and srcdoc frames count as its own) */
function sameOriginFrames(page: Page): boolean {
  const origin = new URL(page.url()).origin;
  return page.frames().every((frame) => {
    const url = frame.url();
    return url === '' || url.startsWith('about:') || new URL(url).origin === origin;
  });
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core in a frame, once per document: a page reached by its hash keeps the same document, so
 * its next check skips the half megabyte of script that @axe-core/playwright's analyze() evaluates
 * twice in the page (and once more per frame) on every call
 */
async function ensureAxe(frame: Frame): Promise<void> {
  try {
    if (await frame.evaluate(() => 'axe' in window)) return;
    await frame.evaluate(axeCore.source);
    // as AxeBuilder configures it: frames of the page's own origin answer the top frame's axe
    await frame.evaluate(() => (window as unknown as { axe: typeof axeCore }).axe.configure({ allowedOrigins: ['<same_origin>'] }));
  } catch {
    // a frame that went away meanwhile (as AxeBuilder, which skips it too)
  }
}

/**
 * the frame's CSS transitions and animations that end have ended (infinite ones, a spinner's, are
 * left running): the colours axe measures are those that stay, not a hover's halfway through its
 * fade (white text on Teams' cyan highlight, found when axe began within a tenth of a second of a click)
 */
async function transitionsEnded(frame: Frame): Promise<void> {
  try {
    await frame.evaluate(async () => {
      const ending = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
    });
  } catch {
    // a frame that went away meanwhile
  }
}

/**
 * serious and critical accessibility violations on the page and its frames (WCAG 2.1 A and AA rules)
 *
 * Where every frame is of the page's own origin (all our pages, the Teams host included, which the
 * tests serve at the app's origin), axe runs once in the page and reaches the frames itself
 * (@axe-core/playwright's default ran it per frame and then in a blank page opened for each check, and
 * handed every passing element through the test process, which cost four to six times the processor
 * time). There axe-core is put into each document once (ensureAxe) and only the serious findings,
 * already reduced in the page, come back. A page with a frame of another origin is refused rather
 * than checked in part.
 */
export async function seriousAxeViolations(page: Page, scope: AxeScope = {}): Promise<AxeFinding[]> {
  const options: axeCore.RunOptions = {
    runOnly: scope.onlyRules ? { type: 'rule', values: scope.onlyRules.filter((id) => !scope.disabledRules?.includes(id)) } : { type: 'tag', values: WCAG_TAGS },
    // only violations are collected in full: the rules run are the same
    resultTypes: ['violations'],
    ...(scope.disabledRules?.length ? { rules: Object.fromEntries(scope.disabledRules.map((id) => [id, { enabled: false }])) } : {}),
  };
  // axe run in the top document reaches only frames of its origin: another's would go unchecked
  if (!sameOriginFrames(page)) throw new Error(`a frame of another origin than ${page.url()}: the axe check reaches only frames of the page's own origin`);
  for (const frame of page.frames()) await Promise.all([ensureAxe(frame), transitionsEnded(frame)]);
  // the whole document where no part is named (as AxeBuilder's context)
  const context = { include: scope.include?.length ? [...scope.include] : [], exclude: [...(scope.exclude ?? [])] };
  const violations = await page.evaluate(
    async ({ context, options }) => {
      const { violations } = await (window as unknown as { axe: typeof axeCore }).axe.run(context.include.length ? context : { exclude: context.exclude }, options);
      // what seriousOf reads, so that the rest of each result stays in the browser
      return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 5).map(({ target, failureSummary }) => ({ target, failureSummary })) }));
    },
    { context, options },
  );
  return seriousOf(violations);
}

type Violation = Pick<axeCore.Result, 'id' | 'impact' | 'help'> & { nodes: Pick<axeCore.NodeResult, 'target' | 'failureSummary'>[] };

const seriousOf = (violations: Violation[]): AxeFinding[] =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), why: v.nodes[0]?.failureSummary ?? '' }));

/**
 * the WCAG A and AA rules whose result can change with the colours or the layout while the DOM and
 * what is visible stay the same (read from axe-core 4.13's rules and checks):
 * - color-contrast: the colours, and the layout that decides which background is behind a text
 * - link-in-text-block: a link's colour against the text around it, and whether it sits in a block of text
 * - scrollable-region-focusable: whether an element's content overflows it (its size)
 * - avoid-inline-spacing: matches only elements visible on the screen, which position and clipping decide
 * - th-has-data-cells: whether a table is a data table, which axe guesses partly from borders, colours and widths
 * - aria-hidden-focus: its checks read a focusable element's pointer-events, width and height
 * Every other rule reads the DOM (elements, roles, attributes, text, form values) and whether an
 * element is visible on the screen and to screen readers, which domFingerprint captures.
 */
export const LOOKS_RULES: readonly string[] = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'avoid-inline-spacing', 'th-has-data-cells', 'aria-hidden-focus'];

/**
 * what axe's other rules can see of the page, or of the parts of it named: per element its tag,
 * attributes (but class, style and the root's data-theme, which only style it), own text, form value and whether axe
 * counts it visible on the screen and to screen readers; hashed in the page. Two states of a page
 * with the same fingerprint give the same result for every rule but LOOKS_RULES
 */
export async function domFingerprint(page: Page, include: readonly string[] = []): Promise<string> {
  await ensureAxe(page.mainFrame());
  return page.evaluate((include) => {
    type Dom = { isVisibleOnScreen(el: Element): boolean; isVisibleToScreenReaders(el: Element): boolean };
    const axe = (window as unknown as { axe: { setup(): unknown; teardown(): void; commons: { dom: Dom } } }).axe;
    const roots = include.length ? include.flatMap((selector) => [...document.querySelectorAll(selector)]) : [document.documentElement];
    const elements = new Set<Element>();
    for (const root of roots) {
      elements.add(root);
      for (const el of root.querySelectorAll('*')) elements.add(el);
    }
    axe.setup();
    let hash = 0x811c9dc5;
    let count = 0;
    const add = (text: string) => {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    };
    try {
      for (const el of elements) {
        count++;
        add(`<${el.tagName}`);
        for (const { name, value } of el.attributes) if (name !== 'class' && name !== 'style' && !(name === 'data-theme' && el === document.documentElement)) add(` ${name}=${value}`);
        if (el.tagName !== 'STYLE' && el.tagName !== 'SCRIPT') for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE) add(child.nodeValue ?? '');
        if (el instanceof HTMLInputElement) add(`value=${el.value} checked=${el.checked}`);
        else if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) add(`value=${el.value}`);
        add(`>${axe.commons.dom.isVisibleOnScreen(el) ? 'S' : 's'}${axe.commons.dom.isVisibleToScreenReaders(el) ? 'R' : 'r'}`);
      }
    } finally {
      axe.teardown();
    }
    return `${count}:${(hash >>> 0).toString(16)}`;
  }, [...include]);
}

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'e2e');

/** a full-page picture for a person to look at, when CC_E2E_SCREENSHOTS=1 asks for them (they cost the suite time) */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CC_E2E_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
