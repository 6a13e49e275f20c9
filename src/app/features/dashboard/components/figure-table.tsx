// A figure as a plain, accessible table: a caption, column headers, row headers, and the raw value
// of each cell in data-value (what the CSV holds), formatted for people in the text. A native
// table with design tokens, so long texts (a criterion, a reason) get the room they need.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DashboardText } from '../lib/dashboard-text';
import type { FigureColumn, FigureTable as FigureTableModel } from '../lib/figure-tables';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    verticalAlign: 'top',
  },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom', borderBottomColor: tokens.colorNeutralStroke1 },
  rowHead: { fontWeight: tokens.fontWeightRegular, minWidth: '10em' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  hiddenCaption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export function formatCell(value: string | number, column: FigureColumn, text: DashboardText): string {
  if (typeof value === 'string') return value;
  if (column.kind === 'percent') return Number.isNaN(value) ? text.t('kpi.none') : text.percent(value / 100);
  return text.number(value);
}

export function FigureTable(props: { table: FigureTableModel; text: DashboardText }) {
  const styles = useStyles();
  const { table, text } = props;
  const align = (column: FigureColumn) => (column.kind === 'text' ? undefined : styles.number);
  return (
    // focusable, so a keyboard can scroll a table wider than the card
    <div className={styles.scroll} tabIndex={0} role="group" aria-label={table.title}>
      <table className={styles.table} data-figure={table.id}>
        {/* the card's heading shows the title; the caption names the table for screen readers */}
        <caption className={styles.hiddenCaption}>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={mergeClasses(styles.cell, styles.head, align(column))}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i]!;
                const content = formatCell(cell, column, text);
                const value = typeof cell === 'number' && Number.isNaN(cell) ? '' : String(cell);
                return i === 0 ? (
                  <th key={column.key} scope="row" data-column={column.key} data-value={value} className={mergeClasses(styles.cell, styles.rowHead)}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} data-column={column.key} data-value={value} className={mergeClasses(styles.cell, align(column))}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
