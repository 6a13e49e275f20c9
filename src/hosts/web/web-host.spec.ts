import { createWebHost, type WebWindow } from './web-host';

function fakeWindow(initial: { dark?: boolean; forced?: boolean; language?: string }) {
  const state = { dark: initial.dark ?? false, forced: initial.forced ?? false };
  const listeners = new Map<string, Set<() => void>>();
  const win: WebWindow = {
    navigator: { language: initial.language ?? 'nl-NL' },
    matchMedia(query) {
      const set = listeners.get(query) ?? new Set();
      listeners.set(query, set);
      return {
        get matches() {
          return query.includes('forced-colors') ? state.forced : state.dark;
        },
        addEventListener: (_: string, l: () => void) => set.add(l),
        removeEventListener: (_: string, l: () => void) => set.delete(l),
      } as unknown as MediaQueryList;
    },
  };
  const change = (next: Partial<typeof state>) => {
    Object.assign(state, next);
    for (const set of listeners.values()) for (const l of [...set]) l();
  };
  return { win, change, listeners };
}

describe('the web host', () => {
  it('follows the operating system: dark, and forced colours as high contrast', () => {
    expect(createWebHost(fakeWindow({}).win).theme).toBe('light');
    expect(createWebHost(fakeWindow({ dark: true }).win).theme).toBe('dark');
    expect(createWebHost(fakeWindow({ dark: true, forced: true }).win).theme).toBe('contrast');
  });

  it('tells every subscriber when the theme changes, once per change, and lets go', () => {
    const { win, change, listeners } = fakeWindow({});
    const host = createWebHost(win);
    const a: string[] = [];
    const b: string[] = [];
    const stopA = host.subscribeTheme((t) => a.push(t));
    host.subscribeTheme((t) => b.push(t));
    change({ dark: true });
    change({ forced: true });
    stopA();
    change({ forced: false });
    expect(a).toEqual(['dark', 'contrast']);
    expect(b).toEqual(['dark', 'contrast', 'dark']);
    expect([...listeners.values()].reduce((n, s) => n + s.size, 0)).toBe(2);
  });

  it('runs standalone with the browser language and no host capabilities', () => {
    const host = createWebHost(fakeWindow({ language: 'en-US' }).win);
    expect(host).toMatchObject({ kind: 'web', frameContext: 'standalone', locale: 'en-US' });
    expect(host.capabilities.dialog).toBeUndefined();
    expect(host.capabilities.tabConfig).toBeUndefined();
  });
});
