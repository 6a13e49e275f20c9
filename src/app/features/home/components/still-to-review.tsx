// Recent nudges: criteria I put aside with 'later', so they come back when I am ready.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import type { Loadable } from '../../../hooks/use-loadable';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function StillToReview(props: { state: Loadable<Acknowledgement[]>; onRetry: () => void; itemText: (id: string) => string | undefined }) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.laterTitle')}</h2>
      {props.state.status === 'loading' && <PageLoading label={t('home.laterLoading')} />}
      {props.state.status === 'error' && <ErrorState title={t('home.laterFailed')} detail={props.state.error.message} onRetry={props.onRetry} />}
      {props.state.status === 'ready' &&
        (props.state.value.length === 0 ? (
          <EmptyState title={t('home.laterEmptyTitle')} hint={t('home.laterEmptyHint')} />
        ) : (
          <ul className={styles.list}>
            {props.state.value.map((ack) => (
              <li key={ack.ackKey}>
                <Link href={hrefFor(`/criteria/${encodeURIComponent(ack.checklistItemId)}`)}>{props.itemText(ack.checklistItemId) ?? ack.checklistItemId}</Link>{' '}
                <Text className={styles.muted}>
                  {t('home.laterContext', { context: ack.contextTitle ?? ack.contextRef, date: formatDate(ack.ackAt) })}
                </Text>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
