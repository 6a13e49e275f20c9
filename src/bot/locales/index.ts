// The language of an activity and the texts in it. Dutch unless the user's locale is English.
import type { Language } from '../../domain/taxonomy';
import type { BotStrings } from './bot-strings';
import { en } from './en';
import { nl } from './nl';

export type { BotStrings } from './bot-strings';

const STRINGS: Record<Language, BotStrings> = { nl, en };

/** the app's one rule: 'en' for an English locale, otherwise Dutch */
export { languageOfLocale } from '../../domain/language';

export const stringsFor = (language: Language): BotStrings => STRINGS[language];
