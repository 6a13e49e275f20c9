// Finds out where the app runs, at once: a page with no parent window (and no opener) is a plain
// browser tab and gets the web host without loading TeamsJS; a framed page tries TeamsJS briefly
// and falls back to the web host when nobody answers, instead of TeamsJS's own 60-second wait. A
// page with Office.js asks Office first which application it is in (Outlook or Word).
import type { HostContext } from './host-context';
import type { OfficeApi } from './office/office-api';
import type { WordWindow } from './office/word/word-host';
import { createWebHost, type WebWindow } from './web/web-host';

export interface ConnectOptions {
  win?: Window;
  /** how long a framed page waits for a Teams host before it runs standalone */
  timeoutMs?: number;
  /** loads TeamsJS and connects; replaced in tests */
  connectTeams?: (timeoutMs: number) => Promise<HostContext>;
  /** asks Office.js which application the page runs in (Outlook, Word) and connects; replaced in tests */
  connectOffice?: (office: OfficeApi, win: Window, timeoutMs: number) => Promise<HostContext | undefined>;
  onFallback?: (error: unknown) => void;
}

/** true when the page is the top window of a browser tab: no host can be talking to it */
export function isStandalone(win: Pick<Window, 'parent' | 'opener'> & { self?: unknown }): boolean {
  return win.parent === win && !win.opener;
}

async function connectTeamsLazily(timeoutMs: number): Promise<HostContext> {
  // a separate chunk: the standalone path never downloads TeamsJS
  const { connectTeams } = await import(/* webpackChunkName: "teams-js" */ './teams/connect-teams');
  return connectTeams(timeoutMs);
}

async function connectOfficeLazily(office: OfficeApi, win: Window, timeoutMs: number): Promise<HostContext | undefined> {
  // a separate chunk: only the task panes' pages load Office.js
  const { connectOffice } = await import(/* webpackChunkName: "office-host" */ './office/connect-office');
  return connectOffice(office, win as unknown as WordWindow, timeoutMs);
}

export async function connectHost(options: ConnectOptions = {}): Promise<HostContext> {
  const win = options.win ?? window;
  const web = () => createWebHost(win as unknown as WebWindow);
  // Office.js on the page is only a question: Office itself says whether this is Outlook or Word
  const office = (win as unknown as { Office?: OfficeApi }).Office;
  if (office) {
    try {
      const connected = await (options.connectOffice ?? connectOfficeLazily)(office, win, options.timeoutMs ?? 10_000);
      if (connected) return connected;
    } catch (error) {
      options.onFallback?.(error);
      return web();
    }
  }
  if (isStandalone(win)) return web();
  try {
    return await (options.connectTeams ?? connectTeamsLazily)(options.timeoutMs ?? 5_000);
  } catch (error) {
    options.onFallback?.(error);
    return web();
  }
}
