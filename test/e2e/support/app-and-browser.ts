// What every end-to-end file starts: the real server with a fresh data folder on the e2e project's
// one web build (see global-setup.ts), and one Chromium; and how it stops them.
import type { Browser } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium } from './browser';

export interface AppAndBrowser {
  server: AppServer;
  browser: Browser;
}

/** a server and a browser start can take a minute on a busy machine */
export const START_TIMEOUT_MS = 2 * 60_000;

export async function startAppAndBrowser(): Promise<AppAndBrowser> {
  const [server, browser] = await Promise.all([startAppServer(), launchChromium()]);
  return { server, browser };
}

export async function stopAppAndBrowser(running: Partial<AppAndBrowser>): Promise<void> {
  await running.browser?.close();
  await running.server?.close();
}
