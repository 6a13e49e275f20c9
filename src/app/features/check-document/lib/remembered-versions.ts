// The versions of documents this person checked in this browser, each as its sketch (never its
// text), so an edited draft pasted later is recognised. Kept per person in localStorage, the
// newest first and at most MAX_REMEMBERED; a browser without storage recognises nothing.
import { decodeSketch, encodeSketch, type DocumentSketch, type SketchedVersion } from '../../../../domain/documents';

export const MAX_REMEMBERED = 100;
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

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export class RememberedVersions {
  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly personId: string,
  ) {}

  private get key(): string {
    return `${KEY_PREFIX}${this.personId}`;
  }

  private read(): StoredVersion[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as StoredVersion[]).filter((v) => typeof v?.id === 'string' && typeof v.version === 'number' && typeof v.sketch === 'string') : [];
    } catch {
      // storage that is blocked or holds something else: remember nothing rather than fail the page
      return [];
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
    try {
      this.storage?.setItem(this.key, JSON.stringify([stored, ...rest].slice(0, MAX_REMEMBERED)));
    } catch {
      // a full or blocked storage: the choice itself is recorded all the same
    }
  }
}

/** the browser's localStorage, where it can be reached (a sandboxed frame may refuse it) */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
