// A .docx's text from its bytes: the zip is measured and its XML parts inflated under a cap
// (docx-zip.ts), and only those parts, zipped again, reach mammoth. Runs in the docx worker; the
// page calls it itself only where there are no workers.
import { DocxReadError, MAX_TEXT_CHARS } from './docx-limits';
import { containerOf, inflateXmlParts, inspectDocxZip, rezipParts } from './docx-zip';

export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const container = containerOf(bytes);
  if (container === 'encrypted-office') throw new DocxReadError('encrypted', 'an OLE file with an EncryptedPackage stream');
  if (container !== 'zip') throw new DocxReadError('not-docx', 'the file does not start as a zip');
  const listing = inspectDocxZip(bytes);
  const clean = rezipParts(inflateXmlParts(bytes, listing));

  const mammoth = await import(/* webpackChunkName: "docx" */ 'mammoth/mammoth.browser.min.js');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ arrayBuffer: clean.buffer as ArrayBuffer })).value;
  } catch (error) {
    throw new DocxReadError('corrupt', `mammoth could not read it (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = raw.replace(/\n{3,}/g, '\n\n').trim();
  if (text.length > MAX_TEXT_CHARS) throw new DocxReadError('too-much-text', `${text.length} characters, more than ${MAX_TEXT_CHARS}`);
  return text;
}
