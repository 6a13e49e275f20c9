// The parts of Word's JavaScript API (Word.run and its proxy objects) that the pane uses, typed here
// like office-api.ts so the adapter and its tests (office-addin-mock, host word) need no global
// types. Properties of a proxy are readable only after load() and context.sync().

export const WORD_MINIMUM = { name: 'WordApi', version: '1.3' } as const;
/** paragraph change events (onParagraphChanged, …Added, …Deleted) came with WordApi 1.6 */
export const WORD_EVENTS = { name: 'WordApi', version: '1.6' } as const;

export interface WordLoadable {
  load(properties?: string | string[]): unknown;
}

export interface WordRange extends WordLoadable {
  text: string;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  /** WordApi 1.3 */
  getRange(location: 'Start' | 'End' | 'Whole'): WordRange;
  insertContentControl(): WordContentControl;
}

export interface WordRangeCollection extends WordLoadable {
  items: WordRange[];
}

export interface WordContentControl extends WordLoadable {
  tag: string;
  title: string;
  appearance?: 'BoundingBox' | 'Tags' | 'Hidden';
  insertHtml(html: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  delete(keepContent: boolean): void;
}

export interface WordContentControlCollection extends WordLoadable {
  items: WordContentControl[];
}

export interface WordSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

export interface WordBody extends WordLoadable {
  text: string;
  search(text: string, options?: WordSearchOptions): WordRangeCollection;
}

export interface WordEventRegistration {
  /** the request context the handler was added in; removal runs in it */
  context: unknown;
  remove(): void;
}

export interface WordEventSource {
  add(handler: (event: { type?: string }) => Promise<void> | void): WordEventRegistration;
}

export interface WordDocument {
  body: WordBody;
  getSelection(): WordRange;
  contentControls: { getByTag(tag: string): WordContentControlCollection };
  /** WordApi 1.6 */
  onParagraphChanged?: WordEventSource;
  onParagraphAdded?: WordEventSource;
  onParagraphDeleted?: WordEventSource;
}

export interface WordRequestContext {
  document: WordDocument;
  sync(): Promise<void>;
}

export interface WordApi {
  run<T>(batch: (context: WordRequestContext) => Promise<T>): Promise<T>;
  /** runs a batch in an earlier context (to remove event handlers added in it) */
  run<T>(context: unknown, batch: (context: WordRequestContext) => Promise<T>): Promise<T>;
}
