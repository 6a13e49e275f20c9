// Tenant mode: pick a Word document from the site's document library. Hidden where there is no
// library to pick from (local mode).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { useI18n } from '../../../lib/i18n';
import type { SiteDocument, SiteDocuments } from '../../../lib/services';
import { MAX_DOCX_BYTES, type DocxFailure } from '../api/docx-limits';
import { readDocxBytes } from '../api/read-docx';
import { docxFailureOf, docxFailureText } from '../lib/docx-failure-text';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function FileList(props: { siteDocuments: SiteDocuments; onChoose: (doc: SiteDocument) => void; busy: boolean }) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const { state, retry } = useLoadable(() => props.siteDocuments.list(), [props.siteDocuments]);
  if (state.status === 'loading') return <PageLoading label={t('check.siteLoading')} />;
  if (state.status === 'error') return <ErrorState title={t('check.siteFailed')} error={state.error} onRetry={retry} />;
  if (state.value.length === 0) return <EmptyState title={t('check.siteEmptyTitle')} hint={t('check.siteEmptyHint')} />;
  return (
    <ul className={styles.list}>
      {state.value.map((doc) => (
        <li key={`${doc.driveId}/${doc.itemId}`}>
          <Button appearance="subtle" disabled={props.busy} onClick={() => props.onChoose(doc)}>
            {doc.name}
          </Button>
          {doc.lastModified && <Text size={200}> {formatDate(doc.lastModified)}</Text>}
        </li>
      ))}
    </ul>
  );
}

export function SiteFilePicker(props: { siteDocuments: SiteDocuments; onPicked: (title: string, text: string, file: SiteDocument) => void }) {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<DocxFailure>();
  const choose = async (doc: SiteDocument) => {
    setFailure(undefined);
    if (doc.size !== undefined && doc.size > MAX_DOCX_BYTES) {
      setFailure('file-too-large');
      return;
    }
    setBusy(true);
    let bytes: ArrayBuffer;
    try {
      bytes = await props.siteDocuments.download(doc);
    } catch (e) {
      setFailure(docxFailureOf(e, 'download-failed'));
      setBusy(false);
      return;
    }
    try {
      // the same checks and the same worker as a file from the person's computer
      props.onPicked(doc.name, await readDocxBytes(bytes, doc.name), doc);
      setOpen(false);
    } catch (e) {
      setFailure(docxFailureOf(e, 'corrupt'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<FolderOpenRegular />}>{t('check.pickFromSite')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('check.pickFromSite')}</DialogTitle>
          <DialogContent>
            {open && <FileList siteDocuments={props.siteDocuments} onChoose={(doc) => void choose(doc)} busy={busy} />}
            {busy && <PageLoading label={t('check.reading')} />}
            {failure && (
              <div data-testid="docx-failure" data-failure={failure}>
                <ErrorState title={t('check.openFailed')} detail={docxFailureText(t, failure, formatNumber)} />
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('decision.cancel')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
