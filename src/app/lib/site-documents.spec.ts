import type { GraphHttp } from '../../storage/graph/client';
import { createSiteDocuments } from './site-documents';

function fakeGraph(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const http = {
    get: async (path: string) => {
      asked.push(path);
      const key = Object.keys(answers).find((k) => path.startsWith(k));
      if (!key) throw new Error(`unexpected ${path}`);
      return answers[key];
    },
  } as unknown as GraphHttp;
  return { http, asked };
}

describe('site documents (tenant mode)', () => {
  it('lists only Word files of the site’s library', async () => {
    const { http, asked } = fakeGraph({
      "/sites/contoso.sharepoint.com,a,b/drive/root/search(q='docx')": {
        value: [
          { id: '1', name: 'Bestek wegen.docx', file: {}, size: 48_213, parentReference: { driveId: 'd1' }, lastModifiedDateTime: '2026-11-01T10:00:00Z' },
          { id: '2', name: 'Notities.txt', file: {}, parentReference: { driveId: 'd1' } },
          { id: '3', name: 'Map.docx', parentReference: { driveId: 'd1' } },
        ],
      },
    });
    const docs = await createSiteDocuments(async () => http, 'contoso.sharepoint.com,a,b').list();
    expect(docs).toEqual([{ driveId: 'd1', itemId: '1', name: 'Bestek wegen.docx', lastModified: '2026-11-01T10:00:00Z', size: 48_213 }]);
    expect(asked[0]).toContain('$top=50');
  });

  it('downloads through the pre-authenticated address Graph gives, without sending a token', async () => {
    const { http } = fakeGraph({ '/drives/d1/items/1': { id: '1', '@microsoft.graph.downloadUrl': 'https://contoso.sharepoint.com/download?x' } });
    const fetcher = jest.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      expect(init).toBeUndefined();
      return new Response(new Uint8Array([1, 2, 3]));
    });
    const buffer = await createSiteDocuments(async () => http, 's', fetcher as typeof fetch).download({ driveId: 'd1', itemId: '1', name: 'Bestek wegen.docx' });
    expect(fetcher).toHaveBeenCalledWith('https://contoso.sharepoint.com/download?x');
    expect(new Uint8Array(buffer)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('says which file could not be downloaded', async () => {
    const { http } = fakeGraph({ '/drives/d1/items/1': { id: '1' } });
    await expect(createSiteDocuments(async () => http, 's').download({ driveId: 'd1', itemId: '1', name: 'Bestek.docx' })).rejects.toThrow(/no download address for Bestek.docx/);
  });
});
