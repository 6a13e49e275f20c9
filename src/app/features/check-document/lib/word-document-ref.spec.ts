import { ACKNOWLEDGEMENT_LIMITS } from '../../../../domain/acknowledgement';
import { fileNameOf, occurrenceAt, wordDocumentRef } from './word-document-ref';

describe('wordDocumentRef', () => {
  it('files choices under the document URL itself', () => {
    const url = 'https://soest.sharepoint.com/sites/inkoop/Gedeelde documenten/Aanbesteding.docx';
    expect(wordDocumentRef(` ${url} `)).toBe(url);
  });

  it('has no reference for a document never saved', () => {
    expect(wordDocumentRef(undefined)).toBeUndefined();
    expect(wordDocumentRef('')).toBeUndefined();
  });

  it('files nothing under a path on a local disk', () => {
    expect(wordDocumentRef('C:\\Users\\jdevries\\Documents\\Aanbesteding.docx')).toBeUndefined();
  });

  it('turns an address longer than the list column into a stable hash of it', () => {
    const long = `https://soest.sharepoint.com/sites/inkoop/${'map/'.repeat(80)}Aanbesteding.docx`;
    const ref = wordDocumentRef(long)!;
    expect(ref).toMatch(/^url:/);
    expect(ref.length).toBeLessThanOrEqual(ACKNOWLEDGEMENT_LIMITS.contextRefMax);
    expect(wordDocumentRef(long)).toBe(ref);
    expect(wordDocumentRef(`${long}x`)).not.toBe(ref);
  });
});

describe('fileNameOf', () => {
  it('names the file from its address, decoded', () => {
    expect(fileNameOf('https://soest-my.sharepoint.com/personal/a/Documents/Plan%20LED.docx?web=1')).toBe('Plan LED.docx');
    expect(fileNameOf(undefined)).toBeUndefined();
  });
});

describe('occurrenceAt', () => {
  it('counts which occurrence of a word the evidence is, ignoring case, as Word’s search does', () => {
    const text = 'Armaturen vervangen. De armaturen worden teruggenomen; armaturen met LED.';
    expect(occurrenceAt(text, 'armaturen', 0)).toBe(0);
    expect(occurrenceAt(text, 'armaturen', text.indexOf('armaturen worden'))).toBe(1);
    expect(occurrenceAt(text, 'armaturen', text.lastIndexOf('armaturen'))).toBe(2);
  });
});
