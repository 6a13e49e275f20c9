// Acknowledgements in the SharePoint list, through Graph. Append-only and idempotent: the AckKey
// column is unique, so a refused create means 'check whether it is there' (a retry of a write that
// did land), never 'write it again'. Reads filter on one indexed column at a time.
import { acknowledgementProblems, type Acknowledgement, type CountedAcknowledgement } from '../../domain/acknowledgement';
import { ACKNOWLEDGEMENTS_LIST, selectedFieldNames, toListDateTime } from '../list-definitions';
import type { AcknowledgementDelta, AcknowledgementStore, AppendOptions, AppendOutcome } from '../ports';
import { acknowledgementFromFields, acknowledgementToFields, COUNTED_FIELD_NAMES, countedAcknowledgementFromFields, type FromFields, type ListFields } from '../record-fields';
import { deleteListItems, runBatch, type BatchRequest } from './batch';
import { filterParam, odataString, type CallOptions, type GraphHttp } from './client';
import { AppendFailedError, InvalidAcknowledgementError } from '../append-errors';
import { GraphRequestError } from './errors';
import { readAllPages, type GraphPage } from './paging';
import { SiteLists } from './site';

export interface BadRow {
  itemId: string;
  message: string;
}

export interface GraphAcknowledgementStoreOptions {
  http: GraphHttp;
  siteId: string;
  /** batches in flight at once when appending many */
  batchConcurrency?: number;
  /** page size asked for in queries (500 by default) */
  pageSize?: number;
  /** page size asked for in delta syncs (1000 by default); the server may give fewer */
  deltaPageSize?: number;
  /** rows that are not valid acknowledgements (edited by hand) are skipped and reported here */
  onBadRow?: (row: BadRow) => void;
}

/** a delta page's item: fields, or a deleted marker */
interface DeltaItem {
  id?: string;
  deleted?: { state?: string } | null;
  fields?: ListFields;
}

/** one page of a delta sync, in the order the rows came: whole acknowledgements, or their counted fields */
export interface DeltaPage<T extends CountedAcknowledgement = Acknowledgement> {
  upserted: T[];
  /** parallel to `upserted` */
  upsertedItemIds: string[];
  deletedItemIds: string[];
  /** rows that are no longer valid acknowledgements (edited by hand; reported through onBadRow) */
  unreadableItemIds: string[];
  /** the old link was refused and this is the first page of a sync from empty */
  restarted: boolean;
}

/** the delta result of this adapter: the port's, plus the list item id of each upserted record */
export interface GraphAcknowledgementDelta extends AcknowledgementDelta {
  /** parallel to `upserted`: the list item id of each, to match later `deletedItemIds` */
  upsertedItemIds: string[];
}

export class GraphAcknowledgementStore implements AcknowledgementStore {
  private readonly lists: SiteLists;
  private readonly select: string;
  private readonly pageSize: number;
  private readonly deltaPageSize: number;

  constructor(private readonly options: GraphAcknowledgementStoreOptions) {
    this.lists = new SiteLists(options.http, options.siteId);
    this.select = selectedFieldNames(ACKNOWLEDGEMENTS_LIST).join(',');
    this.pageSize = options.pageSize ?? 500;
    this.deltaPageSize = options.deltaPageSize ?? 1000;
  }

  private async itemsPath(): Promise<string> {
    return `${this.lists.listPath(await this.lists.require(ACKNOWLEDGEMENTS_LIST))}/items`;
  }

  async append(acks: readonly Acknowledgement[], options: AppendOptions = {}): Promise<AppendOutcome> {
    const call = options.signal ? { signal: options.signal } : undefined;
    const problems = acks.flatMap((ack) => acknowledgementProblems(ack).map((p) => ({ ackKey: ack.ackKey, field: p.field, message: p.message })));
    if (problems.length > 0) throw new InvalidAcknowledgementError(problems);
    const unique = new Map<string, Acknowledgement>();
    for (const ack of acks) if (!unique.has(ack.ackKey)) unique.set(ack.ackKey, ack);
    const outcome: AppendOutcome = { written: [], alreadyPresent: [] };
    if (unique.size === 0) return outcome;
    const itemsPath = await this.itemsPath();
    const refused = new Map<string, GraphRequestError>();
    const failures: { ackKey: string; error: GraphRequestError }[] = [];

    if (unique.size === 1) {
      const [ack] = unique.values();
      try {
        await this.options.http.post(itemsPath, { fields: acknowledgementToFields(ack!) }, call);
        outcome.written.push(ack!.ackKey);
      } catch (error) {
        if (!(error instanceof GraphRequestError)) throw error;
        if (error.isRefusal) refused.set(ack!.ackKey, error);
        else failures.push({ ackKey: ack!.ackKey, error });
      }
    } else {
      const requests: BatchRequest[] = [...unique.values()].map((ack) => ({
        id: ack.ackKey,
        method: 'POST',
        url: itemsPath,
        body: { fields: acknowledgementToFields(ack) },
      }));
      const results = await runBatch(this.options.http, requests, { concurrency: this.options.batchConcurrency });
      for (const key of unique.keys()) {
        const result = results.get(key);
        if (result && !result.error) outcome.written.push(key);
        else if (result?.error?.isRefusal) refused.set(key, result.error);
        else failures.push({ ackKey: key, error: result?.error ?? new GraphRequestError(0, 'noResult', 'no answer for this write') });
      }
    }

    if (refused.size > 0) {
      const present = await this.existingKeys([...refused.keys()], itemsPath, call);
      for (const [key, error] of refused) {
        if (present.has(key)) outcome.alreadyPresent.push(key);
        else failures.push({ ackKey: key, error });
      }
    }
    if (failures.length > 0) throw new AppendFailedError(outcome, failures);
    return outcome;
  }

