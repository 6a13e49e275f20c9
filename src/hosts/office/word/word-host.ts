// The host of the Word task pane, through Office.js and Word's API. The pane runs beside the open
// document; the app sees a HostContext whose `document` capability reads it and writes the app's
// clause block. A Word too old for the minimum requirement set gets no `document`, and
// `documentMissing` names what it lacks, so the pane can say so instead of failing on a call.
import { languageOfLocale } from '../../../domain/language';
import type { HostContext, HostTheme } from '../../host-context';
import { supportsRequirement, type OfficeApi } from '../office-api';
import { themeFromOffice } from '../outlook/outlook-host';
import { WORD_MINIMUM, type WordApi } from './word-api';
import { wordDocumentOf } from './word-document';

const FORCED_COLOURS = '(forced-colors: active)';
const BLOCK_TITLES = { nl: 'Circulaire criteria', en: 'Circular criteria' } as const;

export interface WordWindow {
  Word?: WordApi;
  matchMedia?: (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;
}

export function wordHostFromOffice(office: OfficeApi, win: WordWindow): HostContext {
  const word = win.Word;
  const forced = win.matchMedia?.(FORCED_COLOURS);
  const themeNow = (): HostTheme => (forced?.matches ? 'contrast' : themeFromOffice(office));
  const supported = word !== undefined && supportsRequirement(office, WORD_MINIMUM.name, WORD_MINIMUM.version);
  // inserted text follows the language the person writes the document in, not Word's menus
  const language = office.context.contentLanguage || office.context.displayLanguage || undefined;
  const openBrowserWindow = office.context.ui?.openBrowserWindow;
  return {
    kind: 'word',
    hostName: 'Word',
    locale: office.context.displayLanguage || 'nl-NL',
    theme: themeNow(),
    frameContext: 'content',
    capabilities: {
      nestedAppAuth: supportsRequirement(office, 'NestedAppAuth', '1.1'),
      openLink: openBrowserWindow ? async (url) => openBrowserWindow.call(office.context.ui, url) : undefined,
      document: supported ? wordDocumentOf(word, office, { blockTitle: BLOCK_TITLES[languageOfLocale(language)], language }) : undefined,
      documentMissing: supported ? undefined : `${WORD_MINIMUM.name} ${WORD_MINIMUM.version}`,
    },
    subscribeTheme(listener) {
      // Word reports no theme change to a task pane; the system's high contrast does change
      if (!forced) return () => undefined;
      const onChange = () => listener(themeNow());
      forced.addEventListener('change', onChange);
      return () => forced.removeEventListener('change', onChange);
    },
    notifyReady() {
      // Word shows the pane as soon as it loads
    },
  };
}
