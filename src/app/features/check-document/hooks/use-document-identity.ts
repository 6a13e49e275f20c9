// Which document the draft on the check page is, and which version. A new draft gets the id of the
// text it is first checked with; once a choice is made on it (or the person says it is a new
// version of an earlier document) the id stays, whatever the title or the text become. A text
// like one checked before is offered as a new version of it; the same text again is that version.
import { useCallback, useMemo, useState } from 'react';
import { driveItemDocumentId, recognise, sketchOf, type DocumentSketch } from '../../../../domain/documents';
import { documentFingerprint } from '../../../lib/document-fingerprint';
import type { RememberedVersions } from '../lib/remembered-versions';

export interface DocumentIdentity {
  id: string;
  version: number;
}

/** an earlier document the draft resembles */
export interface VersionOffer {
  id: string;
  title: string;
  /** the version it resembles; accepting makes the draft the next one */
  version: number;
  similarity: number;
}

/** a file picked from a drive, which names the document itself */
export interface DriveFile {
  driveId: string;
  itemId: string;
}

export interface DocumentIdentityState {
  identity: DocumentIdentity | undefined;
  offer: VersionOffer | undefined;
  /** the draft is the next version of the offered document: its choices carry over */
  acceptOffer(): void;
  /** the draft is a document of its own */
  declineOffer(): void;
  /** the person names the earlier document the draft is a new version of */
  continueDocument(id: string, latestVersion: number): void;
  /** the identity no longer follows the text: a choice was made, or the person said which document it is */
  settled: boolean;
  /** a choice was made on the draft: keep its identity, and remember this version's sketch */
  chosen(title: string): void;
  /** another document was opened, picked or the page was cleared */
  startOver(file?: DriveFile): void;
  /** what the person settled about the draft, for the page to bring back with it */
  settledState: SettledIdentity;
}

/** what follows from the person's steps, not from the text: kept when the page brings a draft back */
export interface SettledIdentity {
  kept?: DocumentIdentity;
  file?: DriveFile;
  declined?: readonly string[];
}

export function useDocumentIdentity(text: string, title: string, remembered: RememberedVersions, restored?: SettledIdentity): DocumentIdentityState {
  const [kept, setKept] = useState<DocumentIdentity | undefined>(restored?.kept);
  const [file, setFile] = useState<DriveFile | undefined>(restored?.file);
  const [declined, setDeclined] = useState<ReadonlySet<string>>(() => new Set(restored?.declined));
  // remembered versions change when a choice is made; this counter makes the lookups run again
  const [memory, setMemory] = useState(0);

  const sketch: DocumentSketch | undefined = useMemo(() => (text.trim() ? sketchOf(text) : undefined), [text]);
  const fingerprint = useMemo(() => documentFingerprint(text, title), [text, title]);

  const recognition = useMemo(() => {
    if (!sketch || kept) return { kind: 'none' as const };
    const fileId = file && driveItemDocumentId(file.driveId, file.itemId);
    const candidates = remembered.all().filter((v) => (fileId ? v.id === fileId : !declined.has(v.id)));
    return recognise(sketch, candidates);
    // memory: a version remembered since
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sketch, kept, file, declined, remembered, memory]);

  const identity: DocumentIdentity | undefined = useMemo(() => {
    if (kept) return kept;
    if (file) {
      // a drive item is its own document: the same text is the version checked before, other text the next one
      const id = driveItemDocumentId(file.driveId, file.itemId);
      if (recognition.kind === 'same') return { id, version: recognition.version };
      const latest = remembered.latestVersion(id);
      return { id, version: latest === 0 ? 1 : latest + 1 };
    }
    if (recognition.kind === 'same') return { id: recognition.id, version: recognition.version };
    return fingerprint ? { id: fingerprint, version: 1 } : undefined;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kept, file, recognition, fingerprint, remembered, memory]);

  const offer: VersionOffer | undefined = useMemo(() => {
    if (file || recognition.kind !== 'similar') return undefined;
    const match = remembered.all().find((v) => v.id === recognition.id && v.version === recognition.version);
    return { id: recognition.id, title: match?.title ?? recognition.id, version: recognition.version, similarity: recognition.similarity };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, recognition, remembered, memory]);

  const acceptOffer = useCallback(() => {
    if (!offer) return;
    setKept({ id: offer.id, version: Math.max(offer.version, remembered.latestVersion(offer.id)) + 1 });
  }, [offer, remembered]);

  const continueDocument = useCallback(
    (id: string, latestVersion: number) => setKept({ id, version: Math.max(latestVersion, remembered.latestVersion(id)) + 1 }),
    [remembered],
  );

  const declineOffer = useCallback(() => {
    if (offer) setDeclined((ids) => new Set([...ids, offer.id]));
  }, [offer]);

  const chosen = useCallback(
    (chosenTitle: string) => {
      if (!identity) return;
      setKept(identity);
      if (sketch) {
        remembered.remember({ ...identity, title: chosenTitle, sketch, at: new Date() });
        setMemory((n) => n + 1);
      }
    },
    [identity, sketch, remembered],
  );

  const startOver = useCallback((next?: DriveFile) => {
    setKept(undefined);
    setDeclined(new Set());
    setFile(next);
  }, []);

  const settledState = useMemo(() => ({ kept, file, declined: [...declined] }), [kept, file, declined]);

  return { identity, offer, acceptOffer, declineOffer, continueDocument, settled: kept !== undefined || file !== undefined, chosen, startOver, settledState };
}
