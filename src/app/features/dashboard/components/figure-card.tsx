// One figure: its title, a chart (or a table, at a button's press; always a table in high
// contrast), and a CSV download made in the browser from the same rows as the table. The chart
// itself is a picture (figure-chart.tsx); its name, legend and notes are here, in the person's
// language: a legend from our own labels with the one colour of each choice, how many categories
// it leaves to the table, and which week is not complete.
import { Button, Card, Spinner, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ChartMultipleRegular, TableRegular } from '@fluentui/react-icons';
import { Component, Suspense, lazy, useId, useState, type ReactNode } from 'react';
import { useAnnounce } from '../../../components/announcer';
import { colourOf } from '../lib/chart-colours';
import type { ChartSpec } from '../lib/chart-specs';
import { csvFileName, tableToCsv } from '../lib/csv';
import type { DashboardText } from '../lib/dashboard-text';
import { saveFile } from '../../../lib/save-file';
import type { FigureTable as FigureTableModel } from '../lib/figure-tables';
import { FigureTable } from './figure-table';

const FigureChart = lazy(() => import(/* webpackChunkName: "dashboard-charts" */ './figure-chart'));

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  figure: { margin: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  swatch: { width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0, forcedColorAdjust: 'none' },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** the chart's own legend: every series in the colour it is drawn in, labels as we write them */
function ChartLegend(props: { spec: ChartSpec; dark: boolean; text: DashboardText }) {
  const styles = useStyles();
  const { spec, text } = props;
  if (spec.legend.length === 0) return null;
  const values = spec.kind === 'donut' ? new Map(spec.parts.map((p) => [p.legend, p.value])) : undefined;
  return (
    <ul className={styles.legend} aria-label={text.t('chart.legend')}>
      {spec.legend.map((entry) => (
        <li key={entry.legend} className={styles.legendItem}>
          <span className={styles.swatch} style={{ backgroundColor: colourOf(entry.colour, props.dark) }} aria-hidden="true" />
          {values ? `${entry.legend}: ${text.number(values.get(entry.legend) ?? 0)}` : entry.legend}
        </li>
      ))}
    </ul>
  );
}

/** what the chart leaves out or shows in part, in words */
function chartNotes(spec: ChartSpec, text: DashboardText): string[] {
  const notes: string[] = [];
  if (spec.kind === 'line' && spec.partialWeeks.length > 0) notes.push(text.t('chart.partial', { weeks: spec.partialWeeks.map((day) => text.date(day)).join(', ') }));
  if ((spec.kind === 'stacked' || spec.kind === 'bars') && spec.shown.shown < spec.shown.of) notes.push(text.t('chart.top', { shown: text.number(spec.shown.shown), of: text.number(spec.shown.of) }));
  return notes;
}

/** a chart that throws (a chunk that did not load) leaves the table in its place */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export interface FigureCardProps {
  table: FigureTableModel;
  chart?: ChartSpec;
  text: DashboardText;
  /** the Intl locale of the person's language */
  locale: string;
  /** a line under the title that says what is counted */
  intro?: string;
  /** shown as a table first (high contrast, or a figure without a chart) */
  preferTable: boolean;
  /** the dark theme: charts take the palette's dark colours */
  dark: boolean;
  /** words for the CSV's file name, such as the period */
  fileNameParts: string[];
}

export function FigureCard(props: FigureCardProps) {
  const styles = useStyles();
  const { table, chart, text } = props;
  const headingId = useId();
  const announce = useAnnounce();
  const [asTable, setAsTable] = useState(props.preferTable || !chart);
  const empty = table.rows.length === 0;
  const tableView = <FigureTable table={table} text={text} />;
  const notesId = useId();
  const notes = chart ? chartNotes(chart, text) : [];

  const download = () => {
    const name = csvFileName('circulaire-keuzes', table.id, ...props.fileNameParts);
    saveFile(name, new Blob([tableToCsv(table, text.language)], { type: 'text/csv;charset=utf-8' }));
    announce(text.t('figure.downloaded', { name }));
  };

  return (
    <Card className={styles.card} data-testid={`figure-${table.id}`} aria-labelledby={headingId} role="region">
      <div className={styles.head}>
        <h2 id={headingId} className={styles.title}>
          {table.title}
        </h2>
        {chart && !empty && (
          <ToggleButton
            size="small"
            checked={asTable}
            icon={asTable ? <ChartMultipleRegular /> : <TableRegular />}
            onClick={() => setAsTable((v) => !v)}
            aria-label={`${asTable ? text.t('figure.showChart') : text.t('figure.showTable')}: ${table.title}`}
          >
            {asTable ? text.t('figure.showChart') : text.t('figure.showTable')}
          </ToggleButton>
        )}
        <Button size="small" icon={<ArrowDownloadRegular />} onClick={download} aria-label={`${text.t('figure.download')}: ${table.title}`} disabled={empty}>
          {text.t('figure.download')}
        </Button>
      </div>
      {props.intro && <Text className={styles.muted}>{props.intro}</Text>}
      {empty ? (
        <Text className={styles.muted}>{text.t('figure.empty')}</Text>
      ) : asTable || !chart ? (
        tableView
      ) : (
        <figure className={styles.figure} aria-label={chart ? text.t('chart.name', { kind: text.t(`chart.kind.${chart.kind}`), title: table.title }) : undefined} aria-describedby={notes.length > 0 ? notesId : undefined}>
          <ChartBoundary
            fallback={
              <>
                <Text className={styles.muted}>{text.t('figure.chartFailed')}</Text>
                {tableView}
              </>
            }
          >
            <Suspense fallback={<Spinner size="small" label={text.t('figure.chartLoading')} />}>
              <FigureChart spec={chart} locale={props.locale} dark={props.dark} />
            </Suspense>
          </ChartBoundary>
          <ChartLegend spec={chart} dark={props.dark} text={text} />
          {notes.length > 0 && (
            <figcaption id={notesId} className={styles.notes}>
              {notes.map((note) => (
                <span key={note}>{note}</span>
              ))}
            </figcaption>
          )}
        </figure>
      )}
    </Card>
  );
}