  /** which of these keys the list already holds; one indexed filter per key */
  private async existingKeys(keys: string[], itemsPath: string, call?: CallOptions): Promise<Set<string>> {
    const lookup = (key: string) =>
      `${itemsPath}?$select=id&$expand=fields($select=AckKey)&${filterParam(`fields/AckKey eq ${odataString(key)}`)}&$top=1`;
    const present = new Set<string>();
    if (keys.length === 1) {
      const page = await this.options.http.get<GraphPage<DeltaItem>>(lookup(keys[0]!), call);
      if ((page.value ?? []).length > 0) present.add(keys[0]!);
      return present;
    }
    const results = await runBatch(
      this.options.http,
      keys.map((key) => ({ id: key, method: 'GET', url: lookup(key) })),
      { concurrency: this.options.batchConcurrency },
    );
    for (const key of keys) {
      const result = results.get(key);
      if (result?.error) throw result.error;
      if (((result?.body as GraphPage<DeltaItem> | undefined)?.value ?? []).length > 0) present.add(key);
    }
    return present;
  }

  private async query(filter: string): Promise<Acknowledgement[]> {
    const link = `${await this.itemsPath()}?$expand=fields($select=${this.select})&${filterParam(filter)}&$top=${this.pageSize}`;
    const items = await readAllPages<DeltaItem>(this.options.http, link);
    const acks = items.flatMap((item) => this.toAcknowledgement(item));
    return acks.sort((a, b) => (a.ackAt < b.ackAt ? -1 : a.ackAt > b.ackAt ? 1 : 0));
  }

  /**
   * the rows with their list item ids, for removing them: those of one person (indexed StaffAadId)
   * or those made before a moment (indexed AckAt)
   */
  async findItems(where: { staffAadId: string } | { before: string }): Promise<{ itemId: string; ack: Acknowledgement }[]> {
    const filter =
      'staffAadId' in where ? `fields/StaffAadId eq ${odataString(where.staffAadId)}` : `fields/AckAt lt ${odataString(toListDateTime(where.before))}`;
    const link = `${await this.itemsPath()}?$expand=fields($select=${this.select})&${filterParam(filter)}&$top=${this.pageSize}`;
    const items = await readAllPages<DeltaItem>(this.options.http, link);
    return items.flatMap((item) => this.toAcknowledgement(item).map((ack) => ({ itemId: item.id ?? '', ack })));
  }

  /** deletes list items by id, batched; an item already gone counts as removed (a retry) */
  async deleteItems(itemIds: readonly string[]): Promise<{ deleted: number; alreadyGone: number }> {
    return deleteListItems(this.options.http, await this.itemsPath(), itemIds, { concurrency: this.options.batchConcurrency });
  }

  forContext(contextRef: string): Promise<Acknowledgement[]> {
    return this.query(`fields/ContextRef eq ${odataString(contextRef)}`);
  }

  forStaff(staffAadId: string): Promise<Acknowledgement[]> {
    return this.query(`fields/StaffAadId eq ${odataString(staffAadId)}`);
  }

  since(isoDate: string): Promise<Acknowledgement[]> {
    // SharePoint keeps whole seconds: round down so the moment itself is included
    return this.query(`fields/AckAt ge ${odataString(toListDateTime(isoDate))}`);
  }

