// My decisions as a history: newest first, each marked when a later decision on the same item in
// the same context replaced it (a changed mind is a new decision, the old one stays on record).
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import type { Decision } from '../../../../domain/taxonomy';

export interface HistoryEntry {
  ack: Acknowledgement;
  /** a later decision on the same item in the same context exists */
  superseded: boolean;
}

export interface HistoryFilter {
  decision?: Decision;
  /** words in the criterion's text or the context's title */
  search?: string;
  latestOnly?: boolean;
}

const key = (ack: Acknowledgement) => `${ack.contextRef}\u001f${ack.checklistItemId}\u001f${ack.actionId ?? ''}`;

export function decisionHistory(acks: readonly Acknowledgement[], filter: HistoryFilter, itemText: (id: string) => string | undefined): HistoryEntry[] {
  const newestFirst = [...acks].sort((a, b) => (a.ackAt < b.ackAt ? 1 : a.ackAt > b.ackAt ? -1 : 0));
  const seen = new Set<string>();
  const entries: HistoryEntry[] = newestFirst.map((ack) => {
    const k = key(ack);
    const superseded = seen.has(k);
    seen.add(k);
    return { ack, superseded };
  });
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(({ ack, superseded }) => {
    if (filter.latestOnly && superseded) return false;
    if (filter.decision && ack.decision !== filter.decision) return false;
    if (words.length > 0) {
      const haystack = `${itemText(ack.checklistItemId) ?? ''} ${ack.contextTitle ?? ''} ${ack.reason ?? ''} ${ack.checklistItemId}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}
