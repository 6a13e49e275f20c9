// Tenant mode: Word documents in the site's default document library, found and downloaded through
// Graph with the same Sites.Selected grant as the lists. The file itself comes from the short-lived
// pre-authenticated download URL Graph hands out, so no token travels to SharePoint's file host.
import type { GraphHttp } from '../../storage/graph/client';
import { pathSegment } from '../../storage/graph/path-segment';
import type { SiteDocument, SiteDocuments } from './services';

interface DriveItem {
  id?: string;
  name?: string;
  lastModifiedDateTime?: string;
  size?: number;
  file?: unknown;
  parentReference?: { driveId?: string };
  '@microsoft.graph.downloadUrl'?: string;
}

const MAX_DOCUMENTS = 50;

export function createSiteDocuments(graph: () => Promise<GraphHttp>, siteId: string, fetcher: typeof fetch = (...args) => fetch(...args)): SiteDocuments {
  return {
    async list(): Promise<SiteDocument[]> {
      const http = await graph();
      const page = await http.get<{ value?: DriveItem[] }>(
        `/sites/${pathSegment(siteId)}/drive/root/search(q='docx')?$select=id,name,lastModifiedDateTime,size,file,parentReference&$top=${MAX_DOCUMENTS}`,
      );
      return (page.value ?? [])
        .filter((item) => item.file && item.id && item.name?.toLowerCase().endsWith('.docx') && item.parentReference?.driveId)
        .map((item) => ({
          driveId: item.parentReference!.driveId!,
          itemId: item.id!,
          name: item.name!,
          lastModified: item.lastModifiedDateTime,
          // so a file too large to read is refused before it is downloaded
          ...(typeof item.size === 'number' ? { size: item.size } : {}),
        }));
    },
    async download(doc: SiteDocument): Promise<ArrayBuffer> {
      const http = await graph();
      const item = await http.get<DriveItem>(`/drives/${pathSegment(doc.driveId)}/items/${pathSegment(doc.itemId)}?$select=id,@microsoft.graph.downloadUrl`);
      const url = item['@microsoft.graph.downloadUrl'];
      if (!url) throw new Error(`Graph gave no download address for ${doc.name}`);
      const response = await fetcher(url);
      if (!response.ok) throw new Error(`${doc.name} could not be downloaded (HTTP ${response.status})`);
      return response.arrayBuffer();
    },
  };
}
