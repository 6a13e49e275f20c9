import { docx, encryptedDocx, wordParts, withDeclaredSize, zipBomb, zipOf } from '../../../../../test/support/docx-zips';
import { createTranslator, registerMessages } from '../../../lib/i18n';
import nl from '../../../locales/nl.json';
import en from '../../../locales/en.json';
import { DOCX_FAILURES, DocxReadError } from '../api/docx-limits';
import { readDocxBytes } from '../api/read-docx';
import { docxFailureOf, docxFailureText } from './docx-failure-text';

registerMessages('en', en);
const dutch = createTranslator('nl', 'nl-NL');
const english = createTranslator('en', 'en-GB');
const textIn = (translator: typeof dutch, failure: (typeof DOCX_FAILURES)[number]) => docxFailureText(translator.t, failure, translator.formatNumber);
const arrayBufferOf = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
const ourTexts = (messages: Record<string, string>) => Object.entries(messages).filter(([key]) => key.startsWith('check.docxFailed.'));

describe('what a person reads when a document cannot be opened', () => {
  it('has a Dutch and an English text of our own for every failure, filled in, with "je" and never "u"', () => {
    const seen = new Set<string>();
    for (const failure of DOCX_FAILURES) {
      const [inDutch, inEnglish] = [textIn(dutch, failure), textIn(english, failure)];
      expect(inDutch).not.toMatch(/[{}]|check\.docxFailed/);
      expect(inEnglish).not.toMatch(/[{}]|check\.docxFailed/);
      expect(inDutch).not.toBe(inEnglish);
      expect(inDutch).not.toMatch(/\b(u|uw)\b/i);
      seen.add(inDutch);
    }
    expect(seen.size).toBe(DOCX_FAILURES.length);
    expect(ourTexts(nl)).toHaveLength(DOCX_FAILURES.length);
    expect(ourTexts(en)).toHaveLength(DOCX_FAILURES.length);
    expect(textIn(dutch, 'inflates-too-far')).toContain('20 MB');
    expect(textIn(dutch, 'too-much-text')).toContain('1.000.000 tekens');
    expect(textIn(english, 'too-much-text')).toContain('1,000,000 characters');
  });

  it.each([
    ['plain text', Buffer.from('Dit is geen zip'), 'not-docx'],
    ['a password-protected document', encryptedDocx(), 'encrypted'],
    ['a zip bomb', zipBomb(64), 'inflates-too-far'],
    ['a zip whose headers understate its size', withDeclaredSize(zipBomb(64), 'word/document.xml', 4096), 'corrupt'],
    ['a damaged zip', docx(['Bestek']).subarray(0, 200), 'corrupt'],
    ['broken XML', zipOf({ ...wordParts(''), 'word/document.xml': '<w:document><w:body>' }), 'corrupt'],
  ])('turns %s into our own words, never the library’s', async (_, file, expected) => {
    const error = await readDocxBytes(arrayBufferOf(file), 'Bestek.docx', { createWorker: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxReadError);
    const failure = docxFailureOf(error, 'corrupt');
    expect(failure).toBe(expected);
    for (const [translator, messages] of [
      [dutch, nl],
      [english, en],
    ] as const) {
      const shown = textIn(translator, failure);
      // one of our templates, as written up to its first placeholder
      expect(ourTexts(messages).some(([, template]) => shown.startsWith(template.split('{')[0]!))).toBe(true);
      expect(shown).not.toContain((error as DocxReadError).reason);
      expect(shown).not.toMatch(/invalid|unexpected EOF|mammoth|Error|Could not find/);
    }
  });

  it('treats an error it does not know (a failed download, a browser quirk) as the failure the caller expects', () => {
    expect(docxFailureOf(new TypeError('Failed to fetch'), 'download-failed')).toBe('download-failed');
    expect(docxFailureOf(new DocxReadError('encrypted', 'x'), 'download-failed')).toBe('encrypted');
  });
});
