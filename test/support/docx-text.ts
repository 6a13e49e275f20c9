// Reads a .docx back as a test would read it in Word: the text of word/document.xml, one line per
// paragraph, and each table row as its cells' texts joined by ' | '.
import { strFromU8, unzipSync } from 'fflate';

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const paragraphText = (xml: string) => unescapeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]));

export interface DocxText {
  /** the document's paragraphs outside tables, in order */
  paragraphs: string[];
  /** every table row: its cells' texts (a cell's paragraphs joined by a newline) */
  rows: string[][];
  /** docProps/core.xml, for the title and creator */
  core: string;
}

export function docxText(bytes: Uint8Array): DocxText {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) throw new Error('not a Word document: word/document.xml is missing');
  const xml = strFromU8(document);
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).join('\n')),
  );
  const outside = xml.replace(/<w:tbl[\s>][\s\S]*?<\/w:tbl>/g, '');
  return { paragraphs: paragraphsOf(outside), rows, core: files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '' };
}
