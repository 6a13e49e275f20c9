// An error as the person reads it: what kind of failure it was and what to do, in their language,
// and below it the raw message (English, from the server or the host) for whoever puts it right.
// The same administrator line as the queue's refusals (QueueStatus).
import { Text } from '@fluentui/react-components';
import { explainError } from '../lib/error-explanation';
import { useI18n } from '../lib/i18n';

/** the raw message as the secondary line, worded as on every surface */
export function ForAdministrator(props: { detail: string | undefined }) {
  const { t } = useI18n();
  if (!props.detail) return null;
  return (
    <Text as="p" block size={200} data-testid="for-administrator">
      {t('error.forAdministrator', { reason: props.detail })}
    </Text>
  );
}

export function ErrorExplanation(props: { error: unknown }) {
  const { t } = useI18n();
  const explained = explainError(props.error);
  return (
    <>
      <Text as="p" block data-testid="error-explanation" data-kind={explained.kind}>
        {t(explained.key)}
      </Text>
      <ForAdministrator detail={explained.detail} />
    </>
  );
}
