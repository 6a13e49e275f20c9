// Acknowledgement and MeetingCriteria <-> list fields, in one place. Writing omits empty optional
// values; reading accepts what SharePoint returns (missing or null for empty) and reports a row it
// cannot turn back into a valid record instead of guessing.
import { acknowledgementProblems, countedAcknowledgementProblems, type Acknowledgement, type CountedAcknowledgement } from '../domain/acknowledgement';
import type { MeetingCriteria } from '../domain/meeting-criteria';
import type { ContextType, Decision, ProductGroupId, Source } from '../domain/taxonomy';
import { SINGLE_LINE_MAX, toListDateTime } from './list-definitions';

export type ListFields = Record<string, unknown>;

export type FromFields<T> = { ok: true; value: T } | { ok: false; message: string };

const clip = (value: string): string => (value.length > SINGLE_LINE_MAX ? `${value.slice(0, SINGLE_LINE_MAX - 1)}…` : value);

function optional(fields: ListFields, name: string, value: string | undefined): void {
  if (value !== undefined && value !== '') fields[name] = value;
}

function readText(fields: ListFields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** the fields of a new row in the Acknowledgements list */
export function acknowledgementToFields(ack: Acknowledgement): ListFields {
  const subject = ack.checklistItemId || ack.actionId || '';
  const fields: ListFields = {
    Title: clip(`${ack.decision}: ${subject}`),
    AckKey: ack.ackKey,
    Decision: ack.decision,
    ContextType: ack.contextType,
    ContextRef: ack.contextRef,
    Source: ack.source,
    StaffAadId: ack.staffAadId,
    ContentVersion: ack.contentVersion,
    AppVersion: ack.appVersion,
    AckAt: toListDateTime(ack.ackAt),
  };
  optional(fields, 'ChecklistItemId', ack.checklistItemId);
  optional(fields, 'ChecklistId', ack.checklistId);
  optional(fields, 'ActionId', ack.actionId);
  optional(fields, 'ProductGroup', ack.productGroup);
  optional(fields, 'Reason', ack.reason);
  optional(fields, 'ContextTitle', ack.contextTitle);
  optional(fields, 'Team', ack.team);
  if (ack.documentVersion !== undefined) fields.DocumentVersion = ack.documentVersion;
  return fields;
}

/** an acknowledgement from a row's fields, or why the row is not one */
export function acknowledgementFromFields(fields: ListFields): FromFields<Acknowledgement> {
  const ack: Acknowledgement = {
    ...countedFields(fields),
    source: (readText(fields, 'Source') ?? '') as Source,
    contentVersion: readText(fields, 'ContentVersion') ?? '',
    appVersion: readText(fields, 'AppVersion') ?? '',
  };
  const contextTitle = readText(fields, 'ContextTitle');
  if (contextTitle) ack.contextTitle = contextTitle;
  // a number column; an empty cell (older rows) reads as absent
  const version = fields.DocumentVersion;
  if (typeof version === 'number') ack.documentVersion = version;
  return checked(ack, acknowledgementProblems(ack));
}

/** the list columns the dashboard's figures count: what the server's metrics copy asks Graph for */
export const COUNTED_FIELD_NAMES = ['AckKey', 'ChecklistItemId', 'ChecklistId', 'ActionId', 'ProductGroup', 'Decision', 'Reason', 'ContextType', 'ContextRef', 'Team', 'StaffAadId', 'AckAt'] as const;

/** the counted fields of a row (COUNTED_FIELD_NAMES), checked by the same rules as a whole acknowledgement */
export function countedAcknowledgementFromFields(fields: ListFields): FromFields<CountedAcknowledgement> {
  const ack = countedFields(fields);
  return checked(ack, countedAcknowledgementProblems(ack));
}

function countedFields(fields: ListFields): CountedAcknowledgement {
  const ack: CountedAcknowledgement = {
    ackKey: readText(fields, 'AckKey') ?? '',
    checklistItemId: readText(fields, 'ChecklistItemId') ?? '',
    checklistId: readText(fields, 'ChecklistId') ?? '',
    decision: (readText(fields, 'Decision') ?? '') as Decision,
    contextType: (readText(fields, 'ContextType') ?? '') as ContextType,
    contextRef: readText(fields, 'ContextRef') ?? '',
    staffAadId: readText(fields, 'StaffAadId') ?? '',
    ackAt: readText(fields, 'AckAt') ?? '',
  };
  const actionId = readText(fields, 'ActionId');
  if (actionId) ack.actionId = actionId;
  const productGroup = readText(fields, 'ProductGroup');
  if (productGroup) ack.productGroup = productGroup as ProductGroupId;
  const reason = readText(fields, 'Reason');
  if (reason) ack.reason = reason;
  const team = readText(fields, 'Team');
  if (team) ack.team = team;
  return ack;
}

function checked<T>(value: T, problems: readonly { field: string; message: string }[]): FromFields<T> {
  if (problems.length > 0) return { ok: false, message: problems.map((p) => `${p.field} ${p.message}`).join('; ') };
  return { ok: true, value };
}

/** ids in one text cell: separated by commas, spaces or new lines */
export function splitIds(cell: unknown): string[] {
  if (typeof cell !== 'string') return [];
  return cell.split(/[\s,;]+/).filter((id) => id !== '');
}

export function joinIds(ids: readonly string[]): string {
  return ids.join(', ');
}

/** the fields of the meeting's row in the Meeting criteria list */
export function meetingCriteriaToFields(criteria: MeetingCriteria): ListFields {
  const fields: ListFields = {
    Title: clip(criteria.subject || criteria.meetingId),
    MeetingId: criteria.meetingId,
    ChecklistItemIds: joinIds(criteria.checklistItemIds),
    AttachedBy: criteria.attachedBy,
    Subject: clip(criteria.subject),
  };
  if (criteria.start) fields.Start = toListDateTime(criteria.start);
  return fields;
}

export function meetingCriteriaFromFields(fields: ListFields): FromFields<MeetingCriteria> {
  const meetingId = readText(fields, 'MeetingId');
  const attachedBy = readText(fields, 'AttachedBy');
  if (!meetingId) return { ok: false, message: 'MeetingId is required' };
  if (!attachedBy) return { ok: false, message: 'AttachedBy is required' };
  const criteria: MeetingCriteria = {
    meetingId,
    checklistItemIds: splitIds(fields.ChecklistItemIds),
    attachedBy,
    subject: readText(fields, 'Subject') ?? '',
  };
  const start = readText(fields, 'Start');
  if (start) criteria.start = start;
  return { ok: true, value: criteria };
}
