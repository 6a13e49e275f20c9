// How many decisions wait in this browser to be sent to the list, always visible while some do,
// and read out when the number changes.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CloudArrowUpRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { QueueSnapshot } from '../../storage/offline-queue/queued-acknowledgement-store';
import { useI18n } from '../lib/i18n';
import type { DecisionQueue } from '../lib/services';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  waiting: { color: tokens.colorPaletteMarigoldForeground2 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  icon: { verticalAlign: 'middle', marginInlineEnd: tokens.spacingHorizontalXXS },
});

const EMPTY: QueueSnapshot = { pending: 0, rejected: 0, sending: false };

export function useQueueSnapshot(queue: DecisionQueue | undefined): QueueSnapshot {
  return useSyncExternalStore(
    (onChange) => queue?.subscribe(onChange) ?? (() => undefined),
    () => queue?.getSnapshot() ?? EMPTY,
    () => EMPTY,
  );
}

const NONE: readonly Acknowledgement[] = [];

/** the decisions waiting in the queue, oldest first, read again whenever their number changes */
export function usePendingDecisions(queue: DecisionQueue | undefined): readonly Acknowledgement[] {
  const count = useQueueSnapshot(queue).pending;
  const [pending, setPending] = useState<readonly Acknowledgement[]>(NONE);
  useEffect(() => {
    if (!queue || count === 0) {
      setPending(NONE);
      return undefined;
    }
    let current = true;
    queue.pending().then(
      (acks) => current && setPending(acks),
      () => current && setPending(NONE),
    );
    return () => {
      current = false;
    };
  }, [queue, count]);
  return pending;
}

export function QueueStatus(props: { queue: DecisionQueue | undefined }) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const snapshot = useQueueSnapshot(props.queue);
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="queue-status" data-pending={snapshot.pending}>
      {snapshot.pending > 0 && (
        <>
          <Text className={styles.waiting}>
            <CloudArrowUpRegular className={styles.icon} aria-hidden />
            {tp('queue.waiting', snapshot.pending)}
          </Text>
          {/* progress while sending, in the same words as Home's button */}
          {snapshot.sending ? (
            <Spinner size="extra-tiny" label={t('queue.sending')} data-testid="queue-sending" />
          ) : (
            <Button size="small" appearance="subtle" onClick={() => void props.queue?.flush()}>
              {t('queue.sendNow')}
            </Button>
          )}
        </>
      )}
      {snapshot.rejected > 0 && (
        <>
          <Text className={styles.refused}>
            <ErrorCircleRegular className={styles.icon} aria-hidden />
            {tp('queue.refused', snapshot.rejected)}
          </Text>
          {/* the list's own words, for whoever puts it right; a refusal may pass once they have */}
          {snapshot.lastRefusal && (
            <Text size={200} data-testid="queue-refusal">
              {t('error.forAdministrator', { reason: snapshot.lastRefusal })}
            </Text>
          )}
          {!snapshot.sending && (
            <Button size="small" appearance="subtle" onClick={() => void props.queue?.retryRejected()}>
              {t('queue.retryRefused')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
