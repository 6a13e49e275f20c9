// The report for the college and the council as a printable page: a period, the report's blocks
// (the same ones the Word document has, src/domain/report), a print button and the .docx from the
// server. On paper only the report shows: the app's header and this page's controls are hidden.
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { reportPeriod, type ReportModel } from '../../../../domain/report';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import { reportFileName } from '../../../../server/api/get-report';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { replaceQuery } from '../../../lib/hash-route';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import { serverIndicatorsApi, type IndicatorsApi } from '../hooks/indicators-api';
import { useIndicatorsText } from '../lib/indicators-text';
import { saveFile } from '../../../lib/save-file';
import { SummaryTable } from './summary-table';

export const REPORT_PAGE_PATH = '/report';

// the app's frame (header, skip link) stays off paper; the page's own controls carry data-noprint
const PRINT_CSS = `@media print {
  header, nav, [data-noprint] { display: none !important; }
  main { padding: 0 !important; }
  [data-testid="report"] h2 { break-after: avoid; }
}`;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '60rem' },
});

type Loaded = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; model: ReportModel } | { status: 'error'; error: Error };

/** the report's blocks as HTML: headings, paragraphs and tables */
export function ReportBlocks(props: { model: ReportModel }) {
  const styles = useStyles();
  const { model } = props;
  return (
    <article className={styles.report} lang={model.language} aria-labelledby="report-title" data-testid="report">
      <h1 id="report-title">{model.title}</h1>
      <Text as="p" italic>
        {model.subtitle}
      </Text>
      {model.blocks.map((block, i) =>
        block.kind === 'heading' ? (
          // the page's title is the h1: the report's sections are its h2s
          <h2 key={i}>{block.text}</h2>
        ) : block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <SummaryTable key={i} caption={block.caption} hideCaption columns={block.columns} numeric={block.numeric} rows={block.rows} />
        ),
      )}
    </article>
  );
}

const startOfYear = (today: string) => `${today.slice(0, 4)}-01-01`;

export interface ReportPageProps extends PageProps {
  api?: IndicatorsApi;
}

export function ReportPage(props: ReportPageProps) {
  const styles = useStyles();
  const text = useIndicatorsText();
  const services = useServices();
  const api = useMemo(() => props.api ?? serverIndicatorsApi(services), [props.api, services]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const chosen = { from: props.query.get('from') ?? startOfYear(today), to: props.query.get('to') ?? today };
  const [from, setFrom] = useState(chosen.from);
  const [to, setTo] = useState(chosen.to);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' });
  const [downloadError, setDownloadError] = useState<unknown>();
  const period = reportPeriod(chosen.from, chosen.to);
  const lang = text.language;

  const fromDay = period.ok ? period.period.from : undefined;
  const toDay = period.ok ? period.period.to : undefined;

  useEffect(() => {
    if (fromDay === undefined || toDay === undefined) return;
    let current = true;
    setLoaded({ status: 'loading' });
    api.reportModel(fromDay, toDay, lang).then(
      (model) => current && setLoaded({ status: 'ready', model }),
      (error: unknown) => current && setLoaded({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [api, lang, fromDay, toDay]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    replaceQuery(REPORT_PAGE_PATH, { from, to });
  };
  const download = async () => {
    if (!period.ok) return;
    setDownloadError(undefined);
    try {
      saveFile(reportFileName(period.period.from, period.period.to), await api.reportDocx(period.period.from, period.period.to, lang));
    } catch (error) {
      setDownloadError(error ?? new Error('download failed'));
    }
  };

  let body;
  if (!period.ok) body = null;
  else if (loaded.status === 'error')
    body =
      loaded.error instanceof ApiRequestError && loaded.error.status === 403 ? (
        <MessageBar intent="info">
          <MessageBarBody>{text.t('report.forbidden')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ErrorState title={text.t('report.loadFailed')} error={loaded.error} />
      );
  else if (loaded.status === 'ready') body = <ReportBlocks model={loaded.model} />;
  else body = <PageLoading />;

  return (
    <section aria-labelledby="report-page-title" className={styles.page}>
      <style>{PRINT_CSS}</style>
      <div data-noprint>
        <h1 id="report-page-title">{text.t('report.title')}</h1>
        <Text as="p" className={styles.muted}>
          {text.t('report.intro')}
        </Text>
        <Link href="#/indicators">{text.t('report.back')}</Link>
      </div>
      <form className={styles.controls} onSubmit={show} data-noprint>
        <Field label={text.t('report.from')}>
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label={text.t('report.to')}>
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <Button type="submit" appearance="primary">
          {text.t('report.show')}
        </Button>
        <Button onClick={() => window.print()} disabled={loaded.status !== 'ready'}>
          {text.t('report.print')}
        </Button>
        <Button onClick={() => void download()} disabled={loaded.status !== 'ready'}>
          {text.t('report.download')}
        </Button>
      </form>
      {!period.ok && (
        <MessageBar intent="warning" data-noprint>
          <MessageBarBody>{text.t('report.badPeriod')}</MessageBarBody>
        </MessageBar>
      )}
      {downloadError !== undefined && (
        <div data-noprint>
          <ErrorState title={text.t('report.downloadFailed')} error={downloadError} />
        </div>
      )}
      {body}
    </section>
  );
}
