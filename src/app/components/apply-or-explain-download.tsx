// Downloads the person's apply-or-explain record of a document as a Word file, to put in the
// procurement file. The server writes it from their own recorded choices, so choices still waiting
// in the offline queue are sent first. In Teams the record is also shared: Share to Teams posts
// the record's link, which the message extension unfurls into the record's card; elsewhere the
// link is copied for pasting into a chat.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular, ShareRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { recordLink } from '../../domain/apply-or-explain/record-link';
import { fetchApplyOrExplainRecord, type ApplyOrExplainRequest } from '../../server/api/post-apply-or-explain';
import { saveFile } from '../lib/save-file';
import { useI18n } from '../lib/i18n';
import { useServices } from '../lib/services';
import { useAnnounce } from './announcer';
import { CopyButton } from './copy-button';
import { ErrorExplanation } from './error-explanation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ApplyOrExplainDownloadProps {
  /** the document: its reference, title and version as the choices carry them */
  contextRef: string;
  title?: string;
  /** the document's version the record is of (documents keep numbered versions) */
  version?: string | number;
  /** the checklists that fit the document */
  checklistIds: readonly string[];
}

export function ApplyOrExplainDownload(props: ApplyOrExplainDownloadProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const services = useServices();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  // what went wrong with the last download or share: the error itself, explained below the buttons
  const [failed, setFailed] = useState<unknown>();

  const download = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      await services.queue?.flush().catch(() => undefined);
      const request: ApplyOrExplainRequest = { contextRef: props.contextRef, checklistIds: [...props.checklistIds], language };
      if (props.title?.trim()) request.title = props.title.trim();
      if (props.version !== undefined && props.version !== '') request.version = String(props.version);
      const file = await fetchApplyOrExplainRecord({ getToken: () => services.session.getApiToken() }, request);
      saveFile(file.fileName, file.blob);
      announce(t('record.downloaded', { file: file.fileName }));
    } catch (error) {
      setFailed(error ?? new Error('failed'));
    } finally {
      setBusy(false);
    }
  };

  const link = recordLink(window.location.origin, { contextRef: props.contextRef, checklistIds: [...props.checklistIds], ...(props.title ? { title: props.title } : {}) });
  const share = services.host.capabilities.share;
  const shareInTeams = async () => {
    setFailed(undefined);
    try {
      await services.queue?.flush().catch(() => undefined);
      await share!({ url: link, message: t('record.shareMessage', { title: props.title ?? '' }) });
      announce(t('record.shareOpened'));
    } catch (error) {
      setFailed(error ?? new Error('failed'));
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button icon={<DocumentArrowDownRegular />} disabled={busy} onClick={download} data-testid="apply-or-explain-download">
          {busy ? t('record.downloading') : t('record.download')}
        </Button>
        {share ? (
          <Button icon={<ShareRegular />} onClick={shareInTeams}>
            {t('record.share')}
          </Button>
        ) : (
          <CopyButton text={link} label={t('record.copyLink')} />
        )}
      </div>
      <Text size={200}>{t('record.downloadHint')}</Text>
      {failed !== undefined && (
        <div role="alert">
          <Text className={styles.error}>{t('record.downloadFailed')}</Text>
          <ErrorExplanation error={failed} />
        </div>
      )}
    </div>
  );
}