  async sync(deltaLink?: string, onProgress?: (itemsSoFar: number) => void): Promise<GraphAcknowledgementDelta> {
    const upserted = new Map<string, Acknowledgement>();
    const deleted = new Set<string>();
    const end = await this.syncPages(deltaLink, (page) => {
      if (page.restarted) {
        upserted.clear();
        deleted.clear();
      }
      for (const id of page.deletedItemIds) {
        upserted.delete(id);
        deleted.add(id);
      }
      page.upserted.forEach((ack, i) => {
        const id = page.upsertedItemIds[i]!;
        deleted.delete(id);
        upserted.set(id, ack);
      });
      onProgress?.(upserted.size + deleted.size);
    });
    return { upserted: [...upserted.values()], upsertedItemIds: [...upserted.keys()], deletedItemIds: [...deleted], ...end };
  }

  /**
   * the changes since `deltaLink` (or everything) one page at a time, for a copy too large to hold
   * twice in memory: `onPage` may be async and is awaited before the next page is asked for. A page
   * with `restarted` comes first after SharePoint refused the old link: drop what you hold.
   */
  syncPages(deltaLink: string | undefined, onPage: (page: DeltaPage) => void | Promise<void>): Promise<{ deltaLink: string; restarted: boolean }> {
    return this.deltaPages(deltaLink, `$expand=fields($select=${this.select})`, acknowledgementFromFields, onPage);
  }

  /**
   * as syncPages, asking Graph for the counted fields only (COUNTED_FIELD_NAMES) and the item's id
   * and deletion marker, nothing else: a third of the bytes to make, send and read, and no document
   * title reaches the server's metrics copy. A delta link of either kind serves both (Graph keeps
   * the first request's options in it; fields beyond the counted ones are ignored).
   */
  syncCountedPages(
    deltaLink: string | undefined,
    onPage: (page: DeltaPage<CountedAcknowledgement>) => void | Promise<void>,
  ): Promise<{ deltaLink: string; restarted: boolean }> {
    return this.deltaPages(deltaLink, `$select=id,deleted&$expand=fields($select=${COUNTED_FIELD_NAMES.join(',')})`, countedAcknowledgementFromFields, onPage);
  }

  private async deltaPages<T extends CountedAcknowledgement>(
    deltaLink: string | undefined,
    query: string,
    read: (fields: ListFields) => FromFields<T>,
    onPage: (page: DeltaPage<T>) => void | Promise<void>,
  ): Promise<{ deltaLink: string; restarted: boolean }> {
    const start = async () => `${await this.itemsPath()}/delta?${query}&$top=${this.deltaPageSize}`;
    let link = deltaLink ?? (await start());
    let restarted = false;
    let announceRestart = false;
    for (;;) {
      let page: GraphPage<DeltaItem>;
      try {
        page = await this.options.http.get<GraphPage<DeltaItem>>(link);
      } catch (error) {
        // the delta link expired: start again from empty, and say so, since the caller must
        // replace what it holds rather than merge
        if (error instanceof GraphRequestError && error.status === 410 && !restarted) {
          restarted = true;
          announceRestart = true;
          link = error.details.location && isUsableRestart(error.details.location) ? error.details.location : await start();
          continue;
        }
        throw error;
      }
      const changes: DeltaPage<T> = { upserted: [], upsertedItemIds: [], deletedItemIds: [], unreadableItemIds: [], restarted: announceRestart };
      announceRestart = false;
      for (const item of page.value ?? []) {
        if (!item.id) continue;
        if (item.deleted) {
          changes.deletedItemIds.push(item.id);
          continue;
        }
        const mapped = read(item.fields ?? {});
        if (mapped.ok) {
          changes.upserted.push(mapped.value);
          changes.upsertedItemIds.push(item.id);
        } else {
          this.options.onBadRow?.({ itemId: item.id, message: mapped.message });
          changes.unreadableItemIds.push(item.id);
        }
      }
      await onPage(changes);
      if (page['@odata.nextLink']) {
        link = page['@odata.nextLink'];
        continue;
      }
      const next = page['@odata.deltaLink'];
      if (!next) throw new GraphRequestError(502, 'invalidResponse', 'a delta page had neither a next link nor a delta link');
      return { deltaLink: next, restarted };
    }
  }

  private toAcknowledgement(item: DeltaItem): Acknowledgement[] {
    const mapped = acknowledgementFromFields(item.fields ?? {});
    if (mapped.ok) return [mapped.value];
    this.options.onBadRow?.({ itemId: item.id ?? '', message: mapped.message });
    return [];
  }
}

// an absolute Location that restarts a delta query; anything else, and we start afresh ourselves
function isUsableRestart(location: string): boolean {
  return /^https?:\/\/[^?]*\/items\/delta(\?|$)/.test(location);
}
