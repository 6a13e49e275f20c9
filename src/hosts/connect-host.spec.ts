import { connectHost, isStandalone } from './connect-host';
import type { HostContext } from './host-context';

const browserWindow = (framed: boolean) => {
  const win = {
    opener: null,
    navigator: { language: 'nl-NL' },
    matchMedia: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
  } as unknown as { parent: unknown };
  win.parent = framed ? {} : win;
  return win as unknown as Window;
};

describe('connectHost', () => {
  it('runs a top-level page standalone at once, without trying Teams', async () => {
    const connectTeams = jest.fn();
    const host = await connectHost({ win: browserWindow(false), connectTeams });
    expect(host.kind).toBe('web');
    expect(connectTeams).not.toHaveBeenCalled();
  });

  it('uses Teams in a frame whose parent answers', async () => {
    const teams = { kind: 'teams' } as HostContext;
    expect(await connectHost({ win: browserWindow(true), connectTeams: async () => teams })).toBe(teams);
  });

  it('falls back to the web host when the frame’s parent does not answer', async () => {
    const onFallback = jest.fn();
    const host = await connectHost({ win: browserWindow(true), connectTeams: async () => Promise.reject(new Error('timeout')), onFallback });
    expect(host.kind).toBe('web');
    expect(onFallback).toHaveBeenCalledWith(expect.objectContaining({ message: 'timeout' }));
  });

  it('treats a popup (with an opener) as hosted', () => {
    const win = browserWindow(false) as unknown as { opener: unknown; parent: unknown };
    win.opener = {};
    expect(isStandalone(win as Window)).toBe(false);
  });
});
