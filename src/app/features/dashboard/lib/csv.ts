// CSV made in the browser from a figure's table, in the format of src/domain/csv.ts.
import { csvDocument } from '../../../../domain/csv';
import type { FigureTable } from './figure-tables';

export function tableToCsv(table: Pick<FigureTable, 'columns' | 'rows'>): string {
  return csvDocument([table.columns.map((c) => c.label), ...table.rows.map((row) => row.cells)]);
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
