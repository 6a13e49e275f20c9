// Where the draft comes in: typed or pasted, a local .docx read in the browser, or (in a tenant) a
// file from the site's document library. The title names the draft in the decisions.
import { Button, Field, Input, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, DismissRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { ErrorState } from '../../../components/page-states';
import { useI18n } from '../../../lib/i18n';
import type { SiteDocument, SiteDocuments } from '../../../lib/services';
import type { DocxFailure } from '../api/docx-limits';
import { readDocxFile } from '../api/read-docx';
import { docxFailureOf, docxFailureText } from '../lib/docx-failure-text';
import { SiteFilePicker } from './site-file-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hiddenFile: { display: 'none' },
  textarea: { minHeight: '220px' },
});

export interface DocumentInputProps {
  title: string;
  text: string;
  onTitleChange(title: string): void;
  onTextChange(text: string): void;
  /** a whole new document (opened or picked): the page starts a fresh check; a file from a drive names the document */
  onDocument(title: string, text: string, file?: SiteDocument): void;
  siteDocuments?: SiteDocuments;
}

export function DocumentInput(props: DocumentInputProps) {
  const styles = useStyles();
  const { t, formatNumber } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<DocxFailure>();

  const open = async (file: File | undefined) => {
    if (!file) return;
    setFailure(undefined);
    setReading(true);
    try {
      props.onDocument(file.name, await readDocxFile(file));
    } catch (e) {
      setFailure(docxFailureOf(e, 'corrupt'));
    } finally {
      setReading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t('check.titleLabel')} hint={t('check.titleHint')}>
        <Input value={props.title} onChange={(_, data) => props.onTitleChange(data.value)} maxLength={200} />
      </Field>
      <Field label={t('check.textLabel')} hint={t('check.textHint')}>
        <Textarea
          className={styles.textarea}
          value={props.text}
          onChange={(_, data) => props.onTextChange(data.value)}
          resize="vertical"
          data-testid="document-text"
        />
      </Field>
      <div className={styles.buttons}>
        <input
          ref={fileInput}
          className={styles.hiddenFile}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => void open(e.target.files?.[0])}
          data-testid="docx-input"
          tabIndex={-1}
          aria-hidden
        />
        <Button icon={<DocumentArrowUpRegular />} onClick={() => fileInput.current?.click()} disabled={reading}>
          {t('check.openDocx')}
        </Button>
        {reading && <Spinner size="tiny" label={t('check.reading')} data-testid="docx-reading" />}
        {props.siteDocuments && <SiteFilePicker siteDocuments={props.siteDocuments} onPicked={props.onDocument} />}
        {(props.text || props.title) && (
          <Button icon={<DismissRegular />} appearance="subtle" onClick={() => props.onDocument('', '')}>
            {t('check.clear')}
          </Button>
        )}
      </div>
      {failure && (
        <div data-testid="docx-failure" data-failure={failure}>
          <ErrorState title={t('check.openFailed')} detail={docxFailureText(t, failure, formatNumber)} />
        </div>
      )}
    </div>
  );
}
