// Decisions still waiting in this browser's offline queue: what they are, and that they will be sent.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { ErrorExplanation } from '../../../components/error-explanation';
import { usePendingDecisions, useQueueSnapshot } from '../../../components/queue-status';
import { useI18n } from '../../../lib/i18n';
import type { DecisionQueue } from '../../../lib/services';
import { useTaxonomyLabels } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function WaitingDecisions(props: { queue: DecisionQueue; itemText: (id: string) => string | undefined }) {
  const styles = useStyles();
  const { t, tp, formatDateTime } = useI18n();
  const labels = useTaxonomyLabels();
  const headingId = useId();
  const snapshot = useQueueSnapshot(props.queue);
  const pending = usePendingDecisions(props.queue);

  if (snapshot.pending === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="home-waiting">
      <h2 id={headingId}>{t('home.waitingTitle')}</h2>
      <Text as="p" block>{tp('home.waitingHint', snapshot.pending)}</Text>
      {snapshot.lastError && (
        <div className={styles.muted} data-testid="home-waiting-error">
          <Text as="p" block>
            {t('home.waitingError')}
          </Text>
          <ErrorExplanation error={snapshot.lastError} />
        </div>
      )}
      <ul className={styles.list}>
        {pending.map((ack) => (
          <li key={ack.ackKey}>
            {labels.decision[ack.decision]}: {props.itemText(ack.checklistItemId) ?? ack.checklistItemId}{' '}
            <span className={styles.muted}>({formatDateTime(ack.ackAt)})</span>
          </li>
        ))}
      </ul>
      <Button onClick={() => void props.queue.flush()} disabled={snapshot.sending}>
        {snapshot.sending ? t('queue.sending') : t('queue.sendNow')}
      </Button>
    </section>
  );
}
