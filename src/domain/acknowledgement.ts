// An acknowledgement is one recorded decision on a checklist item (or a programme action) in a
// context. Acknowledgements are append-only: a changed mind is a new acknowledgement.
import {
  CONTEXT_TYPES,
  DECISIONS,
  DECISIONS_WITH_REASON,
  SOURCES,
  type ContextType,
  type Decision,
  type ProductGroupId,
  type Source,
} from './taxonomy';
import { CONTENT_ID } from './ids';
import { isDocumentVersion, MAX_DOCUMENT_VERSION } from './documents/document-version';

export interface Acknowledgement {
  /** idempotency key made by the client; retrying a write with the same key never adds a row */
  ackKey: string;
  checklistItemId: string;
  checklistId: string;
  /** a programme action the decision belongs to, when it was made on an action */
  actionId?: string;
  productGroup?: ProductGroupId;
  decision: Decision;
  reason?: string;
  contextType: ContextType;
  /** what the decision was about: a document fingerprint, a meeting id, a message id… */
  contextRef: string;
  contextTitle?: string;
  /** the version of the document (contextRef) the choice was made on; absent before versions were kept */
  documentVersion?: number;
  source: Source;
  team?: string;
  /** the Entra object id of the person who decided */
  staffAadId: string;
  contentVersion: string;
  appVersion: string;
  /** ISO 8601 UTC */
  ackAt: string;
}

export type AcknowledgementProblem = { field: keyof Acknowledgement; message: string };

/** the limits of an acknowledgement, defined once: the list's columns and the key the client makes */
export const ACKNOWLEDGEMENT_LIMITS = {
  /** a reason is a multi-line text column; longer reasons are refused, never cut */
  reasonMax: 1000,
  /** SharePoint's single line of text holds 255 characters; a longer title is shortened */
  titleMax: 255,
  contextRefMax: 255,
  ackKey: /^[A-Za-z0-9_-]{8,64}$/,
} as const;

/** SharePoint's single line of text holds 255 characters */
export const MAX_TITLE = ACKNOWLEDGEMENT_LIMITS.titleMax;
export const MAX_REASON = ACKNOWLEDGEMENT_LIMITS.reasonMax;

/** what an acknowledgement is made from, on any surface */
export interface AcknowledgementInput {
  ackKey: string;
  /** a checklist item (with its checklist), or a programme action, or both */
  subject: { checklistItemId?: string; checklistId?: string; actionId?: string; productGroup?: ProductGroupId };
  decision: Decision;
  reason?: string;
  context: { contextType: ContextType; contextRef: string; contextTitle?: string; documentVersion?: number };
  source: Source;
  staffAadId: string;
  team?: string;
  contentVersion: string;
  appVersion: string;
  at: Date;
}

