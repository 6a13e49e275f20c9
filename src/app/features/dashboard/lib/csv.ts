// CSV made in the browser from a figure's table: RFC 4180 (commas, CRLF, quotes doubled, fields
// with a comma, quote or line break quoted), UTF-8 with a byte order mark so Excel reads accents,
// and formula-safe: a text cell starting with = + - @ or a tab or CR is prefixed with ' so a
// spreadsheet never runs it. Numbers are written as numbers.
import type { FigureTable } from './figure-tables';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableToCsv(table: Pick<FigureTable, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) lines.push(row.cells.map((cell) => csvField(cell)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** a file name without characters any file system refuses */
export function csvFileName(...parts: string[]): string {
  return `${parts
    .filter((p) => p !== '')
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}.csv`;
}
