import type { GraphHttp } from '../graph/client';
import { acknowledgementsListWebUrl } from './list-web-url';

/** a Graph that knows one site with the Acknowledgements list, whose webUrl is given */
function graphWith(webUrl: unknown): { http: GraphHttp; asked: string[] } {
  const asked: string[] = [];
  const http = {
    baseUrl: 'https://graph.microsoft.com/v1.0',
    get: async (path: string) => {
      asked.push(path);
      if (path.includes('/lists?')) return { value: [{ id: 'list-1', displayName: 'Acknowledgements' }] };
      return { webUrl };
    },
  } as unknown as GraphHttp;
  return { http, asked };
}

describe('acknowledgementsListWebUrl', () => {
  it("gives the list's SharePoint page", async () => {
    const { http, asked } = graphWith('https://soest.sharepoint.com/sites/keuzes/Lists/Acknowledgements');
    expect(await acknowledgementsListWebUrl(http, 'site-1')).toBe('https://soest.sharepoint.com/sites/keuzes/Lists/Acknowledgements');
    expect(asked[1]).toBe('/sites/site-1/lists/list-1?$select=webUrl');
  });

  it('gives no link for anything but an https page', async () => {
    expect(await acknowledgementsListWebUrl(graphWith('javascript:alert(1)').http, 'site-1')).toBeUndefined();
    expect(await acknowledgementsListWebUrl(graphWith('http://127.0.0.1:3978/Lists/Acknowledgements').http, 'site-1')).toBeUndefined();
    expect(await acknowledgementsListWebUrl(graphWith(undefined).http, 'site-1')).toBeUndefined();
  });
});
