// Where a column's value lives in SQLite, and the index that makes it fast. A column of the list's
// own is read with json_extract from the item's JSON; the expression in queries and in the index
// must be written exactly alike for SQLite to use the index. Text compares case-insensitively, as
// in SharePoint.
import { builtinColumn } from './builtin-columns';
import type { ColumnRecord } from './column-types';
import type { Db } from './database';

/** column names are checked to be identifiers before they get here; this keeps it so */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface ColumnSql {
  /** the SQL expression of the value, over the `items` table (no alias) */
  expr: string;
  /** ' COLLATE NOCASE' or '' */
  collate: string;
  /** the index that serves it */
  indexName: string;
  indexDdl: string;
}

export function columnSql(column: Pick<ColumnRecord, 'name' | 'builtin'>): ColumnSql {
  const sqlColumn = column.builtin ? builtinColumn(column.name)?.sqlColumn : undefined;
  if (sqlColumn) {
    const indexName = `ix_items_${sqlColumn}`;
    return { expr: sqlColumn, collate: '', indexName, indexDdl: `CREATE INDEX IF NOT EXISTS ${indexName} ON items(list_pk, ${sqlColumn})` };
  }
  if (!IDENTIFIER.test(column.name)) throw new Error(`not a column name: ${column.name}`);
  const expr = `json_extract(fields, '$."${column.name}"')`;
  // index names are case-insensitive in SQLite, column names are not: name the index by the bytes
  const indexName = `ix_items_f_${Buffer.from(column.name).toString('hex')}`;
  return { expr, collate: ' COLLATE NOCASE', indexName, indexDdl: `CREATE INDEX IF NOT EXISTS ${indexName} ON items(list_pk, ${expr} COLLATE NOCASE)` };
}

/** makes sure an indexed column has its SQLite index (indexes are shared by lists with the same column name) */
export function ensureColumnIndex(db: Db, column: Pick<ColumnRecord, 'name' | 'builtin'>): void {
  if (column.builtin && column.name === 'ID') return; // the primary key
  db.exec(columnSql(column).indexDdl);
}
