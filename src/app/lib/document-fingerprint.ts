// The id a new document gets when it is first checked: the same opening text (up to 2,000
// characters, whitespace and case evened out) and the same title give the same id, wherever and
// whenever the check runs. Once a choice is made the id stays with the document through its
// versions and titles (src/app/features/check-document/hooks/use-document-identity.ts).
import { ackKeyFor } from '../../domain/acknowledgement';

const FINGERPRINT_CHARS = 2_000;

function normaliseDraft(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, FINGERPRINT_CHARS);
}

/** `doc:` and a hash; empty text has no fingerprint */
export function documentFingerprint(text: string, title: string): string | undefined {
  const body = normaliseDraft(text);
  if (!body) return undefined;
  return `doc:${ackKeyFor('draft', body, title.trim().toLowerCase())}`;
}
