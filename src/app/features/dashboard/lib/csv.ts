// CSV made in the browser from a figure's table, in the format of src/domain/csv.ts and in the
// dialect of the person's language (Dutch: semicolons and a decimal comma, as Dutch Excel reads).
import { CSV_DIALECTS, csvDocument } from '../../../../domain/csv';
import type { Language } from '../../../../domain/taxonomy';
import type { FigureTable } from './figure-tables';

export function tableToCsv(table: Pick<FigureTable, 'columns' | 'rows'>, language: Language): string {
  return csvDocument([table.columns.map((c) => c.label), ...table.rows.map((row) => row.cells)], CSV_DIALECTS[language]);
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
