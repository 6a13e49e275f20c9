// Which version of the document the choices go to. When the draft resembles a document checked
// before in this browser, the offer to go on with it as that document's next version (its choices
// come along); otherwise, until a choice is made, the person can name the earlier document it is
// a new version of, from their own recent documents (the server's list of their choices). After
// the first choice the picker stays, disabled, so the criteria below do not move under the pointer.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentSummary } from '../../../../domain/documents';
import { useI18n } from '../../../lib/i18n';
import type { VersionOffer } from '../hooks/use-document-identity';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '480px' },
});

export interface DocumentVersionBarProps {
  version: number;
  offer: VersionOffer | undefined;
  onAccept: () => void;
  onDecline: () => void;
  /** the person's recent documents to name as the earlier one */
  earlier?: readonly DocumentSummary[];
  /** a choice was made: the document can no longer be named as another's new version */
  settled?: boolean;
  onContinue?: (document: DocumentSummary) => void;
}

export function DocumentVersionBar(props: DocumentVersionBarProps) {
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
  const earlier = props.earlier ?? [];
  return (
    <div className={styles.root}>
      <Text className={styles.muted} data-testid="document-version" data-version={props.version}>
        {t('check.versionNote', { version: props.version })}
      </Text>
      {earlier.length > 0 && (
        <Field label={t('check.earlierDocumentLabel')} hint={props.settled ? t('check.earlierDocumentSettled') : undefined} className={styles.picker}>
          <Select
            value=""
            disabled={props.settled}
            data-testid="earlier-document"
            onChange={(_, data) => {
              const chosen = earlier.find((d) => d.id === data.value);
              if (chosen) props.onContinue?.(chosen);
            }}
          >
            <option value="">{t('check.earlierDocumentNone')}</option>
            {earlier.map((d) => (
              <option key={d.id} value={d.id}>
                {t('check.earlierDocumentOption', { title: d.title, version: d.latestVersion + 1 })}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
