// The versions of documents this person checked in this browser, each as its sketch (never its
// text), so an edited draft pasted later is recognised. Kept per person in localStorage, the
// newest first, at most MAX_REMEMBERED, and for REMEMBER_DAYS after the last check (the title and
// sketch of a document are the person's work data: kept no longer than recognising a redraft needs;
// see docs/privacy.md); a browser without storage recognises nothing.
import { decodeSketch, encodeSketch, type DocumentSketch, type SketchedVersion } from '../../../../domain/documents';
import type { KeyValueStorage } from './browser-storage';

export const MAX_REMEMBERED = 100;
/** how long a checked version is remembered after it was last checked */
export const REMEMBER_DAYS = 90;
const REMEMBER_MS = REMEMBER_DAYS * 24 * 60 * 60 * 1000;
const KEY_PREFIX = 'circular-choices.document-versions.';

export interface RememberedVersion extends SketchedVersion {
  title: string;
  /** when it was last checked (ISO) */
  at: string;
}

interface StoredVersion {
  id: string;
  version: number;
  title: string;
  at: string;
  sketch: string;
}

export class RememberedVersions {
  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly personId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** whether a stored version was checked within REMEMBER_DAYS (an unreadable time counts as expired) */
  private fresh(stored: StoredVersion): boolean {
    const age = this.now().getTime() - Date.parse(stored.at);
    return age <= REMEMBER_MS;
  }

  private get key(): string {
    return `${KEY_PREFIX}${this.personId}`;
  }

  /** the versions still remembered; expired ones are dropped from the storage as they are read */
  private read(): StoredVersion[] {
    let stored: StoredVersion[];
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      stored = Array.isArray(parsed) ? (parsed as StoredVersion[]).filter((v) => typeof v?.id === 'string' && typeof v.version === 'number' && typeof v.sketch === 'string') : [];
    } catch {
      // storage that is blocked or holds something else: remember nothing rather than fail the page
      return [];
    }
    const kept = stored.filter((v) => this.fresh(v));
    if (kept.length < stored.length) this.write(kept);
    return kept;
  }

  private write(versions: readonly StoredVersion[]): void {
    try {
      if (versions.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(versions));
    } catch {
      // a full or blocked storage: the choice itself is recorded all the same
    }
  }

  all(): RememberedVersion[] {
    return this.read().flatMap((v) => {
      const sketch = decodeSketch(v.sketch);
      return sketch ? [{ id: v.id, version: v.version, title: v.title, at: v.at, sketch }] : [];
    });
  }

  /** the highest version of a document remembered here, or 0 */
  latestVersion(id: string): number {
    return this.read().reduce((max, v) => (v.id === id && v.version > max ? v.version : max), 0);
  }

  remember(entry: { id: string; version: number; title: string; sketch: DocumentSketch; at: Date }): void {
    const stored: StoredVersion = { id: entry.id, version: entry.version, title: entry.title, at: entry.at.toISOString(), sketch: encodeSketch(entry.sketch) };
    const rest = this.read().filter((v) => !(v.id === entry.id && v.version === entry.version));
    this.write([stored, ...rest].filter((v) => this.fresh(v)).slice(0, MAX_REMEMBERED));
  }
}
