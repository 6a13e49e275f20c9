// Keeps the shared Adoption list in SharePoint equal to the server's counts (adoptionCells): rows
// are created, updated and deleted so that each (week, team, product group, action) has one row with
// its counts. What the list holds is read once and then remembered; after a failed write it is read
// again, so the list converges on the next refresh whatever happened in between.
import type { AdoptionCell } from '../../domain/metrics';
import { runBatch, SiteLists, type BatchRequest, type GraphHttp } from '../../storage/graph';
import { readAllPages } from '../../storage/graph/paging';
import { ADOPTION_LIST, toListDateTime } from '../../storage/list-definitions';

/** writes sent per slice, so a stopping server waits for one slice at most */
const WRITE_SLICE = 200;

interface Stored {
  itemId: string;
  /** the written counts, to see whether a row changed */
  signature: string;
}

export interface AdoptionPublishReport {
  created: number;
  updated: number;
  deleted: number;
}

const keyOf = (cell: AdoptionCell): string => [cell.week, cell.team || '-', cell.productGroup || '-', cell.actionId || '-'].join('|');

function fieldsOf(cell: AdoptionCell): Record<string, unknown> {
  return {
    Title: [cell.week, cell.team, cell.productGroup, cell.actionId].filter(Boolean).join(' · '),
    AdoptionKey: keyOf(cell),
    Week: cell.week,
    WeekStart: toListDateTime(`${cell.weekStart}T00:00:00Z`),
    Team: cell.team,
    ProductGroup: cell.productGroup,
    ActionId: cell.actionId,
    Total: cell.total,
    Applied: cell.decisions.applied,
    Considered: cell.decisions.considered,
    NotApplicable: cell.decisions['not-applicable'],
    Later: cell.decisions.later,
    Attached: cell.decisions.attached,
  };
}

const signatureOf = (fields: Record<string, unknown>): string =>
  ['Total', 'Applied', 'Considered', 'NotApplicable', 'Later', 'Attached'].map((name) => Number(fields[name] ?? 0)).join(',');

export class AdoptionList {
  private readonly lists: SiteLists;
  private stored: Map<string, Stored> | undefined;

  constructor(private readonly http: GraphHttp, siteId: string) {
    this.lists = new SiteLists(http, siteId);
  }

  private async itemsPath(): Promise<string> {
    return `${this.lists.listPath(await this.lists.require(ADOPTION_LIST))}/items`;
  }

  private async read(itemsPath: string): Promise<Map<string, Stored>> {
    const items = await readAllPages<{ id?: string; fields?: Record<string, unknown> }>(
      this.http,
      `${itemsPath}?$expand=fields($select=AdoptionKey,Total,Applied,Considered,NotApplicable,Later,Attached)&$top=500`,
    );
    const stored = new Map<string, Stored>();
    for (const item of items) {
      const key = item.fields?.AdoptionKey;
      if (typeof key === 'string' && item.id) stored.set(key, { itemId: item.id, signature: signatureOf(item.fields!) });
    }
    return stored;
  }

  /** makes the list hold exactly these rows; `stopped` is asked between slices of writes (a server shutting down) */
  async publish(cells: readonly AdoptionCell[], stopped: () => boolean = () => false): Promise<AdoptionPublishReport> {
    const itemsPath = await this.itemsPath();
    const stored = (this.stored ??= await this.read(itemsPath));
    const requests: BatchRequest[] = [];
    const wanted = new Set<string>();
    const report: AdoptionPublishReport = { created: 0, updated: 0, deleted: 0 };
    for (const cell of cells) {
      const key = keyOf(cell);
      wanted.add(key);
      const fields = fieldsOf(cell);
      const existing = stored.get(key);
      if (!existing) {
        requests.push({ id: `c:${key}`, method: 'POST', url: itemsPath, body: { fields } });
        report.created++;
      } else if (existing.signature !== signatureOf(fields)) {
        requests.push({ id: `u:${key}`, method: 'PATCH', url: `${itemsPath}/${existing.itemId}/fields`, body: fields });
        report.updated++;
      }
    }
    for (const [key, existing] of stored) {
      if (wanted.has(key)) continue;
      requests.push({ id: `d:${key}`, method: 'DELETE', url: `${itemsPath}/${existing.itemId}` });
      report.deleted++;
    }
    for (let start = 0; start < requests.length; start += WRITE_SLICE) {
      if (stopped()) {
        this.stored = undefined;
        throw new Error('the adoption list was left half-written: the server is stopping');
      }
      await this.write(requests.slice(start, start + WRITE_SLICE), stored);
    }
    return report;
  }

  private async write(requests: BatchRequest[], stored: Map<string, Stored>): Promise<void> {
    const results = await runBatch(this.http, requests);
    const failed = requests.filter((r) => {
      const error = results.get(r.id)?.error;
      return error !== undefined && !(r.method === 'DELETE' && error.status === 404);
    });
    if (failed.length > 0) {
      // what the list holds is no longer known: read it again next time
      this.stored = undefined;
      throw results.get(failed[0]!.id)!.error!;
    }
    for (const request of requests) {
      const key = request.id.slice(2);
      if (request.method === 'DELETE') stored.delete(key);
      else {
        const body = results.get(request.id)?.body as { id?: string } | undefined;
        const itemId = request.method === 'POST' ? String(body?.id ?? '') : stored.get(key)!.itemId;
        const fields = (request.method === 'POST' ? (request.body as { fields: Record<string, unknown> }).fields : request.body) as Record<string, unknown>;
        stored.set(key, { itemId, signature: signatureOf(fields) });
      }
    }
  }
}
