// The zip inside a .docx, measured before anything is inflated and inflated under a hard cap, so a
// zip bomb or a header that lies about its sizes is refused instead of filling the tab's memory.
// fflate reads the zip: the central directory (unzipSync with a filter that inflates nothing) for
// the declared sizes, then its streaming unzip for the XML parts, fed in small chunks and stopped
// as soon as a part inflates past what its directory entry declared.
import { Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';
import { DocxReadError, MAX_ENTRIES, MAX_XML_BYTES, MAX_XML_RATIO } from './docx-limits';

export interface DocxZipEntry {
  name: string;
  compressedSize: number;
  /** the uncompressed size the central directory claims: a hint to check, not a promise */
  declaredSize: number;
  /** 0 stored, 8 deflate */
  compression: number;
}

export interface DocxZipListing {
  entries: DocxZipEntry[];
  /** the parts mammoth reads; images and other media are never inflated */
  xmlParts: DocxZipEntry[];
  declaredXmlBytes: number;
  compressedXmlBytes: number;
}

/** compressed bytes fed to the inflater at a time: the most one push can inflate to is about 1,000 times this */
const PUSH_BYTES = 8 * 1024;

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** what kind of container the bytes are, from their first bytes */
export function containerOf(bytes: Uint8Array): 'zip' | 'encrypted-office' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return 'zip';
  // Word saves a password-protected .docx as an OLE compound file holding an "EncryptedPackage" stream
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, i) => bytes[i] === byte);
  if (ole && new TextDecoder('utf-16le').decode(bytes).includes('EncryptedPackage')) return 'encrypted-office';
  return 'other';
}

/** the central directory's entries, checked against the limits; nothing is inflated */
export function inspectDocxZip(bytes: Uint8Array): DocxZipListing {
  const entries: DocxZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        // a forged entry count (zip64 allows billions) would otherwise keep this loop going
        if (entries.length >= MAX_ENTRIES) throw new DocxReadError('inflates-too-far', `the zip has more than ${MAX_ENTRIES} entries`);
        entries.push({ name: info.name, compressedSize: info.size, declaredSize: info.originalSize, compression: info.compression });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('corrupt', `the zip directory cannot be read (${messageOf(error)})`);
  }
  if (!entries.some((e) => e.name === '[Content_Types].xml')) throw new DocxReadError('not-docx', 'the zip has no [Content_Types].xml');
  if (new Set(entries.map((e) => e.name)).size !== entries.length) throw new DocxReadError('corrupt', 'the zip names an entry twice');

  const xmlParts = entries.filter((e) => isXmlPart(e.name));
  let declaredXmlBytes = 0;
  let compressedXmlBytes = 0;
  for (const part of xmlParts) {
    if (part.compression !== 0 && part.compression !== 8) throw new DocxReadError('corrupt', `${part.name} uses compression method ${part.compression}`);
    declaredXmlBytes += part.declaredSize;
    compressedXmlBytes += part.compressedSize;
  }
  if (declaredXmlBytes > MAX_XML_BYTES) throw new DocxReadError('inflates-too-far', `the XML parts declare ${declaredXmlBytes} bytes, more than ${MAX_XML_BYTES}`);
  if (declaredXmlBytes > MAX_XML_RATIO * Math.max(compressedXmlBytes, 1)) {
    throw new DocxReadError('inflates-too-far', `the XML parts declare ${declaredXmlBytes} bytes from ${compressedXmlBytes} compressed, more than ${MAX_XML_RATIO} times`);
  }
  return { entries, xmlParts, declaredXmlBytes, compressedXmlBytes };
}

function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * the XML parts of the listing, inflated; each may produce no more than its directory entry
 * declared (which inspectDocxZip held to MAX_XML_BYTES together), so a lying header costs at most
 * the limit plus one push
 */
export function inflateXmlParts(bytes: Uint8Array, listing: DocxZipListing): Map<string, Uint8Array> {
  const caps = new Map(listing.xmlParts.map((part) => [part.name, part.declaredSize]));
  const parts = new Map<string, Uint8Array>();
  const started = new Set<string>();
  let failure: DocxReadError | undefined;
  let files = 0;
  let total = 0;

  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++files > MAX_ENTRIES) {
      failure = new DocxReadError('inflates-too-far', `the zip holds more than ${MAX_ENTRIES} entries`);
      return;
    }
    const cap = caps.get(file.name);
    if (cap === undefined) return; // media, or an entry the directory does not list: never inflated
    if (started.has(file.name)) {
      failure = new DocxReadError('corrupt', `the zip holds ${file.name} twice`);
      return;
    }
    started.add(file.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = new DocxReadError('corrupt', `${file.name} does not inflate (${error.message})`);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > cap) {
        // the header lied: the file is not what it says it is
        failure = new DocxReadError('corrupt', `${file.name} inflates past the ${cap} bytes its directory entry declares`);
        return;
      }
      if (total > MAX_XML_BYTES) {
        failure = new DocxReadError('inflates-too-far', `the XML parts inflate past ${MAX_XML_BYTES} bytes`);
        return;
      }
      chunks.push(data);
      if (final) parts.set(file.name, joined(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length && !failure; at += PUSH_BYTES) {
      unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
    }
  } catch (error) {
    if (!failure) failure = new DocxReadError('corrupt', `the zip cannot be read (${messageOf(error)})`);
  }
  if (failure) throw failure;
  const missing = listing.xmlParts.find((part) => !parts.has(part.name));
  if (missing) throw new DocxReadError('corrupt', `${missing.name} is listed but its data is missing or cut short`);
  return parts;
}

/** a new zip of only the measured XML parts, stored, for mammoth: it never sees the original bytes */
export function rezipParts(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 0 });
}
