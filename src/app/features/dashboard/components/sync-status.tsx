// How fresh the figures are: the server's copy of the list was last brought up to date at this time
// and holds this many decisions; a button asks for the figures again.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { ErrorExplanation } from '../../../components/error-explanation';
import type { DashboardData } from '../hooks/use-dashboard-metrics';
import type { DashboardText } from '../lib/dashboard-text';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function SyncStatus(props: { data: DashboardData; onRefresh: () => void; text: DashboardText }) {
  const styles = useStyles();
  const { data, text } = props;
  const ready = data.status === 'ready' ? data : undefined;
  const busy = data.status === 'loading' || ready?.refreshing === true;
  const source = ready?.answer.source;
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Text role="status" aria-live="polite" data-testid="sync-status">
          {busy
            ? text.t('sync.refreshing')
            : source?.syncedAt
              ? text.t('sync.asOf', { when: text.dateTime(source.syncedAt), count: text.number(source.rows) })
              : text.t('sync.never')}
        </Text>
        <Button size="small" icon={<ArrowSyncRegular />} onClick={props.onRefresh} disabled={busy}>
          {text.t('sync.refresh')}
        </Button>
      </div>
      {ready?.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('sync.failed')}</MessageBarTitle>
            {text.t('sync.failedKeep')}
            <ErrorExplanation error={ready.error} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
