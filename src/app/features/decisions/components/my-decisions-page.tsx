// My decisions: everything I decided, newest first, filterable. Changing my mind records a new
// decision in the same context; the earlier one stays, marked as replaced.
import { Badge, Button, Card, Checkbox, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { DECISIONS, type Decision } from '../../../../domain/taxonomy';
import { DecisionControls } from '../../../components/decision-controls';
import { FilterSelect } from '../../../components/filter-select';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { readyValue, useContent } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useLocalised, useTaxonomyLabels } from '../../../lib/taxonomy';
import { decisionHistory } from '../lib/decision-history';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end', marginBottom: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

function DecisionEntry(props: { ack: Acknowledgement; superseded: boolean; itemText?: string; contentVersion: string; onChanged: () => void }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const labels = useTaxonomyLabels();
  const record = useRecordDecision(props.contentVersion);
  const [changing, setChanging] = useState(false);
  const { ack } = props;
  return (
    <Card className={styles.card} data-testid="decision-entry" data-item-id={ack.checklistItemId} data-decision={ack.decision}>
      <div className={styles.row}>
        <Badge appearance={props.superseded ? 'outline' : 'filled'} color={props.superseded ? 'subtle' : 'brand'}>
          {labels.decision[ack.decision]}
        </Badge>
        <Text className={styles.muted}>{formatDateTime(ack.ackAt)}</Text>
        {props.superseded && <Text className={styles.muted}>{t('decisions.superseded')}</Text>}
      </div>
      <Link href={hrefFor(`/criteria/${encodeURIComponent(ack.checklistItemId)}`)}>{props.itemText ?? ack.checklistItemId}</Link>
      {ack.reason && <Text>{t('decision.reasonShown', { reason: ack.reason })}</Text>}
      <Text className={styles.muted}>
        {t('decisions.context', { type: labels.contextType[ack.contextType], title: ack.contextTitle ?? ack.contextRef, source: labels.source[ack.source] })}
      </Text>
      {!props.superseded &&
        (changing ? (
          <DecisionControls
            itemText={props.itemText ?? ack.checklistItemId}
            onDecide={async (input) => {
              const outcome = await record(
                { checklistItemId: ack.checklistItemId, checklistId: ack.checklistId, productGroup: ack.productGroup, actionId: ack.actionId },
                { contextRef: ack.contextRef, contextType: ack.contextType, contextTitle: ack.contextTitle },
                input,
              );
              props.onChanged();
              return outcome;
            }}
          />
        ) : (
          <div>
            <Button size="small" onClick={() => setChanging(true)} aria-label={t('decision.changeFor', { item: props.itemText ?? ack.checklistItemId })}>
              {t('decision.change')}
            </Button>
          </div>
        ))}
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
  const mine = useLoadable(() => services.decisions.forStaff(services.session.user.id), [services]);
  const [decision, setDecision] = useState('');
  const [search, setSearch] = useState('');
  const [latestOnly, setLatestOnly] = useState(false);

  const itemText = (id: string) => {
    const found = content?.lookup.item(id);
    return found ? text(found.item.text) : undefined;
  };
  const entries = useMemo(
    () => (mine.state.status === 'ready' ? decisionHistory(mine.state.value, { decision: (decision || undefined) as Decision | undefined, search, latestOnly }, itemText) : []),
    // itemText changes with the content and the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mine.state, decision, search, latestOnly, content, text],
  );

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
        <Checkbox checked={latestOnly} onChange={(_, d) => setLatestOnly(d.checked === true)} label={t('decisions.latestOnly')} />
      </div>
      {mine.state.status === 'loading' && <PageLoading label={t('decisions.loading')} />}
      {mine.state.status === 'error' && <ErrorState title={t('decisions.failed')} detail={mine.state.error.message} onRetry={mine.retry} />}
      {mine.state.status === 'ready' &&
        (mine.state.value.length === 0 ? (
          <EmptyState title={t('decisions.emptyTitle')} hint={t('decisions.emptyHint')} action={<Link href="#/check">{t('home.checkDocument')}</Link>} />
        ) : (
          <>
            <Text as="p" block role="status" aria-live="polite">
              {tp('decisions.count', entries.length)}
            </Text>
            {entries.length === 0 ? (
              <EmptyState title={t('decisions.noMatchTitle')} hint={t('decisions.noMatchHint')} />
            ) : (
              <ul className={styles.list}>
                {entries.map((entry) => (
                  <li key={entry.ack.ackKey}>
                    <DecisionEntry
                      ack={entry.ack}
                      superseded={entry.superseded}
                      itemText={itemText(entry.ack.checklistItemId)}
                      contentVersion={content?.pack.meta.version ?? entry.ack.contentVersion}
                      onChanged={mine.retry}
                    />
                  </li>
                ))}
              </ul>
            )}
          </>
        ))}
    </section>
  );
}
