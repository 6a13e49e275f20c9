import { plainCardText, previewHtmlText, shortened } from './card-text';
import { textOfMessageBody } from './message-text';

describe('text for cards', () => {
  it('keeps Markdown and HTML characters as they are in literal text, and defuses host text functions', () => {
    expect(plainCardText('**b** [x](javascript:y) <i>')).toBe('**b** [x](javascript:y) <i>');
    expect(plainCardText('{{DATE(2026-01-01T00:00:00Z)}}')).not.toContain('{{');
    expect(plainCardText('a\u0000b\u0007c\nd')).toBe('abc\nd');
  });

  it('escapes HTML for previews', () => {
    expect(previewHtmlText('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('shortens at a word with an ellipsis', () => {
    expect(shortened('een twee drie vier', 12)).toBe('een twee…');
    expect(shortened('  kort  ', 12)).toBe('kort');
  });
});

describe('the text of a message', () => {
  it('takes a plain text body as it is', () => {
    expect(textOfMessageBody('  a <b> c  ', 'text')).toBe('a <b> c');
    expect(textOfMessageBody('<p>a</p>', undefined)).toBe('a');
  });
});
