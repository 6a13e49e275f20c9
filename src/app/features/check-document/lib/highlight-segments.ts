// Splits a text into plain and highlighted parts from the matcher's evidence, so the page can show
// why a product group was suggested. Overlapping or touching evidence is merged into one mark.
import type { Evidence } from '../../../../domain/matcher';

export interface Segment {
  text: string;
  /** the product groups (or 'document-type') whose evidence this part is */
  marks: string[];
}

export interface LabelledEvidence extends Pick<Evidence, 'start' | 'end'> {
  label: string;
}

export function highlightSegments(text: string, evidence: readonly LabelledEvidence[]): Segment[] {
  const ranges = evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start)
    .map((e) => ({ start: e.start, end: e.end, marks: [e.label] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; marks: string[] }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      for (const m of range.marks) if (!last.marks.includes(m)) last.marks.push(m);
    } else {
      merged.push({ ...range, marks: [...range.marks] });
    }
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), marks: [] });
    segments.push({ text: text.slice(range.start, range.end), marks: range.marks });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marks: [] });
  return segments;
}
