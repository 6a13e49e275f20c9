// The criteria attached to a meeting: one row per meeting, keyed by the unique MeetingId. Saving
// replaces the row's fields; a create refused because the row appeared meanwhile (another
// attendee, or a retried create) becomes an update of that row, except for a first attach
// (`asNew`): that row has an owner now, whose criteria the attacher must not replace unseen.
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { MEETING_CRITERIA_LIST, selectedFieldNames } from '../list-definitions';
import { AttachedMeanwhileError, type MeetingCriteriaStore } from '../ports';
import { meetingCriteriaFromFields, meetingCriteriaToFields, type ListFields } from '../record-fields';
import { deleteListItems } from './batch';
import { filterParam, odataString, type GraphHttp } from './client';
import { GraphRequestError } from './errors';
import { readAllPages, type GraphPage } from './paging';
import { pathSegment, SiteLists } from './site';

interface MeetingRow {
  id?: string;
  createdDateTime?: string;
  fields?: ListFields;
}

/** one row of the list with its item id and when it was made: what the CLI erases and purges by */
export interface MeetingCriteriaRow {
  itemId: string;
  /** ISO 8601: when the first attach made the row */
  created: string;
  criteria: MeetingCriteria;
}

export class GraphMeetingCriteriaStore implements MeetingCriteriaStore {
  private readonly lists: SiteLists;

  constructor(private readonly options: { http: GraphHttp; siteId: string }) {
    this.lists = new SiteLists(options.http, options.siteId);
  }

  private async itemsPath(): Promise<string> {
    return `${this.lists.listPath(await this.lists.require(MEETING_CRITERIA_LIST))}/items`;
  }

  private async row(meetingId: string): Promise<MeetingRow | undefined> {
    const select = selectedFieldNames(MEETING_CRITERIA_LIST).join(',');
    const link = `${await this.itemsPath()}?$expand=fields($select=${select})&${filterParam(`fields/MeetingId eq ${odataString(meetingId)}`)}&$top=1`;
    const page = await this.options.http.get<GraphPage<MeetingRow>>(link);
    return page.value?.[0];
  }

  async get(meetingId: string): Promise<MeetingCriteria | undefined> {
    const row = await this.row(meetingId);
    if (!row) return undefined;
    const mapped = meetingCriteriaFromFields(row.fields ?? {});
    if (!mapped.ok) throw new GraphRequestError(422, 'invalidRow', `meeting criteria row ${row.id ?? '?'}: ${mapped.message}`);
    return mapped.value;
  }

  async save(criteria: MeetingCriteria, options: { asNew?: boolean } = {}): Promise<void> {
    if (!criteria.meetingId.trim()) throw new RangeError('a meeting id is required');
    if (!criteria.attachedBy.trim()) throw new RangeError('attachedBy is required');
    const fields = meetingCriteriaToFields(criteria);
    const itemsPath = await this.itemsPath();
    const update = (id: string) => this.options.http.patch(`${itemsPath}/${pathSegment(id)}/fields`, fields);
    const create = async () => {
      try {
        await this.options.http.post(itemsPath, { fields });
      } catch (error) {
        if (!(error instanceof GraphRequestError) || !error.isRefusal) throw error;
        const appeared = await this.row(criteria.meetingId);
        if (!appeared?.id) throw error;
        if (options.asNew) throw new AttachedMeanwhileError(`criteria were attached to meeting ${criteria.meetingId} a moment ago`);
        await update(appeared.id);
      }
    };
    const existing = await this.row(criteria.meetingId);
    if (!existing?.id) return create();
    if (options.asNew) throw new AttachedMeanwhileError(`criteria were attached to meeting ${criteria.meetingId} a moment ago`);
    try {
      await update(existing.id);
    } catch (error) {
      // the row was removed between reading and writing it: make it anew
      if (error instanceof GraphRequestError && error.status === 404) return create();
      throw error;
    }
  }

  /**
   * every row, for the CLI's erasure and retention (one row per meeting: few enough to read whole);
   * rows that do not read as meeting criteria go to onBadRow
   */
  async rows(onBadRow?: (itemId: string, message: string) => void): Promise<MeetingCriteriaRow[]> {
    const select = selectedFieldNames(MEETING_CRITERIA_LIST).join(',');
    const items = await readAllPages<MeetingRow>(this.options.http, `${await this.itemsPath()}?$expand=fields($select=${select})&$top=500`);
    return items.flatMap((item) => {
      const mapped = meetingCriteriaFromFields(item.fields ?? {});
      if (!mapped.ok || !item.id) {
        onBadRow?.(item.id ?? '?', mapped.ok ? 'no item id' : mapped.message);
        return [];
      }
      return [{ itemId: item.id, created: item.createdDateTime ?? '', criteria: mapped.value }];
    });
  }

  /** deletes rows by item id, batched; a row already gone counts as removed (a retry) */
  async deleteItems(itemIds: readonly string[]): Promise<{ deleted: number; alreadyGone: number }> {
    return deleteListItems(this.options.http, await this.itemsPath(), itemIds);
  }
}
