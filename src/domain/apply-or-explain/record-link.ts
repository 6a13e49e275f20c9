// The link that shares an apply-or-explain record in Teams: the check page's address with the
// document's reference, the checklists that fit it and its title. Pasted or shared in a chat, the
// message extension unfurls it into the record's card, made from the sharer's own choices; opened
// in a browser it is the check page.
import { appHashOf, trimmedBase } from '../app-pages';
import { CONTENT_ID } from '../ids';

export interface RecordLinkTarget {
  contextRef: string;
  checklistIds: string[];
  title?: string;
}

export const RECORD_LINK_LIMITS = { contextRef: 255, checklists: 30, title: 255 } as const;

export function recordLink(publicBaseUrl: string, target: RecordLinkTarget): string {
  const query = new URLSearchParams({ record: target.contextRef, checklists: target.checklistIds.slice(0, RECORD_LINK_LIMITS.checklists).join(',') });
  const title = target.title?.trim().slice(0, RECORD_LINK_LIMITS.title);
  if (title) query.set('title', title);
  return `${trimmedBase(publicBaseUrl)}/#/check?${query}`;
}

/** the record a link of this app points to; undefined for any other link or a malformed one */
export function parseRecordLink(publicBaseUrl: string, link: string): RecordLinkTarget | undefined {
  const match = /^#\/check\?(.*)$/.exec(appHashOf(publicBaseUrl, link) ?? '');
  if (!match) return undefined;
  const query = new URLSearchParams(match[1]);
  const contextRef = query.get('record')?.trim() ?? '';
  const checklistIds = (query.get('checklists') ?? '').split(',').filter(Boolean);
  if (!contextRef || contextRef.length > RECORD_LINK_LIMITS.contextRef) return undefined;
  if (checklistIds.length > RECORD_LINK_LIMITS.checklists || !checklistIds.every((id) => id.length <= 100 && CONTENT_ID.test(id))) return undefined;
  const target: RecordLinkTarget = { contextRef, checklistIds };
  const title = query.get('title')?.trim();
  if (title) target.title = title.slice(0, RECORD_LINK_LIMITS.title);
  return target;
}
