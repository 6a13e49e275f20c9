// The Word document beside the task pane, through Word.run: its text, selecting evidence in it, and
// the app's clause block. The block is one rich-text content control with a fixed tag, so the pane
// finds it again to replace or remove it; the criteria it holds are kept in the document's own
// settings (they travel with the file), since a content control's text is the person's to edit.
import type { DocumentBlock, DocumentCapability } from '../../host-context';
import { officeCall, supportsRequirement, type OfficeApi } from '../office-api';
import { WORD_EVENTS, type WordApi, type WordContentControl, type WordEventRegistration, type WordRequestContext } from './word-api';

export const BLOCK_TAG = 'circular-choices-criteria';
/** the document setting that names the block's criteria */
export const BLOCK_SETTING = 'circularChoicesCriteria';
/** Word refuses search texts longer than this */
const SEARCH_LIMIT = 255;

/** Word separates paragraphs with a carriage return; the matcher reads lines */
export const plainLines = (text: string) => text.replace(/\r\n?/g, '\n');

function savedItemIds(office: OfficeApi): string[] {
  const value = office.context.document?.settings?.get(BLOCK_SETTING);
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

async function saveItemIds(office: OfficeApi, itemIds: readonly string[] | undefined): Promise<void> {
  const settings = office.context.document?.settings;
  if (!settings) return;
  if (itemIds) settings.set(BLOCK_SETTING, [...itemIds]);
  else if (settings.remove) settings.remove(BLOCK_SETTING);
  else settings.set(BLOCK_SETTING, []);
  await officeCall<void>((cb) => settings.saveAsync(cb));
}

export interface WordDocumentOptions {
  /** the block's title, shown on the content control in Word */
  blockTitle: string;
  language?: string;
}

export function wordDocumentOf(word: WordApi, office: OfficeApi, options: WordDocumentOptions): DocumentCapability {
  const blocks = async (context: WordRequestContext): Promise<WordContentControl[]> => {
    const found = context.document.contentControls.getByTag(BLOCK_TAG);
    found.load('items');
    await context.sync();
    return found.items;
  };

  const capability: DocumentCapability = {
    url: () => office.context.document?.url || undefined,
    language: options.language,
    readText: () =>
      word.run(async (context) => {
        const body = context.document.body;
        body.load('text');
        await context.sync();
        return plainLines(body.text);
      }),
    select: (text, occurrence) =>
      word.run(async (context) => {
        const wanted = text.trim().slice(0, SEARCH_LIMIT);
        if (!wanted) return false;
        const ranges = context.document.body.search(wanted, { matchCase: false, matchWildcards: false });
        ranges.load('items');
        await context.sync();
        // the text may have changed since it was analysed: then the first place it still stands
        const range = ranges.items[occurrence] ?? ranges.items[0];
        if (!range) return false;
        range.select();
        await context.sync();
        return true;
      }),
    readBlock: () =>
      word.run(async (context) => {
        const found = await blocks(context);
        return found.length > 0 ? { itemIds: savedItemIds(office) } : undefined;
      }),
    writeBlock: async (block: DocumentBlock) => {
      const replaced = await word.run(async (context) => {
        const [existing, ...extra] = await blocks(context);
        let control = existing;
        if (!control) {
          control = context.document.getSelection().getRange('End').insertContentControl();
          control.tag = BLOCK_TAG;
          control.title = options.blockTitle;
          control.appearance = 'BoundingBox';
        }
        control.insertHtml(block.html, 'Replace');
        // a block copied by hand is a second block: one is kept, the others go with their text
        for (const other of extra) other.delete(false);
        await context.sync();
        return existing !== undefined;
      });
      await saveItemIds(office, block.itemIds);
      return { replaced };
    },
    removeBlock: async () => {
      const removed = await word.run(async (context) => {
        const found = await blocks(context);
        for (const control of found) control.delete(false);
        await context.sync();
        return found.length > 0;
      });
      if (removed) await saveItemIds(office, undefined);
      return removed;
    },
  };

  if (supportsRequirement(office, WORD_EVENTS.name, WORD_EVENTS.version)) {
    capability.watchChanges = (listener) =>
      word.run(async (context) => {
        const events = [context.document.onParagraphChanged, context.document.onParagraphAdded, context.document.onParagraphDeleted];
        const registrations: WordEventRegistration[] = events.flatMap((source) => (source ? [source.add(() => listener())] : []));
        await context.sync();
        return async () => {
          for (const registration of registrations) {
            await word.run(registration.context, async (removal) => {
              registration.remove();
              await removal.sync();
            });
          }
        };
      });
  }
  return capability;
}
