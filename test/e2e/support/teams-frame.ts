// Opens the app inside the test-only Teams host page (test/support/teams-host), served by the test
// at a path of the app's own origin, and hands back the host page and the app's frame.
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { TEAMS_HOST_PATH, teamsHostPage, type RecordedCall, type TeamsHostOptions } from '../../support/teams-host/teams-host-page';
import { contextOptions } from './browser';

export interface TeamsFrame {
  page: Page;
  app: Frame;
}

export async function openInTeams(
  browser: Browser,
  serverUrl: string,
  options: Omit<TeamsHostOptions, 'appUrl'> & { hash: string },
  /** a new context's options, or a context to open another page in (a new context costs a second of processor time) */
  context: BrowserContextOptions | BrowserContext = contextOptions('light'),
): Promise<TeamsFrame> {
  const page = await ('newPage' in context ? context : await browser.newContext(context)).newPage();
  const { hash, ...host } = options;
  await page.route(`${serverUrl}${TEAMS_HOST_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: teamsHostPage({ ...host, appUrl: `${serverUrl}/${hash}` }) }),
  );
  await page.goto(`${serverUrl}${TEAMS_HOST_PATH}`);
  const handle = await page.waitForSelector('#app');
  for (let i = 0; i < 100; i++) {
    const app = await handle.contentFrame();
    if (app?.url().startsWith(`${serverUrl}/`)) return { page, app };
    await page.waitForTimeout(50);
  }
  throw new Error('the app did not load in the Teams host frame');
}

type HostWindow = { __teamsHost: { calls: RecordedCall[]; setTheme(theme: string): void; save(): void } };

export const hostCalls = (page: Page): Promise<RecordedCall[]> => page.evaluate(() => (window as unknown as HostWindow).__teamsHost.calls);

export async function waitForCall(page: Page, func: string, matches: (call: RecordedCall) => boolean = () => true): Promise<RecordedCall> {
  for (let i = 0; i < 200; i++) {
    const call = (await hostCalls(page)).find((c) => c.func === func && matches(c));
    if (call) return call;
    await page.waitForTimeout(50);
  }
  throw new Error(`the app never called ${func} on the host`);
}

export const setTeamsTheme = (page: Page, theme: 'default' | 'dark' | 'contrast') =>
  page.evaluate((t) => (window as unknown as HostWindow).__teamsHost.setTheme(t), theme);

export const pressTeamsSave = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).__teamsHost.save());
