// Which version of the document the choices go to, and, when the draft resembles a document
// checked before, the offer to go on with it as that document's next version (its choices come along).
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../../lib/i18n';
import type { VersionOffer } from '../hooks/use-document-identity';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
});

export function DocumentVersionBar(props: { version: number; offer: VersionOffer | undefined; onAccept: () => void; onDecline: () => void }) {
  const styles = useStyles();
  const { t, formatNumber } = useI18n();
  if (props.offer) {
    const { offer } = props;
    return (
      <MessageBar intent="info" layout="multiline" data-testid="new-version-offer" data-document={offer.id}>
        <MessageBarBody>
          <MessageBarTitle>{t('check.versionOfferTitle', { title: offer.title })}</MessageBarTitle>
          {t('check.versionOfferText', { version: offer.version, share: formatNumber(Math.round(offer.similarity * 100)) })}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={props.onAccept}>
            {t('check.versionAccept', { title: offer.title })}
          </Button>
          <Button onClick={props.onDecline}>{t('check.versionDecline')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <Text className={styles.muted} data-testid="document-version" data-version={props.version}>
      {t('check.versionNote', { version: props.version })}
    </Text>
  );
}
