// What a page says of the earlier choices on its document: that they could not be read (with a retry),
// or how many there are.
import { Text } from '@fluentui/react-components';
import { ErrorState } from '../../../components/page-states';
import { useI18n } from '../../../lib/i18n';
import type { EarlierChoices } from '../hooks/use-earlier-choices';

export function EarlierChoicesNote({ choices }: { choices: EarlierChoices }) {
  const { t, tp } = useI18n();
  const { read, latest } = choices;
  if (read.state.status === 'error') return <ErrorState title={t('check.earlierFailed')} error={read.state.error} onRetry={read.retry} />;
  if (read.state.status === 'ready' && latest.size > 0) return <Text data-testid="earlier-note">{tp('check.earlierNote', latest.size)}</Text>;
  return null;
}
