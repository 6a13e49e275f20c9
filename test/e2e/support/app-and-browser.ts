// What every end-to-end file starts: the web build (rebuilt when sources changed), the real server
// with a fresh data folder, and one Chromium; and how it stops them.
import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium } from './browser';
import { ensureWebBuild } from './web-build';

export interface AppAndBrowser {
  server: AppServer;
  browser: Browser;
}

/** a build and a server start can take minutes on a busy machine */
export const START_TIMEOUT_MS = 6 * 60_000;

export async function startAppAndBrowser(): Promise<AppAndBrowser> {
  await ensureWebBuild();
  const [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  return { server, browser };
}

export async function stopAppAndBrowser(running: Partial<AppAndBrowser>): Promise<void> {
  await running.browser?.close();
  await running.server?.close();
}
