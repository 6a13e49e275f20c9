// Word documents made in the tests, deflated as Word makes them (adm-zip), and the hostile ones:
// a zip bomb, a bomb whose headers understate its size, a password-protected document's wrapper.
import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const paragraphXml = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** the parts of a minimal .docx whose body is `bodyXml` */
export function wordParts(bodyXml: string): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`,
  };
}

/** a zip of the given entries, deflated */
export function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(entries)) zip.addFile(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  return zip.toBuffer();
}

export function docx(paragraphs: readonly string[], extra: Record<string, string | Buffer> = {}): Buffer {
  return zipOf({ ...wordParts(paragraphs.map(paragraphXml).join('')), ...extra });
}

const bombs = new Map<number, Buffer>();
/** deflating a bomb takes a second or two of CPU; test files and workers share each one made */
const BOMB_CACHE = resolve(__dirname, '..', '..', 'node_modules', '.cache', 'circular-choices-tests');

/** a .docx whose document part inflates to `mb` MB: at 64, 229 KB (the bomb of issue 11); made once per size */
export function zipBomb(mb = 64): Buffer {
  let bomb = bombs.get(mb);
  if (!bomb) {
    const paragraph = paragraphXml('Het onderhoud van asfaltverharding en elementenverharding in Soest. ');
    const [head, tail] = wordParts('\u0000')['word/document.xml']!.split('\u0000') as [string, string];
    // named after what it holds, so a change to the parts or the paragraph makes a new one
    const key = createHash('sha256').update(JSON.stringify([mb, paragraph, head, tail, wordParts('')])).digest('hex').slice(0, 16);
    const file = join(BOMB_CACHE, `zip-bomb-${mb}mb-${key}.docx`);
    try {
      bomb = readFileSync(file);
    } catch {
      // the body is filled in a Buffer, outside the JavaScript heap, and then deflated by adm-zip
      const body = Buffer.alloc(Math.ceil((mb * 1024 * 1024) / paragraph.length) * paragraph.length).fill(paragraph);
      bomb = zipOf({ ...wordParts(''), 'word/document.xml': Buffer.concat([Buffer.from(head), body, Buffer.from(tail)]) });
      mkdirSync(BOMB_CACHE, { recursive: true });
      // written aside and renamed, so a parallel reader never sees half a file
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, bomb);
      renameSync(partial, file);
    }
    bombs.set(mb, bomb);
  }
  return Buffer.from(bomb);
}

/** the zip's directory entry and local header for `name` claim `size` bytes inflated, whatever the data holds */
export function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name, 'utf8');
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + nameBytes.length).equals(nameBytes) && out.readUInt16LE(at + 26) === nameBytes.length) {
      out.writeUInt32LE(size, at + 22);
      patched++;
    } else if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + nameBytes.length).equals(nameBytes) && out.readUInt16LE(at + 28) === nameBytes.length) {
      out.writeUInt32LE(size, at + 24);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`found ${patched} headers for ${name}, expected 2`);
  return out;
}

/** the start of what Word saves for a password-protected document: an OLE compound file with an EncryptedPackage stream */
export function encryptedDocx(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(128);
  Buffer.from('EncryptedPackage', 'utf16le').copy(directory);
  return Buffer.concat([header, directory, Buffer.alloc(2048, 0x5a)]);
}
