// A document is a thing of its own: one id for its whole life, whatever its title becomes and
// however its text grows, and numbered versions. The id is the acknowledgement's contextRef, so
// every choice on any version belongs to the document, and each choice says which version it was
// made on (documentVersion). A file from SharePoint or OneDrive is known by its drive item; any
// other document by the id it got when it was first checked.
import type { Acknowledgement } from '../acknowledgement';
import type { ContextType, Decision } from '../taxonomy';

export { isDocumentVersion, MAX_DOCUMENT_VERSION } from './document-version';

/** the id of a file in a SharePoint or OneDrive drive: the same wherever the file is picked or shared from */
export function driveItemDocumentId(driveId: string, itemId: string): string {
  return `sp:${driveId.trim()}/${itemId.trim()}`;
}

/** whether a context is a file in a drive (its id says so) */
export function isDriveItemDocument(id: string): boolean {
  return id.startsWith('sp:');
}

/** a document as a person's choices describe it */
export interface DocumentSummary {
  /** the contextRef its choices carry */
  id: string;
  /** the title of its newest choice (a renamed document shows its new name) */
  title: string;
  contextType: ContextType;
  /** the version numbers choices were made on, lowest first; empty for choices made before versions */
  versions: number[];
  /** the newest version with a choice; 1 for a document checked before versions were kept */
  latestVersion: number;
  /** when the first and the newest choice on it were made (ISO) */
  firstAt: string;
  lastAt: string;
  /** every choice made on it */
  choiceCount: number;
  /** criteria whose newest choice is each decision */
  current: Partial<Record<Decision, number>>;
}

/** a document's choices: newest first, and the newest one per criterion */
export interface DocumentRecord {
  summary: DocumentSummary;
  /** every choice, newest first */
  choices: Acknowledgement[];
  /** the newest choice per criterion (or action), newest first */
  latest: Acknowledgement[];
}

const newestFirst = (a: Acknowledgement, b: Acknowledgement): number => (a.ackAt < b.ackAt ? 1 : a.ackAt > b.ackAt ? -1 : a.ackKey < b.ackKey ? 1 : -1);
const subjectOf = (ack: Acknowledgement): string => `${ack.checklistItemId}\u001f${ack.actionId ?? ''}`;

/** the choices newest first; the server already sends them so, and then they are not sorted again */
function newestFirstOf(acks: readonly Acknowledgement[]): readonly Acknowledgement[] {
  for (let i = 1; i < acks.length; i++) if (newestFirst(acks[i - 1]!, acks[i]!) > 0) return [...acks].sort(newestFirst);
  return acks;
}

/** a person's choices by document, the document with the newest choice first */
export function documentRecords(acks: readonly Acknowledgement[]): DocumentRecord[] {
  const byDocument = new Map<string, Acknowledgement[]>();
  for (const ack of newestFirstOf(acks)) {
    const list = byDocument.get(ack.contextRef);
    if (list) list.push(ack);
    else byDocument.set(ack.contextRef, [ack]);
  }
  const records: DocumentRecord[] = [];
  for (const [id, choices] of byDocument) {
    const newest = choices[0]!;
    const seen = new Set<string>();
    const latest: Acknowledgement[] = [];
    const versions = new Set<number>();
    const current: Partial<Record<Decision, number>> = {};
    for (const ack of choices) {
      if (ack.documentVersion !== undefined) versions.add(ack.documentVersion);
      const subject = subjectOf(ack);
      if (seen.has(subject)) continue;
      seen.add(subject);
      latest.push(ack);
      current[ack.decision] = (current[ack.decision] ?? 0) + 1;
    }
    const sortedVersions = [...versions].sort((a, b) => a - b);
    records.push({
      summary: {
        id,
        title: choices.find((a) => a.contextTitle)?.contextTitle ?? id,
        contextType: newest.contextType,
        versions: sortedVersions,
        latestVersion: sortedVersions[sortedVersions.length - 1] ?? 1,
        firstAt: choices[choices.length - 1]!.ackAt,
        lastAt: newest.ackAt,
        choiceCount: choices.length,
        current,
      },
      choices,
      latest,
    });
  }
  return records;
}

/** the summaries alone, newest first */
export function documentSummaries(acks: readonly Acknowledgement[]): DocumentSummary[] {
  return documentRecords(acks).map((r) => r.summary);
}
