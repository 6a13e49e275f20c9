// My choices, by document: the document with the newest choice first, a page of documents at a
// time so thousands of choices stay quick, each opening its record below (the newest choice per
// criterion, earlier ones on request). A criterion left for later is decided there with the check
// page's controls; changing my mind records a new choice, the earlier one stays on record.
import { Button, Card, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { documentRecords } from '../../../../domain/documents';
import { DECISIONS, type Decision } from '../../../../domain/taxonomy';
import { ApplyOrExplainDownload } from '../../../components/apply-or-explain-download';
import { DecisionControls } from '../../../components/decision-controls';
import { FilterSelect } from '../../../components/filter-select';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { readyValue, useContent } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision, type DecisionContext, type DecisionInput, type DecisionSubject, type SaveOutcome } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useLocalised, useTaxonomyLabels } from '../../../lib/taxonomy';
import { documentViews, type DocumentView } from '../lib/document-views';
import { ChoiceBadge, ChoiceCountBadge } from './choice-badges';

/** documents shown at first and added per "more" */
export const DOCUMENTS_PER_PAGE = 20;
/** choices shown at first in an opened record */
export const CHOICES_PER_RECORD = 50;

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end', marginBottom: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  record: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choice: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

type RecordChoice = (subject: DecisionSubject, context: DecisionContext, input: DecisionInput) => Promise<SaveOutcome>;

function ChoiceEntry(props: { ack: Acknowledgement; itemText?: string; record: RecordChoice; onRecorded: (ack: Acknowledgement) => void }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const labels = useTaxonomyLabels();
  const { ack } = props;
  // a criterion left for later is decided here at once; any other choice can be changed
  const [changing, setChanging] = useState(ack.decision === 'later');
  const name = props.itemText ?? ack.checklistItemId;
  return (
    <li className={styles.choice} data-testid="decision-entry" data-item-id={ack.checklistItemId} data-decision={ack.decision}>
      <div className={styles.row}>
        <ChoiceBadge decision={ack.decision}>{labels.decision[ack.decision]}</ChoiceBadge>
        <Text className={styles.muted}>{formatDateTime(ack.ackAt)}</Text>
        {ack.documentVersion !== undefined && <Text className={styles.muted}>{t('decisions.onVersion', { version: ack.documentVersion })}</Text>}
        <Text className={styles.muted}>{t('decisions.recordedWhere', { source: labels.source[ack.source] })}</Text>
      </div>
      <Link href={hrefFor(`/criteria/${encodeURIComponent(ack.checklistItemId)}`)}>{name}</Link>
      {ack.reason && <Text>{t('decision.reasonShown', { reason: ack.reason })}</Text>}
      {changing ? (
        <DecisionControls
          itemText={name}
          onDecide={async (input) => {
            const outcome = await props.record(
              { checklistItemId: ack.checklistItemId, checklistId: ack.checklistId, productGroup: ack.productGroup, actionId: ack.actionId },
              { contextRef: ack.contextRef, contextType: ack.contextType, contextTitle: ack.contextTitle, documentVersion: ack.documentVersion },
              input,
            );
            props.onRecorded(outcome.ack);
            return outcome;
          }}
        />
      ) : (
        <div>
          <Button size="small" onClick={() => setChanging(true)} aria-label={t('decision.changeFor', { item: name })}>
            {t('decision.change')}
          </Button>
        </div>
      )}
    </li>
  );
}

