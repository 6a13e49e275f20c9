// A row of the metrics cache's file: the fields the figures count, as a JSON array in a fixed
// order. Shorter than the acknowledgement (no keys, no document title, no versions), so a first
// sync writes less, and the file keeps no more about a person's choice than the figures need
// (contextRef arrives here as the cache's keyed hash of the document's reference, not the address).
import type { ContextType, Decision, ProductGroupId } from '../../domain/taxonomy';
import type { CountedAcknowledgement } from '../../domain/metrics';

type StoredRow = [
  ackKey: string,
  checklistItemId: string,
  checklistId: string,
  actionId: string | null,
  productGroup: string | null,
  decision: string,
  reason: string | null,
  contextType: string,
  contextRef: string,
  team: string | null,
  staffAadId: string,
  ackAt: string,
];

export function storedOfCounted(ack: CountedAcknowledgement): string {
  const row: StoredRow = [
    ack.ackKey,
    ack.checklistItemId,
    ack.checklistId,
    ack.actionId ?? null,
    ack.productGroup ?? null,
    ack.decision,
    ack.reason ?? null,
    ack.contextType,
    ack.contextRef,
    ack.team ?? null,
    ack.staffAadId,
    ack.ackAt,
  ];
  return JSON.stringify(row);
}

/** the counted fields of a stored row, as they were written (the columns skip a decision they cannot read) */
export function countedOfStored(text: string): CountedAcknowledgement {
  const row = JSON.parse(text) as StoredRow;
  if (!Array.isArray(row) || row.length !== 12) throw new Error('the metrics cache holds a row of another layout');
  const [ackKey, checklistItemId, checklistId, actionId, productGroup, decision, reason, contextType, contextRef, team, staffAadId, ackAt] = row;
  const ack: CountedAcknowledgement = {
    ackKey,
    checklistItemId,
    checklistId,
    decision: decision as Decision,
    contextType: contextType as ContextType,
    contextRef,
    staffAadId,
    ackAt,
  };
  if (actionId !== null) ack.actionId = actionId;
  if (productGroup !== null) ack.productGroup = productGroup as ProductGroupId;
  if (reason !== null) ack.reason = reason;
  if (team !== null) ack.team = team;
  return ack;
}