/** a title cut to the column's length, with an ellipsis where it was cut */
export function shortenedTitle(title: string): string {
  const max = ACKNOWLEDGEMENT_LIMITS.titleMax;
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

/**
 * the one way an acknowledgement is made: trims, keeps a reason only where the decision asks for
 * one, shortens the title and leaves empty optional values out. It does not judge: check the
 * result with acknowledgementProblems before storing it.
 */
export function acknowledgementOf(input: AcknowledgementInput): Acknowledgement {
  const ack: Acknowledgement = {
    ackKey: input.ackKey,
    checklistItemId: input.subject.checklistItemId?.trim() ?? '',
    checklistId: input.subject.checklistId?.trim() ?? '',
    decision: input.decision,
    contextType: input.context.contextType,
    contextRef: input.context.contextRef.trim(),
    source: input.source,
    staffAadId: input.staffAadId.trim(),
    contentVersion: input.contentVersion,
    appVersion: input.appVersion,
    ackAt: input.at.toISOString(),
  };
  const actionId = input.subject.actionId?.trim();
  if (actionId) ack.actionId = actionId;
  if (input.subject.productGroup) ack.productGroup = input.subject.productGroup;
  const reason = input.reason?.trim();
  if (reason && DECISIONS_WITH_REASON.has(input.decision)) ack.reason = reason;
  const title = input.context.contextTitle?.trim();
  if (title) ack.contextTitle = shortenedTitle(title);
  if (input.context.documentVersion !== undefined) ack.documentVersion = input.context.documentVersion;
  const team = input.team?.trim();
  if (team) ack.team = team;
  return ack;
}

/** the fields the dashboard's figures count (src/domain/metrics): no title, no source, no versions */
export type CountedAcknowledgement = Pick<
  Acknowledgement,
  'ackKey' | 'checklistItemId' | 'checklistId' | 'actionId' | 'productGroup' | 'decision' | 'reason' | 'contextType' | 'contextRef' | 'team' | 'staffAadId' | 'ackAt'
>;

/** the problems that make an acknowledgement unfit to store; empty when it is fine */
export function acknowledgementProblems(ack: Acknowledgement): AcknowledgementProblem[] {
  return problemsOf(ack, true);
}

/**
 * the same rules for the counted fields alone, for a reader that asks the list for only those
 * (the server's metrics copy): a row passes here exactly when its counted fields would pass above
 */
export function countedAcknowledgementProblems(ack: CountedAcknowledgement): AcknowledgementProblem[] {
  return problemsOf(ack, false);
}

// checks written out rather than through a helper closure: a copy of a million rows checks each
// row here, and a closure made per call costs more than the checks themselves
function problemsOf(ack: CountedAcknowledgement & Partial<Acknowledgement>, whole: boolean): AcknowledgementProblem[] {
  const { reasonMax, titleMax, contextRefMax, ackKey } = ACKNOWLEDGEMENT_LIMITS;
  const problems: AcknowledgementProblem[] = [];
  if (!ackKey.test(ack.ackKey)) problems.push({ field: 'ackKey', message: 'must be 8 to 64 letters, digits, - or _' });
  if (ack.checklistItemId.length === 0 && !ack.actionId) problems.push({ field: 'checklistItemId', message: 'an item or an action is required' });
  if (!(DECISIONS as readonly string[]).includes(ack.decision)) problems.push({ field: 'decision', message: 'is not a known decision' });
  if (!(CONTEXT_TYPES as readonly string[]).includes(ack.contextType)) problems.push({ field: 'contextType', message: 'is not a known context type' });
  if (whole && !(SOURCES as readonly (string | undefined)[]).includes(ack.source)) problems.push({ field: 'source', message: 'is not a known source' });
  if (ack.productGroup !== undefined && !CONTENT_ID.test(ack.productGroup)) {
    problems.push({ field: 'productGroup', message: 'must be a product group id (lower-case words joined by hyphens)' });
  }
  if (DECISIONS_WITH_REASON.has(ack.decision) && (ack.reason?.trim().length ?? 0) === 0) problems.push({ field: 'reason', message: 'a reason is required for this decision' });
  if ((ack.reason?.length ?? 0) > reasonMax) problems.push({ field: 'reason', message: `must be at most ${reasonMax} characters` });
  if (whole && (ack.contextTitle?.length ?? 0) > titleMax) problems.push({ field: 'contextTitle', message: `must be at most ${titleMax} characters` });
  if (ack.contextRef.length === 0 || ack.contextRef.length > contextRefMax) problems.push({ field: 'contextRef', message: `is required (at most ${contextRefMax} characters)` });
  if (whole && ack.documentVersion !== undefined && !isDocumentVersion(ack.documentVersion)) {
    problems.push({ field: 'documentVersion', message: `must be a whole number from 1 to ${MAX_DOCUMENT_VERSION}` });
  }
  if (ack.staffAadId.length === 0) problems.push({ field: 'staffAadId', message: 'is required' });
  if (Number.isNaN(Date.parse(ack.ackAt))) problems.push({ field: 'ackAt', message: 'must be an ISO date-time' });
  return problems;
}

/**
 * a deterministic key for a decision that may be submitted more than once (a card button clicked
 * twice, a queued write retried): the same inputs give the same key.
 */
export function ackKeyFor(...parts: string[]): string {
  // two independent 32-bit FNV-1a hashes give 64 bits: ample for keys scoped to one list
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const text = parts.join('\u001f');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return `k${(h1 >>> 0).toString(36).padStart(7, '0')}${(h2 >>> 0).toString(36).padStart(7, '0')}`;
}

/** the latest decision per checklist item, for showing earlier decisions instead of asking again */
export function latestDecisions(acks: readonly Acknowledgement[]): Map<string, Acknowledgement> {
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acks) {
    const seen = latest.get(ack.checklistItemId);
    if (!seen || seen.ackAt <= ack.ackAt) latest.set(ack.checklistItemId, ack);
  }
  return latest;
}
