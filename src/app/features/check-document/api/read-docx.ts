// The text of a Word document, extracted in the browser (mammoth, in a chunk of its own that loads
// only when someone opens a file). Nothing is uploaded.
export class UnreadableDocumentError extends Error {
  override readonly name = 'UnreadableDocumentError';
}

const MAX_DOCX_BYTES = 25 * 1024 * 1024;

export async function readDocxText(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<string> {
  if (!/\.docx$/i.test(file.name)) throw new UnreadableDocumentError(`${file.name} is not a .docx file`);
  if (file.size > MAX_DOCX_BYTES) throw new UnreadableDocumentError(`${file.name} is larger than 25 MB`);
  return docxBufferText(await file.arrayBuffer(), file.name);
}

export async function docxBufferText(buffer: ArrayBuffer, name: string): Promise<string> {
  const mammoth = await import(/* webpackChunkName: "docx" */ 'mammoth/mammoth.browser.min.js');
  try {
    const { value } = await mammoth.extractRawText({ arrayBuffer: buffer });
    return value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    throw new UnreadableDocumentError(`${name} could not be read as a Word document (${error instanceof Error ? error.message : String(error)})`);
  }
}
