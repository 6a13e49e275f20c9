// Recent nudges: criteria I put aside with 'later', decided here with the same controls as on the
// check page, in the document or meeting they were set aside in.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { StaticCard } from '../../../components/static-card';
import { DecisionControls } from '../../../components/decision-controls';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import type { Loadable } from '../../../hooks/use-loadable';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import { useRecordDecision } from '../../../lib/record-decision';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface StillToReviewProps {
  state: Loadable<Acknowledgement[]>;
  onRetry: () => void;
  itemText: (id: string) => string | undefined;
  /** the content the new decisions are made on; the controls wait for it */
  contentVersion: string | undefined;
}

function LaterItem(props: { ack: Acknowledgement; itemText: string | undefined; contentVersion: string | undefined }) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const { ack } = props;
  const record = useRecordDecision(props.contentVersion ?? ack.contentVersion);
  const name = props.itemText ?? ack.checklistItemId;
  return (
    <StaticCard className={styles.card} data-testid="later-item" data-item-id={ack.checklistItemId} data-context={ack.contextRef}>
      <Link href={hrefFor(`/criteria/${encodeURIComponent(ack.checklistItemId)}`)}>{name}</Link>
      <Text className={styles.muted}>{t('home.laterContext', { context: ack.contextTitle ?? ack.contextRef, date: formatDate(ack.ackAt) })}</Text>
      {props.contentVersion && (
        <DecisionControls
          itemText={name}
          onDecide={(input) =>
            record(
              { checklistItemId: ack.checklistItemId, checklistId: ack.checklistId, productGroup: ack.productGroup, actionId: ack.actionId },
              { contextRef: ack.contextRef, contextType: ack.contextType, contextTitle: ack.contextTitle, documentVersion: ack.documentVersion },
              input,
            )
          }
        />
      )}
    </StaticCard>
  );
}

export function StillToReview(props: StillToReviewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="still-to-review">
      <h2 id={headingId}>{t('home.laterTitle')}</h2>
      {props.state.status === 'loading' && <PageLoading label={t('home.laterLoading')} />}
      {props.state.status === 'error' && <ErrorState title={t('home.laterFailed')} error={props.state.error} onRetry={props.onRetry} />}
      {props.state.status === 'ready' &&
        (props.state.value.length === 0 ? (
          <EmptyState title={t('home.laterEmptyTitle')} hint={t('home.laterEmptyHint')} />
        ) : (
          <ul className={styles.list}>
            {props.state.value.map((ack) => (
              <li key={ack.ackKey}>
                <LaterItem ack={ack} itemText={props.itemText(ack.checklistItemId)} contentVersion={props.contentVersion} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
