// Which of the app's two languages a person gets, the one rule for the tab, the Outlook send check
// and the bot: English for an English locale ("en", "en-US", "en_GB"), Dutch, the municipality's
// own, for every other locale and when none is known.
import type { Language } from './taxonomy';

export function languageOfLocale(locale: unknown): Language {
  return typeof locale === 'string' && /^en(?:[-_]|$)/i.test(locale.trim()) ? 'en' : 'nl';
}
