// connectHost in the Outlook task pane: Office.js on the page means Outlook, also in a top-level
// window (Outlook on Windows shows the pane in its own web view, without a parent frame).
import { connectHost } from '../../connect-host';
import type { HostContext } from '../../host-context';

const paneWindow = (office: unknown) =>
  ({
    opener: null,
    Office: office,
    navigator: { language: 'nl-NL' },
    matchMedia: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
    get parent() {
      return this;
    },
  }) as unknown as Window;

describe('connectHost in the Outlook task pane', () => {
  it('connects to Outlook when Office.js is on the page, without trying Teams', async () => {
    const outlook = { kind: 'outlook' } as HostContext;
    const connectTeams = jest.fn();
    const host = await connectHost({ win: paneWindow({ context: {} }), connectTeams, connectOffice: async () => outlook });
    expect(host).toBe(outlook);
    expect(connectTeams).not.toHaveBeenCalled();
  });

  it('runs as a plain web page when Office.js does not get ready', async () => {
    const onFallback = jest.fn();
    const host = await connectHost({ win: paneWindow({ context: {} }), connectOffice: async () => Promise.reject(new Error('not ready')), onFallback });
    expect(host.kind).toBe('web');
    expect(onFallback).toHaveBeenCalledWith(expect.objectContaining({ message: 'not ready' }));
  });
});
