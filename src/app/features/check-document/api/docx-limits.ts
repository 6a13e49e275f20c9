// What a Word document may cost the tab before it is refused, and the ways reading one can fail.
// A .docx is a zip of XML parts; a small zip can inflate to gigabytes, so the parts are measured
// before and while they are inflated, never after.

/** the file as chosen or downloaded */
export const MAX_DOCX_BYTES = 25 * 1024 * 1024;
/** the XML parts together, inflated: a 300-page tender is about 5 MB */
export const MAX_XML_BYTES = 20 * 1024 * 1024;
/** entries in the zip: Word writes a few dozen, plus one per image */
export const MAX_ENTRIES = 2000;
/** inflated XML per compressed byte, over all XML parts: Word's XML stays well under 50, a bomb nears 1,000 */
export const MAX_XML_RATIO = 200;
/** the text handed to the matcher and the text field: about 350 pages, a long tender with its annexes */
export const MAX_TEXT_CHARS = 1_000_000;
/** the worker's time for one document, after which it is ended */
export const READ_TIME_LIMIT_MS = 30_000;

export type DocxFailure =
  | 'not-docx'
  | 'encrypted'
  | 'corrupt'
  | 'file-too-large'
  | 'inflates-too-far'
  | 'too-much-text'
  | 'download-failed'
  | 'worker-failed'
  | 'timed-out';

export const DOCX_FAILURES: readonly DocxFailure[] = [
  'not-docx',
  'encrypted',
  'corrupt',
  'file-too-large',
  'inflates-too-far',
  'too-much-text',
  'download-failed',
  'worker-failed',
  'timed-out',
];

/** a document that could not be read; `reason` is for developers and logs, never shown to people */
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';
  constructor(
    readonly failure: DocxFailure,
    readonly reason: string,
  ) {
    super(`${failure}: ${reason}`);
  }
}
