// Finds out where the app runs, at once: a page with no parent window (and no opener) is a plain
// browser tab and gets the web host without loading TeamsJS; a framed page tries TeamsJS briefly
// and falls back to the web host when nobody answers, instead of TeamsJS's own 60-second wait.
import type { HostContext } from './host-context';
import type { OfficeApi } from './outlook/office-api';
import { createWebHost, type WebWindow } from './web/web-host';

export interface ConnectOptions {
  win?: Window;
  /** how long a framed page waits for a Teams host before it runs standalone */
  timeoutMs?: number;
  /** loads TeamsJS and connects; replaced in tests */
  connectTeams?: (timeoutMs: number) => Promise<HostContext>;
  /** waits for Office.js in the Outlook task pane; replaced in tests */
  connectOutlook?: (office: OfficeApi, timeoutMs: number) => Promise<HostContext>;
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

async function connectOutlookLazily(office: OfficeApi, timeoutMs: number): Promise<HostContext> {
  const { createOutlookHost } = await import(/* webpackChunkName: "outlook-host" */ './outlook/outlook-host');
  return createOutlookHost(office, timeoutMs);
}

export async function connectHost(options: ConnectOptions = {}): Promise<HostContext> {
  const win = options.win ?? window;
  const web = () => createWebHost(win as unknown as WebWindow);
  // only the Outlook task pane's page loads Office.js (outlook.html), so its presence names the host
  const office = (win as unknown as { Office?: OfficeApi }).Office;
  if (office) {
    try {
      return await (options.connectOutlook ?? connectOutlookLazily)(office, options.timeoutMs ?? 10_000);
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
