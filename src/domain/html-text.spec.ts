import { decodeEntities, htmlToText } from './html-text';

describe('the text of an HTML body', () => {
  it('reads the words of an HTML body: tags out, entities decoded, blocks as lines', () => {
    expect(htmlToText('<p>Nieuwe&nbsp;<b>klinkers</b> &amp; banden</p><p>Groet,<br>Sanne</p>')).toBe('Nieuwe klinkers & banden\nGroet,\nSanne');
    expect(htmlToText('caf&eacute; &#233; &#x20AC;')).toBe('café é €');
  });

  it('leaves out scripts and styles, and unknown entities stay as written', () => {
    expect(htmlToText('<style>p{}</style><p>a</p><script>asfalt()</script>&bogus;')).toBe('a\n&bogus;');
  });

  it('decodes the entities a body uses', () => {
    expect(decodeEntities('a&nbsp;&amp;&#233;&#xE9;&lt;&unknown;')).toBe('a &éé<&unknown;');
  });
});
