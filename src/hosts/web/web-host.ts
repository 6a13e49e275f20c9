// The host of a plain browser tab (standalone and local mode): the theme follows the operating
// system (`prefers-color-scheme`, and `forced-colors` for high contrast), the locale the browser.
import type { HostContext, HostTheme } from '../host-context';

/** the parts of `window` the web host reads, so tests can hand it a fake */
export interface WebWindow {
  matchMedia(query: string): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;
  navigator: { language?: string; languages?: readonly string[] };
  open?(url: string, target?: string, features?: string): unknown;
}

const FORCED = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

function themeOfWindow(win: WebWindow): HostTheme {
  if (win.matchMedia(FORCED).matches) return 'contrast';
  return win.matchMedia(DARK).matches ? 'dark' : 'light';
}

export function createWebHost(win: WebWindow): HostContext {
  return {
    kind: 'web',
    hostName: 'browser',
    locale: win.navigator.languages?.[0] ?? win.navigator.language ?? 'nl-NL',
    get theme() {
      return themeOfWindow(win);
    },
    frameContext: 'standalone',
    capabilities: {
      nestedAppAuth: false,
      openLink: win.open
        ? async (url) => {
            win.open?.(url, '_blank', 'noopener');
          }
        : undefined,
    },
    subscribeTheme(listener) {
      const queries = [win.matchMedia(FORCED), win.matchMedia(DARK)];
      let last = themeOfWindow(win);
      const changed = () => {
        const next = themeOfWindow(win);
        if (next === last) return;
        last = next;
        listener(next);
      };
      for (const q of queries) q.addEventListener('change', changed);
      return () => {
        for (const q of queries) q.removeEventListener('change', changed);
      };
    },
    notifyReady() {
      // a browser tab has no loading indicator to hide
    },
  };
}
