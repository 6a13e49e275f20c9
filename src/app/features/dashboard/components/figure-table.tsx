// A figure as a plain, accessible table: a caption, column headers, row headers, and the raw value
// of each cell in data-value (what the CSV holds), formatted for people in the text.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardText } from '../lib/dashboard-text';
import type { FigureColumn, FigureTable as FigureTableModel } from '../lib/figure-tables';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  hiddenCaption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export function formatCell(value: string | number, column: FigureColumn, text: DashboardText): string {
  if (typeof value === 'string') return value;
  if (column.kind === 'percent') return Number.isNaN(value) ? text.t('kpi.none') : text.percent(value / 100);
  return text.number(value);
}

export function FigureTable(props: { table: FigureTableModel; text: DashboardText; showCaption?: boolean }) {
  const styles = useStyles();
  const { table, text } = props;
  return (
    <div className={styles.scroll} tabIndex={0} role="group" aria-label={table.title}>
      <Table size="small" data-figure={table.id} noNativeElements={false}>
        <caption className={props.showCaption ? styles.caption : styles.hiddenCaption}>{table.title}</caption>
        <TableHeader>
          <TableRow>
            {table.columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col" className={column.kind === 'text' ? undefined : styles.number}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key} data-key={row.key}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i]!;
                const content = formatCell(cell, column, text);
                const value = typeof cell === 'number' && Number.isNaN(cell) ? '' : String(cell);
                return i === 0 ? (
                  <TableHeaderCell key={column.key} scope="row" data-column={column.key} data-value={value}>
                    {content}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.key} data-column={column.key} data-value={value} className={column.kind === 'text' ? undefined : styles.number}>
                    {content}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
