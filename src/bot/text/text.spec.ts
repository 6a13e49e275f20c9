import { plainCardText, previewHtmlText, shortened } from './card-text';
import { textOfMessageBody } from './message-text';

describe('text for cards', () => {
  it('keeps Markdown and HTML characters as they are in literal text, and defuses host text functions', () => {
    expect(plainCardText('**b** [x](javascript:y) <i>')).toBe('**b** [x](javascript:y) <i>');
    expect(plainCardText('{{DATE(2026-01-01T00:00:00Z)}}')).not.toContain('{{');
    expect(plainCardText('a\u0000b\u0007c\nd')).toBe('abc\nd');
  });

  it('strips bidirectional controls, so text reads in the order it was typed, and keeps Arabic and Hebrew letters', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const control of controls) expect(plainCardText(`factuur${control}fdp.exe`)).toBe('factuurfdp.exe');
    expect(previewHtmlText('rapport\u202Etxt.exe')).toBe('rapporttxt.exe');
    expect(plainCardText('شكرا שלום')).toBe('شكرا שלום');
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
