// What a person reads when a document cannot be opened: our own words for each failure, in their
// language. A library's message never gets here; it stays in DocxReadError.reason for developers.
import type { MessageKey, Translator } from '../../../lib/i18n';
import { DocxReadError, MAX_DOCX_BYTES, MAX_TEXT_CHARS, MAX_XML_BYTES, READ_TIME_LIMIT_MS, type DocxFailure } from '../api/docx-limits';

const KEYS: Record<DocxFailure, MessageKey> = {
  'not-docx': 'check.docxFailed.notDocx',
  encrypted: 'check.docxFailed.encrypted',
  corrupt: 'check.docxFailed.corrupt',
  'file-too-large': 'check.docxFailed.fileTooLarge',
  'inflates-too-far': 'check.docxFailed.inflatesTooFar',
  'too-much-text': 'check.docxFailed.tooMuchText',
  'download-failed': 'check.docxFailed.downloadFailed',
  'worker-failed': 'check.docxFailed.workerFailed',
  'timed-out': 'check.docxFailed.timedOut',
};

const MB = 1024 * 1024;

/** the failure behind any error from reading or fetching a document; anything unforeseen counts as `otherwise` */
export function docxFailureOf(error: unknown, otherwise: DocxFailure): DocxFailure {
  return error instanceof DocxReadError ? error.failure : otherwise;
}

export function docxFailureText(t: Translator['t'], failure: DocxFailure, formatNumber: (n: number) => string): string {
  return t(KEYS[failure], {
    fileMb: formatNumber(MAX_DOCX_BYTES / MB),
    xmlMb: formatNumber(MAX_XML_BYTES / MB),
    chars: formatNumber(MAX_TEXT_CHARS),
    seconds: formatNumber(READ_TIME_LIMIT_MS / 1000),
  });
}
