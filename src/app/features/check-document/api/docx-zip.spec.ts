import { docx, paragraphXml, wordParts, withDeclaredSize, zipBomb, zipOf } from '../../../../../test/support/docx-zips';
import { DocxReadError, MAX_ENTRIES, MAX_XML_BYTES } from './docx-limits';
import { inflateXmlParts, inspectDocxZip } from './docx-zip';

const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

function failureOf(run: () => unknown): DocxReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocxReadError) return error;
    throw error;
  }
  throw new Error('expected a DocxReadError');
}

describe('the zip inside a .docx', () => {
  it('lists the parts with the sizes the directory declares, and inflates the XML parts but not the media', () => {
    const image = Buffer.alloc(50_000, 7);
    const zip = bytes(docx(['Aanbesteding groenonderhoud'], { 'word/media/image1.png': image }));
    const listing = inspectDocxZip(zip);
    expect(listing.entries.map((e) => e.name).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/media/image1.png']);
    expect(listing.entries.find((e) => e.name === 'word/media/image1.png')).toMatchObject({ declaredSize: 50_000 });
    expect(listing.xmlParts.map((e) => e.name)).not.toContain('word/media/image1.png');

    const parts = inflateXmlParts(zip, listing);
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toContain('Aanbesteding groenonderhoud');
  });

  it('refuses a zip bomb from its directory alone: 229 KB that declares 64 MB of XML', () => {
    const bomb = zipBomb(64);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const refused = failureOf(() => inspectDocxZip(bytes(bomb)));
    expect(refused.failure).toBe('inflates-too-far');
    expect(refused.reason).toMatch(/declare \d+ bytes, more than 20971520/);
  });

  it('refuses XML that compresses far better than Word’s ever does, even under the size limit', () => {
    // 8 MB of one repeated paragraph: under 20 MB, but about 400 times its compressed size
    const zip = zipBomb(8);
    const refused = failureOf(() => inspectDocxZip(bytes(zip)));
    expect(refused.failure).toBe('inflates-too-far');
    expect(refused.reason).toMatch(/more than 200 times/);
  });

  it('stops inflating a part whose headers understate its size, at the size they declare', () => {
    const liar = bytes(withDeclaredSize(zipBomb(64), 'word/document.xml', 4096));
    const listing = inspectDocxZip(liar); // the directory looks harmless
    expect(listing.declaredXmlBytes).toBeLessThan(10_000);
    const refused = failureOf(() => inflateXmlParts(liar, listing));
    expect(refused.failure).toBe('corrupt');
    expect(refused.reason).toMatch(/word\/document\.xml inflates past the 4096 bytes/);
  });

  it('refuses a liar that declares just under the limit but holds more, while inflating', () => {
    const liar = bytes(withDeclaredSize(zipBomb(64), 'word/document.xml', MAX_XML_BYTES - 10_000));
    const listing = inspectDocxZip(liar); // under the limit, and under the ratio against 229 KB
    const refused = failureOf(() => inflateXmlParts(liar, listing));
    expect(refused.reason).toMatch(/inflates past the 20961520 bytes/);
  });

  it('refuses a zip with more entries than a Word document has', () => {
    const entries: Record<string, string> = { ...wordParts(paragraphXml('tekst')) };
    for (let i = 0; i <= MAX_ENTRIES; i++) entries[`word/media/image${i}.png`] = 'x';
    expect(failureOf(() => inspectDocxZip(bytes(zipOf(entries)))).failure).toBe('inflates-too-far');
  });

  it('tells a zip that is not a Word document from a damaged one', () => {
    expect(failureOf(() => inspectDocxZip(bytes(zipOf({ 'notes.txt': 'hallo' })))).failure).toBe('not-docx');
    const whole = docx(['Aanbesteding groenonderhoud']);
    expect(failureOf(() => inspectDocxZip(bytes(whole.subarray(0, whole.length - 30)))).failure).toBe('corrupt');
    // the directory is intact but the deflated text of the document is overwritten
    const damaged = Buffer.from(whole);
    const local = damaged.indexOf(Buffer.from('word/document.xml')) - 30;
    const data = local + 30 + damaged.readUInt16LE(local + 26) + damaged.readUInt16LE(local + 28);
    damaged.fill(0xff, data, data + 12);
    const listing = inspectDocxZip(bytes(damaged));
    expect(failureOf(() => inflateXmlParts(bytes(damaged), listing)).failure).toBe('corrupt');
  });
});
