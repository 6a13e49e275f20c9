// For a list written before the server became the one writer: which rows name a person other
// than the account SharePoint recorded as their creator (Created By)? Such a row was recorded by
// one person in another's name. Rows created by an app (the server, the CLI's seed) are counted
// apart: their person comes from a validated token, not from the row's creator.
import { ACKNOWLEDGEMENTS_LIST } from '../list-definitions';
import type { GraphHttp } from './client';
import { readAllPages } from './paging';
import { SiteLists } from './site';

export interface AuthorMismatch {
  itemId: string;
  ackKey: string;
  staffAadId: string;
  createdById: string;
  createdByName: string;
}

export interface AuthorAudit {
  rows: number;
  /** created by an app (app-only), or by one of `appIds` */
  byApp: number;
  /** created by the person the row names */
  byThePerson: number;
  mismatched: AuthorMismatch[];
}

interface AuditItem {
  id: string;
  createdBy?: { user?: { id?: string; displayName?: string }; application?: { id?: string } };
  fields?: { StaffAadId?: string; AckKey?: string };
}

export async function auditAuthors(http: GraphHttp, siteId: string, options: { appIds?: readonly string[] } = {}): Promise<AuthorAudit> {
  const lists = new SiteLists(http, siteId);
  const path = `${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}/items?$select=id,createdBy&$expand=fields($select=StaffAadId,AckKey)&$top=1000`;
  const items = await readAllPages<AuditItem>(http, path);
  const apps = new Set((options.appIds ?? []).map((id) => id.toLowerCase()));
  const audit: AuthorAudit = { rows: items.length, byApp: 0, byThePerson: 0, mismatched: [] };
  for (const item of items) {
    const creator = item.createdBy?.user?.id?.toLowerCase();
    if (item.createdBy?.application || !creator || apps.has(creator)) {
      audit.byApp++;
      continue;
    }
    const staff = item.fields?.StaffAadId ?? '';
    if (staff.toLowerCase() === creator) audit.byThePerson++;
    else audit.mismatched.push({ itemId: item.id, ackKey: item.fields?.AckKey ?? '', staffAadId: staff, createdById: creator, createdByName: item.createdBy?.user?.displayName ?? '' });
  }
  return audit;
}
