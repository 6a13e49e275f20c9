import { CSV_DIALECTS, csvDocument, csvField } from './csv';

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

  describe('in the Dutch dialect (what Dutch Excel splits into columns)', () => {
    const nl = CSV_DIALECTS.nl;

    it('separates fields with a semicolon and writes a decimal comma', () => {
      expect(csvDocument([['Team', 'Toegepast (%)'], ['Inkoop', 66.7], ['Openbare Ruimte', 1234567]], nl)).toBe('\uFEFFTeam;Toegepast (%)\r\nInkoop;66,7\r\nOpenbare Ruimte;1234567\r\n');
    });

    it('quotes a field with a semicolon, but not one with a comma', () => {
      expect(csvField('Overwogen, niet toegepast', nl)).toBe('Overwogen, niet toegepast');
      expect(csvField('duur; geen tijd', nl)).toBe('"duur; geen tijd"');
      expect(csvField('zei "nee"', nl)).toBe('"zei ""nee"""');
    });

    it('writes negative, tiny and huge numbers without a thousands separator or an exponent', () => {
      expect(csvField(-0.5, nl)).toBe('-0,5');
      expect(csvField(0.0000001, nl)).toBe('0,0000001');
      expect(csvField(1e21, nl)).toBe('1000000000000000000000');
      expect(csvField(1234567.25, nl)).toBe('1234567,25');
      expect(csvField(Number.POSITIVE_INFINITY, nl)).toBe('');
    });

    it('keeps a formula-like text plain as in every dialect', () => {
      expect(csvField('=1+1', nl)).toBe("'=1+1");
    });
  });
});