function DocumentCard(props: { view: DocumentView; open: boolean; onToggle: () => void; itemText: (id: string) => string | undefined; record: RecordChoice; onRecorded: (ack: Acknowledgement) => void }) {
  const styles = useStyles();
  const { t, tp, formatDateTime } = useI18n();
  const labels = useTaxonomyLabels();
  const [shownCount, setShownCount] = useState(CHOICES_PER_RECORD);
  const { summary } = props.view.record;
  const recordId = `record-${summary.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const counts = DECISIONS.filter((d) => summary.current[d]);
  const earlier = summary.choiceCount - props.view.record.latest.length;
  // the file covers the checklists the person made choices from
  const checklistIds = useMemo(() => [...new Set(props.view.record.latest.map((a) => a.checklistId))], [props.view.record.latest]);
  return (
    <Card className={styles.card} data-testid="document-entry" data-document={summary.id}>
      <Button
        appearance="transparent"
        className={styles.title}
        icon={props.open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={props.open}
        aria-controls={recordId}
        onClick={props.onToggle}
      >
        {summary.title}
      </Button>
      <Text className={styles.muted}>
        {t('decisions.documentMeta', { type: labels.contextType[summary.contextType], version: summary.latestVersion, date: formatDateTime(summary.lastAt) })}
      </Text>
      <div className={styles.row}>
        {counts.map((d) => (
          <ChoiceCountBadge key={d} decision={d}>
            {labels.decision[d]}: {summary.current[d]}
          </ChoiceCountBadge>
        ))}
      </div>
      {props.open && (
        <div id={recordId}>
          <ul className={styles.record} aria-label={t('decisions.recordLabel', { title: summary.title })}>
            {props.view.shown.slice(0, shownCount).map((ack) => (
              // keyed by the criterion: a new choice on it keeps its controls, which show what was just saved
              <ChoiceEntry key={`${ack.checklistItemId}\u001f${ack.actionId ?? ''}`} ack={ack} itemText={props.itemText(ack.checklistItemId)} record={props.record} onRecorded={props.onRecorded} />
            ))}
          </ul>
          {props.view.shown.length > shownCount && (
            <Button appearance="subtle" onClick={() => setShownCount((n) => n + CHOICES_PER_RECORD)}>
              {t('decisions.moreChoices', { count: props.view.shown.length - shownCount })}
            </Button>
          )}
          {earlier > 0 && <Text className={styles.muted}>{tp('decisions.earlierChoices', earlier)}</Text>}
          <ApplyOrExplainDownload contextRef={summary.id} title={summary.title} version={summary.latestVersion} checklistIds={checklistIds} />
        </div>
      )}
    </Card>
  );
}

export function MyDecisionsPage(_props: PageProps) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const labels = useTaxonomyLabels();
  const text = useLocalised();
  const services = useServices();
  const content = readyValue(useContent().state);
  const mine = useLoadable(async () => {
    const acks = await services.decisions.forStaff(services.session.user.id);
    // the time from here to 'my-choices-ready' is the page's own work on them (measured in test/e2e/documents.test.ts)
    performance.mark?.('my-choices-loaded');
    return acks;
  }, [services]);
  // choices made on this page, shown without loading everything again
  const [recorded, setRecorded] = useState<Acknowledgement[]>([]);
  const [decision, setDecision] = useState('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [pages, setPages] = useState(1);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const record = useRecordDecision(content?.pack.meta.version ?? '');

  const itemText = useCallback(
    (id: string) => {
      const found = content?.lookup.item(id);
      return found ? text(found.item.text) : undefined;
    },
    [content, text],
  );
  const records = useMemo(() => (mine.state.status === 'ready' ? documentRecords([...mine.state.value, ...recorded]) : []), [mine.state, recorded]);
  const views = useMemo(() => documentViews(records, { decision: (decision || undefined) as Decision | undefined, search: deferredSearch }, itemText), [records, decision, deferredSearch, itemText]);
  const choiceCount = useMemo(() => views.reduce((n, v) => n + v.shown.length, 0), [views]);
  useEffect(() => setPages(1), [decision, deferredSearch]);

  // the bench and the browser test wait for this mark: the first documents are on screen
  useEffect(() => {
    if (mine.state.status !== 'ready' || typeof requestAnimationFrame === 'undefined') return;
    const frame = requestAnimationFrame(() => performance.mark?.('my-choices-ready'));
    return () => cancelAnimationFrame(frame);
  }, [mine.state.status]);

  const toggle = (id: string) =>
    setOpen((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const onRecorded = useCallback((ack: Acknowledgement) => setRecorded((list) => [...list, ack]), []);

  return (
    <section aria-labelledby="decisions-title">
      <h1 id="decisions-title">{t('decisions.title')}</h1>
      <Text as="p" block className={styles.muted}>
        {t('decisions.intro')}
      </Text>
      <div className={styles.filters} role="search" aria-label={t('decisions.filters')}>
        <Field label={t('decisions.search')}>
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <FilterSelect label={t('decisions.decision')} value={decision} ids={DECISIONS} labels={labels.decision} onChange={setDecision} />
      </div>
      {mine.state.status === 'loading' && <PageLoading label={t('decisions.loading')} />}
      {mine.state.status === 'error' && <ErrorState title={t('decisions.failed')} error={mine.state.error} onRetry={mine.retry} />}
      {mine.state.status === 'ready' &&
        (records.length === 0 ? (
          <EmptyState title={t('decisions.emptyTitle')} hint={t('decisions.emptyHint')} action={<Link href="#/check">{t('home.checkDocument')}</Link>} />
        ) : (
          <div data-testid="my-choices" data-documents={views.length}>
            <Text as="p" block role="status" aria-live="polite" data-testid="my-choices-count">
              {t('decisions.summary', { documents: tp('decisions.documentCount', views.length), choices: tp('decisions.count', choiceCount) })}
            </Text>
            {views.length === 0 ? (
              <EmptyState title={t('decisions.noMatchTitle')} hint={t('decisions.noMatchHint')} />
            ) : (
              <ul className={styles.list}>
                {views.slice(0, pages * DOCUMENTS_PER_PAGE).map((view) => (
                  <li key={view.record.summary.id}>
                    <DocumentCard
                      view={view}
                      open={open.has(view.record.summary.id)}
                      onToggle={() => toggle(view.record.summary.id)}
                      itemText={itemText}
                      record={record}
                      onRecorded={onRecorded}
                    />
                  </li>
                ))}
              </ul>
            )}
            {views.length > pages * DOCUMENTS_PER_PAGE && (
              <Button onClick={() => setPages((n) => n + 1)} data-testid="more-documents">
                {t('decisions.moreDocuments', { count: views.length - pages * DOCUMENTS_PER_PAGE })}
              </Button>
            )}
          </div>
        ))}
    </section>
  );
}
