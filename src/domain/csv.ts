// CSV for spreadsheets, made the same way by the command line's export and the dashboard's
// download: RFC 4180 (commas, CRLF, quotes doubled, fields with a comma, quote or line break
// quoted), UTF-8 with a byte order mark so Excel reads accents, and formula-safe: a text cell
// starting with = + - @ or a tab or CR gets a leading ' so a spreadsheet never runs it. Numbers
// are written as numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** a whole CSV file: the rows' fields, byte order mark first, every line ended by CRLF */
export function csvDocument(rows: Iterable<readonly (string | number)[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
