// A plain data table: a caption, a header row and rows of text, numbers right-aligned. Used for the
// indicators' summaries and for the report's tables, on screen and on paper.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top' },
    '& th': { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
    '@media print': { '& tr': { breakInside: 'avoid' } },
  },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

export function SummaryTable(props: { caption: string; columns: string[]; numeric: boolean[]; rows: ReactNode[][]; hideCaption?: boolean; testId?: string }) {
  const styles = useStyles();
  return (
    // a table wider than a narrow pane scrolls inside this region, which the keyboard can reach and
    // a screen reader names
    <div className={styles.wrap} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={styles.table} data-testid={props.testId}>
        <caption className={styles.caption} style={props.hideCaption ? { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } : undefined}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.columns.map((c, i) => (
              <th key={i} scope="col" className={props.numeric[i] ? styles.numeric : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={props.numeric[i] ? styles.numeric : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
