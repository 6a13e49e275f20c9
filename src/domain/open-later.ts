// A person's open 'later' items: criteria they put aside to look at later and have not decided
// since, per document (or meeting, or message). The weekly reminder lists them.
import type { Acknowledgement } from './acknowledgement';
import type { ContextType } from './taxonomy';

export interface OpenLaterItem {
  itemId: string;
  checklistId: string;
  contextRef: string;
  contextType: ContextType;
  contextTitle?: string;
  /** when it was put aside (ISO 8601) */
  at: string;
}

/**
 * the person's criteria whose latest choice in their context is 'later', the most recently put
 * aside first; attaching a criterion to a meeting is no choice and leaves it as it was
 */
export function openLaterItems(acks: readonly Acknowledgement[], personId: string): OpenLaterItem[] {
  const person = personId.toLowerCase();
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acks) {
    if (ack.staffAadId.toLowerCase() !== person || !ack.checklistItemId || ack.decision === 'attached') continue;
    const key = `${ack.contextRef}\u001f${ack.checklistItemId}`;
    const seen = latest.get(key);
    if (!seen || seen.ackAt < ack.ackAt || (seen.ackAt === ack.ackAt && seen.ackKey < ack.ackKey)) latest.set(key, ack);
  }
  return [...latest.values()]
    .filter((ack) => ack.decision === 'later')
    .sort((a, b) => (a.ackAt === b.ackAt ? 0 : a.ackAt < b.ackAt ? 1 : -1))
    .map((ack) => {
      const item: OpenLaterItem = { itemId: ack.checklistItemId, checklistId: ack.checklistId, contextRef: ack.contextRef, contextType: ack.contextType, at: ack.ackAt };
      if (ack.contextTitle) item.contextTitle = ack.contextTitle;
      return item;
    });
}
