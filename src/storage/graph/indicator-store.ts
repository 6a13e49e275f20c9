// The Indicators list: coordinators' indicator definitions and measurements, one row each, written
// only by the server. The list stays small (a few rows per action per year), so it is read whole.
// A create refused because the key exists already is a retried write that arrived: nothing to do.
import type { IndicatorRecord } from '../../domain/indicators';
import { INDICATORS_LIST, selectedFieldNames, toListDateTime } from '../list-definitions';
import type { IndicatorStore } from '../ports';
import { indicatorFromFields, indicatorToFields } from '../indicator-fields';
import type { GraphHttp } from './client';
import { GraphRequestError } from './errors';
import { readAllPages } from './paging';
import { SiteLists } from './site';

export class GraphIndicatorStore implements IndicatorStore {
  private readonly lists: SiteLists;

  constructor(private readonly options: { http: GraphHttp; siteId: string; onBadRow?: (itemId: string, message: string) => void }) {
    this.lists = new SiteLists(options.http, options.siteId);
  }

  private async itemsPath(): Promise<string> {
    return `${this.lists.listPath(await this.lists.require(INDICATORS_LIST))}/items`;
  }

  async all(): Promise<IndicatorRecord[]> {
    const select = selectedFieldNames(INDICATORS_LIST).join(',');
    const rows = await readAllPages<{ id?: string; fields?: Record<string, unknown> }>(this.options.http, `${await this.itemsPath()}?$expand=fields($select=${select})&$top=500`);
    const records: IndicatorRecord[] = [];
    for (const row of rows) {
      const mapped = indicatorFromFields(row.fields ?? {});
      if (mapped.ok) records.push(mapped.value);
      else this.options.onBadRow?.(row.id ?? '?', mapped.message);
    }
    return records;
  }

  async append(record: IndicatorRecord): Promise<void> {
    const fields = indicatorToFields({ ...record, recordedAt: toListDateTime(record.recordedAt) });
    try {
      await this.options.http.post(await this.itemsPath(), { fields });
    } catch (error) {
      // the unique key refused a second create: the first one (a retry's twin) is in the list
      if (error instanceof GraphRequestError && error.status === 409) return;
      throw error;
    }
  }
}
