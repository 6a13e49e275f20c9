// A Word document for the Word pane's tests, on office-addin-mock with host word: every Word.run
// gets a fresh request context whose properties must be load()ed and sync()ed before they are read
// (the mock throws otherwise, as Word does), and what a batch changes (a selection, a content
// control, its HTML, a deletion) reaches the document only when the batch syncs. Office's common API
// (the document's URL and settings, requirement sets) is a plain object beside it.
import { randomUUID } from 'node:crypto';
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApp } from 'office-addin-manifest';

// office-addin-mock loads office-addin-manifest, which needs the ESM-only uuid package only to
// make manifest GUIDs; these tests never do
jest.mock('uuid', () => ({ v4: () => randomUUID() }));
import type { AsyncResult, OfficeApi } from '../../../src/hosts/office/office-api';
import type { WordApi } from '../../../src/hosts/office/word/word-api';

export interface MockBlock {
  tag: string;
  title: string;
  html: string;
  /** the paragraph the block was inserted after (the cursor's) */
  at: number;
}

export interface WordState {
  paragraphs: string[];
  /** the cursor's paragraph */
  cursor: number;
  blocks: MockBlock[];
  /** what the last select() selected: the text and which of its occurrences */
  selected?: { text: string; occurrence: number };
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
}

export interface MockWordOptions {
  paragraphs?: string[];
  /** the file's URL; '' for a document never saved */
  url?: string;
  /** the WordApi version the client supports */
  wordApi?: string;
  contentLanguage?: string;
  displayLanguage?: string;
}

export interface MockWord {
  office: OfficeApi;
  word: WordApi;
  state: WordState;
  /** the person edits a paragraph; the paragraph events fire as Word fires them */
  edit(index: number, text: string): Promise<void>;
  /** handlers Word would call now */
  handlerCount(): number;
  /** the number of syncs so far */
  syncs(): number;
}

/** office-addin-manifest's OfficeApp.Word, named by value (the enum is not importable as a type-only import) */
const WORD = 'word' as OfficeApp;

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1! > b1! || (a1 === b1 && (a2 ?? 0) >= (b2 ?? 0));
}

function occurrencesOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  const lower = haystack.toLowerCase();
  const wanted = needle.toLowerCase();
  let count = 0;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) count++;
  return count;
}

export function mockWord(options: MockWordOptions = {}): MockWord {
  const state: WordState = { paragraphs: [...(options.paragraphs ?? [])], cursor: Math.max(0, (options.paragraphs?.length ?? 1) - 1), blocks: [], settings: {}, savedSettings: {} };
  const handlers = new Set<(event: { type?: string }) => Promise<void> | void>();
  let syncCount = 0;
  const documentText = () => [...state.paragraphs, ...state.blocks.map((b) => b.html.replace(/<[^>]*>/g, ' '))].join('\r');

  function newContext() {
    const queued: (() => void)[] = [];
    const collections: OfficeMockObject[] = [];
    const tracked = (data: object) => {
      const collection = new OfficeMockObject(data, WORD);
      collections.push(collection);
      return collection;
    };
    const control = (block: MockBlock | undefined) => {
      const made: MockBlock = block ?? { tag: '', title: '', html: '', at: state.cursor };
      const proxy = {
        get tag() {
          return made.tag;
        },
        set tag(value: string) {
          queued.push(() => void (made.tag = value));
        },
        get title() {
          return made.title;
        },
        set title(value: string) {
          queued.push(() => void (made.title = value));
        },
        appearance: 'BoundingBox',
        insertHtml: (html: string) => queued.push(() => void (made.html = html)),
        delete: () => queued.push(() => void (state.blocks = state.blocks.filter((b) => b !== made))),
      };
      if (!block) queued.push(() => void state.blocks.push(made));
      return proxy;
    };
    const eventSource = () => ({
      add: (handler: (event: { type?: string }) => Promise<void> | void) => {
        queued.push(() => void handlers.add(handler));
        return { context, remove: () => queued.push(() => void handlers.delete(handler)) };
      },
    });
    const supportsEvents = versionAtLeast(options.wordApi ?? '1.6', '1.6');
    const context = new OfficeMockObject(
      {
        document: {
          body: {
            text: documentText(),
            search: (text: string) => {
              const count = occurrencesOf(documentText(), text);
              return tracked({
                items: Array.from({ length: count }, (_, occurrence) => ({ select: () => queued.push(() => void (state.selected = { text, occurrence })) })),
              });
            },
          },
          getSelection: () => ({ getRange: () => ({ insertContentControl: () => control(undefined) }) }),
          contentControls: { getByTag: (tag: string) => tracked({ items: state.blocks.filter((b) => b.tag === tag).map((b) => control(b)) }) },
          ...(supportsEvents ? { onParagraphChanged: eventSource(), onParagraphAdded: eventSource(), onParagraphDeleted: eventSource() } : {}),
        },
        sync: async () => {
          syncCount++;
          for (const change of queued.splice(0)) change();
          await OfficeMockObject.prototype.sync.call(context);
          for (const collection of collections) await collection.sync();
        },
      },
      WORD,
    );
    return context;
  }

  const word = {
    run: async (first: unknown, second?: unknown) => {
      // run(batch) opens a new request context; run(context, batch) goes on in an earlier one
      if (typeof first === 'function') return (first as (context: unknown) => Promise<unknown>)(newContext());
      return (second as (context: unknown) => Promise<unknown>)(first);
    },
  } as unknown as WordApi;

  const answer = <T>(callback: ((r: AsyncResult<T>) => void) | undefined, value: T) => setTimeout(() => callback?.({ status: 'succeeded', value }), 0);
  const office = {
    context: {
      host: 'Word',
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      contentLanguage: options.contentLanguage ?? 'nl-NL',
      requirements: { isSetSupported: (name: string, min?: string) => name === 'WordApi' && versionAtLeast(options.wordApi ?? '1.6', min ?? '1.1') },
      document: {
        url: options.url ?? 'https://soest.sharepoint.com/sites/inkoop/Gedeelde documenten/Aanbesteding verlichting.docx',
        settings: {
          get: (name: string) => state.settings[name],
          set: (name: string, value: unknown) => void (state.settings[name] = value),
          remove: (name: string) => void delete state.settings[name],
          saveAsync: (callback?: (r: AsyncResult<void>) => void) => {
            state.savedSettings = structuredClone(state.settings);
            answer(callback, undefined);
          },
        },
      },
    },
    onReady: async () => ({ host: 'Word', platform: 'OfficeOnline' }),
  } as unknown as OfficeApi;

  return {
    office,
    word,
    state,
    async edit(index, text) {
      state.paragraphs[index] = text;
      for (const handler of [...handlers]) await handler({ type: 'ParagraphChanged' });
    },
    handlerCount: () => handlers.size,
    syncs: () => syncCount,
  };
}
