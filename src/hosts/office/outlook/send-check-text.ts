// The Smart Alert's words, in the language of Outlook's own interface. Short: the dialog shows
// at most 500 characters and the button at most 20.
import type { Language } from '../../../domain/taxonomy';

export interface SendCheckWords {
  message(groups: string): string;
  markdown(groups: string): string;
  /** the button that opens the task pane: named as the ribbon button that opens it (manifest) */
  attachCriteria: string;
}

export const SEND_CHECK_WORDS: Record<Language, SendCheckWords> = {
  nl: {
    message: (groups) =>
      `Dit lijkt een project- of inkoopoverleg (${groups}), maar de uitnodiging heeft nog geen circulaire criteria. Koppel ze, of verstuur zonder.`,
    markdown: (groups) =>
      `Dit lijkt een project- of inkoopoverleg (**${groups}**), maar de uitnodiging heeft nog geen circulaire criteria.\n\nKies **Criteria koppelen**, of verstuur zonder.`,
    attachCriteria: 'Criteria koppelen',
  },
  en: {
    message: (groups) =>
      `This looks like a project or procurement meeting (${groups}), but the invite has no circular criteria yet. Attach them, or send without.`,
    markdown: (groups) =>
      `This looks like a project or procurement meeting (**${groups}**), but the invite has no circular criteria yet.\n\nChoose **Attach criteria**, or send without.`,
    attachCriteria: 'Attach criteria',
  },
};

/** plain text only: Markdown and markup characters of a label are dropped, never interpreted */
export function plainLabel(text: string): string {
  return text.replace(/[*_`[\]<>#|\\]/g, '').trim();
}
