// The reference choices made in the Word pane are filed under: the document's own address in
// SharePoint or OneDrive, so the same file finds its choices from any computer and after any edit.
// An address longer than the list's column holds becomes a stable hash of itself. A document never
// saved has no address, and one on a local disk has a path that says nothing to anyone else (and
// names a person's folders): for both the pane files choices under the text's fingerprint, as the
// tab does.
import { ackKeyFor, ACKNOWLEDGEMENT_LIMITS } from '../../../../domain/acknowledgement';

export function wordDocumentRef(url: string | undefined): string | undefined {
  const address = url?.trim();
  if (!address || !isWebAddress(address)) return undefined;
  return address.length <= ACKNOWLEDGEMENT_LIMITS.contextRefMax ? address : `url:${ackKeyFor('document-url', address)}`;
}

/** an http(s) address: a file in SharePoint or OneDrive, not a path on a disk */
export function isWebAddress(url: string | undefined): boolean {
  return /^https?:\/\//i.test(url?.trim() ?? '');
}

/** the file's name from its address, for the title choices are filed under */
export function fileNameOf(url: string | undefined): string | undefined {
  const last = url?.trim().split(/[/\\]/).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]!);
  } catch {
    return last;
  }
}

/** which occurrence of `word` (counted as Word's search counts, ignoring case) the evidence at `start` is */
export function occurrenceAt(text: string, word: string, start: number): number {
  const lower = text.toLowerCase();
  const wanted = word.toLowerCase();
  let count = 0;
  for (let at = lower.indexOf(wanted); at >= 0 && at < start; at = lower.indexOf(wanted, at + wanted.length)) count++;
  return count;
}
