// The language of an activity and the texts in it. Dutch unless the user's locale is English.
import type { Language } from '../../domain/taxonomy';
import type { BotStrings } from './bot-strings';
import { en } from './en';
import { nl } from './nl';

export type { BotStrings } from './bot-strings';

const STRINGS: Record<Language, BotStrings> = { nl, en };

/** 'en' for an English locale ("en", "en-US", "en_GB"), otherwise Dutch */
export function languageOfLocale(locale: unknown): Language {
  return typeof locale === 'string' && /^en(?:[-_]|$)/i.test(locale.trim()) ? 'en' : 'nl';
}

export const stringsFor = (language: Language): BotStrings => STRINGS[language];
