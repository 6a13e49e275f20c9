// My choices as documents: each document with the newest choice per criterion that fits the
// filters, the document with the newest choice first. A search finds a document by its title, or
// the choices whose criterion, reason or id hold every word.
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import type { DocumentRecord } from '../../../../domain/documents';
import type { Decision } from '../../../../domain/taxonomy';

export interface DocumentFilter {
  /** the newest choice on a criterion is this */
  decision?: Decision;
  search?: string;
}

export interface DocumentView {
  record: DocumentRecord;
  /** the newest choice per criterion that fits the filters, newest first */
  shown: Acknowledgement[];
}

const wordsOf = (text: string | undefined) => (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);

export function documentViews(records: readonly DocumentRecord[], filter: DocumentFilter, itemText: (id: string) => string | undefined): DocumentView[] {
  const words = wordsOf(filter.search);
  const views: DocumentView[] = [];
  for (const record of records) {
    const title = record.summary.title.toLowerCase();
    const titleFits = words.every((w) => title.includes(w));
    const shown = record.latest.filter((ack) => {
      if (filter.decision && ack.decision !== filter.decision) return false;
      if (titleFits) return true;
      const haystack = `${itemText(ack.checklistItemId) ?? ''} ${ack.reason ?? ''} ${ack.checklistItemId} ${ack.actionId ?? ''}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    if (shown.length > 0) views.push({ record, shown });
  }
  return views;
}
