import { csvDocument, csvField } from './csv';

describe('csv', () => {
  it('makes formula-like text plain and leaves numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('- geen budget')).toBe("'- geen budget");
    expect(csvField('+31')).toBe("'+31");
    expect(csvField('@team')).toBe("'@team");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(42.5)).toBe('42.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a document with a byte order mark and CRLF after every row', () => {
    expect(csvDocument([['a', 1], ['b;c', 'x,y']])).toBe('\uFEFFa,1\r\nb;c,"x,y"\r\n');
  });
});
