import { acknowledgementOf } from '../../domain/acknowledgement';
import { makeDevToken } from '../../auth/dev-token';
import { NotReadableHereError, ServerAcknowledgementStore, SignedInAsAnotherError } from './server-acknowledgement-store';

const mine = acknowledgementOf({
  ackKey: 'key-00001',
  subject: { checklistItemId: 'roads-reuse', checklistId: 'roads' },
  decision: 'applied',
  context: { contextType: 'procurement', contextRef: 'sp:drive/item 1' },
  source: 'tab',
  staffAadId: 'me',
  contentVersion: '1',
  appVersion: '1',
  at: new Date(Date.UTC(2026, 10, 1, 9)),
});

function recordingApi(answer: unknown) {
  const requests: { url: string; authorization: string | null }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { requests, api: { getToken: async () => 'api-token', fetch: fetcher } };
}

describe("the tab's acknowledgements, read from the server only", () => {
  it("asks the server for the person's own choices in a context, with the token for the app's API", async () => {
    const { requests, api } = recordingApi({ value: [mine] });
    const store = new ServerAcknowledgementStore(api, 'me');
    expect(await store.forContext('sp:drive/item 1')).toEqual([mine]);
    expect(requests).toEqual([{ url: '/api/acknowledgements/mine/context?contextRef=sp%3Adrive%2Fitem+1', authorization: 'Bearer api-token' }]);
  });

  it("reads nothing of anyone else, and nothing of the list as a whole, without asking anyone", async () => {
    const { requests, api } = recordingApi({ value: [] });
    const store = new ServerAcknowledgementStore(api, 'me');
    await expect(store.forStaff('someone-else')).rejects.toBeInstanceOf(NotReadableHereError);
    await expect(store.since('2026-11-01T00:00:00Z')).rejects.toBeInstanceOf(NotReadableHereError);
    await expect(store.sync()).rejects.toBeInstanceOf(NotReadableHereError);
    expect(requests).toEqual([]);
  });

  it("sends nothing when the token is another account's than the person whose decisions these are", async () => {
    const requests: string[] = [];
    const fetcher = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response(JSON.stringify({ written: [mine.ackKey], alreadyPresent: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    // a sign-in popup made Joris's account active while the page's session is still "me"
    const joris = makeDevToken({ oid: 'joris', name: 'Joris', upn: 'joris@example.org' });
    const other = new ServerAcknowledgementStore({ getToken: async () => joris, fetch: fetcher }, 'me');
    await expect(other.append([mine])).rejects.toBeInstanceOf(SignedInAsAnotherError);
    expect(requests).toEqual([]);
    // with the person's own token (its id in any case) they are sent
    const own = new ServerAcknowledgementStore({ getToken: async () => makeDevToken({ oid: 'ME', name: 'Me', upn: 'me@example.org' }), fetch: fetcher }, 'me');
    await own.append([mine]);
    expect(requests).toHaveLength(1);
  });
});
