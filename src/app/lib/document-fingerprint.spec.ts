import { documentFingerprint } from './document-fingerprint';

describe('documentFingerprint', () => {
  const draft = 'Aanbesteding onderhoud wegen 2027.\nHet bestek omvat asfalt.';

  it('is the same for the same draft, whatever the whitespace and case', () => {
    expect(documentFingerprint(draft, 'Bestek')).toBe(documentFingerprint(`  ${draft.toUpperCase().replace('\n', '\n\n  ')} `, 'bestek'));
  });

  it('differs for another title or another opening', () => {
    expect(documentFingerprint(draft, 'Bestek A')).not.toBe(documentFingerprint(draft, 'Bestek B'));
    expect(documentFingerprint(draft, '')).not.toBe(documentFingerprint(`${draft} Extra.`, ''));
  });

  it('ignores edits after the first 2,000 characters', () => {
    const long = 'x '.repeat(1500);
    expect(documentFingerprint(`${long} einde A`, '')).toBe(documentFingerprint(`${long} einde B`, ''));
  });

  it('fits the message extension and acknowledgement rules for a context ref', () => {
    const ref = documentFingerprint(draft, 'Bestek')!;
    expect(ref).toMatch(/^[\w:.\-/#@]+$/);
    expect(ref.length).toBeLessThanOrEqual(255);
    expect(documentFingerprint('   ', 'Bestek')).toBeUndefined();
  });
});
