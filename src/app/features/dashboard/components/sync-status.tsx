// Where the figures come from and how fresh they are: progress while the list is read, the time of
// the last update, a button to update now, and the list itself in SharePoint.
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, OpenRegular } from '@fluentui/react-icons';
import type { DashboardData } from '../hooks/use-dashboard-data';
import type { DashboardText } from '../lib/dashboard-text';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function progressText(data: DashboardData, text: DashboardText): string | undefined {
  const progress = data.status === 'loading' || data.status === 'ready' ? data.progress : undefined;
  if (!progress) return data.status === 'ready' && data.refreshing ? text.t('sync.refreshing') : undefined;
  if (progress.phase === 'saving') return text.t('sync.saving', { count: text.number(progress.items) });
  return data.status === 'loading' ? text.t('sync.first', { count: text.number(progress.items) }) : text.t('sync.refreshing');
}

export function SyncStatus(props: { data: DashboardData; onRefresh: () => void; listWebUrl?: string; localMode: boolean; text: DashboardText }) {
  const styles = useStyles();
  const { data, text } = props;
  const busy = progressText(data, text);
  const ready = data.status === 'ready' ? data : undefined;
  return (
    <div className={styles.progress}>
      <div className={styles.row}>
        <Text role="status" aria-live="polite" data-testid="sync-status">
          {busy ??
            (ready?.syncedAt ? text.t('sync.asOf', { when: text.dateTime(ready.syncedAt), count: text.number(ready.acks.length) }) : text.t('sync.never'))}
        </Text>
        <Button size="small" icon={<ArrowSyncRegular />} onClick={props.onRefresh} disabled={busy !== undefined || data.status === 'loading'}>
          {text.t('sync.refresh')}
        </Button>
        {props.listWebUrl ? (
          <Link href={props.listWebUrl} target="_blank" rel="noopener noreferrer">
            {text.t('list.open')} <OpenRegular aria-hidden />
          </Link>
        ) : (
          props.localMode && <Text className={styles.muted}>{text.t('list.local')}</Text>
        )}
      </div>
      {busy !== undefined && <ProgressBar aria-label={busy} thickness="medium" />}
      {ready && !ready.persistent && <Text className={styles.muted}>{text.t('sync.noCache')}</Text>}
      {ready?.lastReport?.kind === 'restarted' && <Text className={styles.muted}>{text.t('sync.restarted')}</Text>}
      {ready?.lastReport?.kind === 'incremental' && (ready.lastReport.upserted > 0 || ready.lastReport.deleted > 0) && (
        <Text className={styles.muted} data-testid="sync-report">
          {text.t('sync.done', { upserted: text.number(ready.lastReport.upserted), deleted: text.number(ready.lastReport.deleted) })}
        </Text>
      )}
      {ready?.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('sync.failed')}</MessageBarTitle>
            {text.t('sync.failedKeep')} {ready.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
