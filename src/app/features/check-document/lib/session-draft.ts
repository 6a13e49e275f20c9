// The draft on the check page, kept while the person looks at a criterion's page and comes back:
// the page's own state goes when the route changes. A draft may hold personal data, so it lives in
// sessionStorage only (gone with the tab), per person, and is removed as soon as the page is
// cleared. A browser without storage keeps nothing, as before.
import type { DocumentType } from '../../../../domain/taxonomy';
import type { SettledIdentity } from '../hooks/use-document-identity';
import type { KeyValueStorage } from './browser-storage';

const KEY_PREFIX = 'circular-choices.check-draft.';

export interface CheckDraft {
  title: string;
  text: string;
  /** which document the draft is, as far as the person settled it (a picked file, a choice made) */
  document?: SettledIdentity;
  /** the kind of document the person chose */
  chosenType?: DocumentType;
}

export class SessionDraft {
  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly personId: string,
  ) {}

  private get key(): string {
    return `${KEY_PREFIX}${this.personId}`;
  }

  read(): CheckDraft | undefined {
    try {
      const parsed = JSON.parse(this.storage?.getItem(this.key) ?? 'null') as Partial<CheckDraft> | null;
      if (typeof parsed?.title !== 'string' || typeof parsed.text !== 'string') return undefined;
      return parsed as CheckDraft;
    } catch {
      return undefined;
    }
  }

  /** keeps the draft, or forgets it once title and text are empty */
  keep(draft: CheckDraft): void {
    try {
      if (!draft.title && !draft.text) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(draft));
    } catch {
      // a full or blocked storage: the draft lasts as long as the page, as before, and an older one
      // must not come back in its place
      try {
        this.storage?.removeItem(this.key);
      } catch {
        // nothing kept, nothing to forget
      }
    }
  }
}
