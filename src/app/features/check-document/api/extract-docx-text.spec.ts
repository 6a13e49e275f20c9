import { docx, encryptedDocx, paragraphXml, wordParts, withDeclaredSize, zipBomb, zipOf } from '../../../../../test/support/docx-zips';
import { DocxReadError, MAX_TEXT_CHARS, type DocxFailure } from './docx-limits';
import { extractDocxText } from './extract-docx-text';

const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

async function failureOf(buffer: Buffer): Promise<DocxFailure> {
  const error = await extractDocxText(bytes(buffer)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DocxReadError)) throw new Error(`expected a DocxReadError, got ${String(error)}`);
  return error.failure;
}

describe('extracting the text of a .docx', () => {
  it('reads the paragraphs, and does without the images it never inflates', async () => {
    // a picture as Word writes it: a drawing whose blip points through a relationship at word/media
    const picture =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Foto" descr="Bermen"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic>' +
      '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const parts = wordParts(paragraphXml('Aanbesteding groenonderhoud 2027') + picture + paragraphXml('Het maaien van bermen.'));
    const rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>';
    const file = zipOf({ ...parts, 'word/_rels/document.xml.rels': rels, 'word/media/image1.png': Buffer.alloc(10_000, 1) });
    const text = await extractDocxText(bytes(file));
    expect(text).toBe('Aanbesteding groenonderhoud 2027\n\nHet maaien van bermen.');
  });

  it('names each way a file can fail', async () => {
    expect(await failureOf(Buffer.from('Dit is platte tekst, geen zip.'))).toBe('not-docx');
    expect(await failureOf(zipOf({ 'notes.txt': 'hallo' }))).toBe('not-docx');
    expect(await failureOf(encryptedDocx())).toBe('encrypted');
    expect(await failureOf(zipBomb(64))).toBe('inflates-too-far');
    expect(await failureOf(withDeclaredSize(zipBomb(64), 'word/document.xml', 4096))).toBe('corrupt');
    // a zip whose document part is not XML: mammoth's own complaint becomes "corrupt"
    expect(await failureOf(zipOf({ ...wordParts(''), 'word/document.xml': '<w:document><w:body>' }))).toBe('corrupt');
  });

  it('refuses a document with more text than the checker takes', async () => {
    // ten long paragraphs of varied words (one sentence repeated would compress like a bomb)
    const words = ['circulair', 'inkopen', 'meubilair', 'gemeentehuis', 'hergebruik', 'asfalt', 'klinkers', 'bermen', 'onderhoud', 'bestek', 'Soest', 'materiaalpaspoort'];
    let seed = 7;
    const word = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]!;
    const paragraphs = Array.from({ length: 10 }, () => Array.from({ length: MAX_TEXT_CHARS / 50 }, word).join(' '));
    expect(paragraphs.join('\n\n').length).toBeGreaterThan(MAX_TEXT_CHARS);
    const long = docx(paragraphs);
    expect(await failureOf(long)).toBe('too-much-text');
  });
});
