// Progress, empty and error states that look the same on every page and say what to do next.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { ErrorExplanation } from './error-explanation';

const useStyles = makeStyles({
  centred: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function PageLoading(props: { label?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.centred}>
      <Spinner label={props.label ?? t('state.loading')} labelPosition="below" />
    </div>
  );
}

/**
 * a failure with what to do next: `detail` is the app's own words; `error` (a failed call, or a
 * host's message) is explained in the person's language with its raw message for the administrator
 */
export function ErrorState(props: { title: string; detail?: string; error?: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.detail}
        {props.error !== undefined && <ErrorExplanation error={props.error} />}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t('state.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function EmptyState(props: { title: string; hint: string; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <Text weight="semibold">{props.title}</Text>
      <Text>{props.hint}</Text>
      {props.action}
    </div>
  );
}
