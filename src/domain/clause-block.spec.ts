import { buildClauseBlock } from './clause-block';

describe('buildClauseBlock', () => {
  const items = [
    { id: 'a', text: 'Hergebruik van bestaande tegels', checklist: 'Verharding' },
    { id: 'b', text: 'LED-armaturen met vervangbare onderdelen', checklist: 'Openbare verlichting' },
    { id: 'c', text: 'Secundair granulaat in de fundering', checklist: 'Verharding' },
  ];

  it('groups the criteria under their checklist, in the order chosen, with a Dutch heading', () => {
    const html = buildClauseBlock('nl', items);
    expect(html).toMatch(/^<h3 lang="nl">Circulaire criteria<\/h3>/);
    expect(html.indexOf('Verharding')).toBeLessThan(html.indexOf('Openbare verlichting'));
    expect(html.match(/<ol[^>]*><li>Hergebruik van bestaande tegels<\/li><li>Secundair granulaat in de fundering<\/li><\/ol>/)).not.toBeNull();
  });

  it('writes English words for an English document and escapes what it shows', () => {
    const html = buildClauseBlock('en', [{ id: 'x', text: 'Steel <b>& "glass"</b>', checklist: 'A&B' }]);
    expect(html).toContain('Circular criteria');
    expect(html).toContain('Steel &lt;b&gt;&amp; &quot;glass&quot;&lt;/b&gt;');
    expect(html).toContain('<b>A&amp;B</b>');
  });

  it('refuses an empty block', () => {
    expect(() => buildClauseBlock('nl', [])).toThrow(RangeError);
  });
});
