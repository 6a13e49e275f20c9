import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('marks evidence and keeps every character of the text, in order', () => {
    const text = 'Onderhoud van asfalt en klinkers.';
    const segments = highlightSegments(text, [
      { start: 14, end: 20, label: 'Wegen' },
      { start: 24, end: 32, label: 'Wegen' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.marks.length > 0).map((s) => s.text)).toEqual(['asfalt', 'klinkers']);
  });

  it('merges overlapping evidence of two groups into one mark naming both', () => {
    const segments = highlightSegments('speeltoestellen', [
      { start: 0, end: 15, label: 'Straatmeubilair' },
      { start: 5, end: 15, label: 'Groen' },
    ]);
    expect(segments).toEqual([{ text: 'speeltoestellen', marks: ['Straatmeubilair', 'Groen'] }]);
  });

  it('ignores evidence outside the text (a stale result)', () => {
    expect(highlightSegments('kort', [{ start: 2, end: 40, label: 'x' }])).toEqual([{ text: 'kort', marks: [] }]);
  });
});
