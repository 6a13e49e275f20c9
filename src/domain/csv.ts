// CSV for spreadsheets, made the same way by the command line's export and the dashboard's
// download: RFC 4180 (CRLF, quotes doubled, fields with the separator, a quote or a line break
// quoted), UTF-8 with a byte order mark so Excel reads accents, and formula-safe: a text cell
// starting with = + - @ or a tab or CR gets a leading ' so a spreadsheet never runs it. Numbers
// are written as plain numbers (no thousands separator) with the dialect's decimal mark.
//
// Excel takes its list separator and decimal mark from the Windows region: Dutch Excel splits a
// line on ';' and reads '66,7' as a number, so a comma-separated file lands in one column there.
// Hence one dialect per language: Dutch gets ';' and a decimal comma, English ',' and a point.
import type { Language } from './taxonomy';

export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_DIALECTS: Record<Language, CsvDialect> = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** the comma-separated form of RFC 4180, for tools that expect it (the command line's default) */
export const RFC_4180: CsvDialect = CSV_DIALECTS.en;

/** digits and a point, never a thousands separator or an exponent (String(1e21) has one) */
const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number, dialect: CsvDialect = RFC_4180): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const plain = PLAIN_NUMBER.format(value);
    return dialect.decimal === '.' ? plain : plain.replace('.', dialect.decimal);
  }
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(dialect.separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** a whole CSV file: the rows' fields, byte order mark first, every line ended by CRLF */
export function csvDocument(rows: Iterable<readonly (string | number)[]>, dialect: CsvDialect = RFC_4180): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((field) => csvField(field, dialect)).join(dialect.separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
