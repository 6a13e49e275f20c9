// The app's strings: the tab's and the Outlook pane's come from src/app/locales/{nl,en}.json.
// Others live beside the code that shows them: the dashboard's in features/dashboard/locales, the
// bot's in src/bot/locales, the Outlook send check's in src/hosts/office/outlook/send-check-text.ts, the
// taxonomy's labels in src/domain/taxonomy-labels.ts, and the content's own in the content pack.
// Dutch is the default and the host's locale decides (src/domain/language.ts) unless the person
// chose a language on the About page. Dates and numbers go through Intl in the same locale.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { languageOfLocale } from '../../domain/language';
import type { Language } from '../../domain/taxonomy';
import nl from '../locales/nl.json';
import en from '../locales/en.json';

export type MessageKey = keyof typeof nl;
/** keys with `.one` / `.other` forms, named without the suffix */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];
export type MessageVars = Record<string, string | number>;

const MESSAGES: Record<Language, Record<string, string>> = { nl, en };

/** where a language chosen on the About page is remembered */
export const LANGUAGE_STORAGE_KEY = 'circular-choices.language';

/** the locale for Intl: the host's own when it is in the chosen language, else a sensible default */
export function intlLocaleFor(language: Language, hostLocale: string | undefined): string {
  if (hostLocale && languageOfLocale(hostLocale) === language) return hostLocale;
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

export interface Translator {
  language: Language;
  locale: string;
  t(key: MessageKey, vars?: MessageVars): string;
  /** the plural form for `count` (which is also available as {count}) */
  tp(key: PluralKey, count: number, vars?: MessageVars): string;
  formatDate(iso: string): string;
  formatDateTime(iso: string): string;
  formatNumber(value: number): string;
}

/** a message template with its `{name}` placeholders filled; an unknown name stays as written */
export const fill = (template: string, vars: MessageVars | undefined): string =>
  vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;

export function createTranslator(language: Language, hostLocale?: string): Translator {
  const locale = intlLocaleFor(language, hostLocale);
  const messages = MESSAGES[language];
  const plurals = new Intl.PluralRules(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const lookup = (key: string): string => messages[key] ?? MESSAGES.nl[key] ?? key;
  const safeDate = (format: Intl.DateTimeFormat, iso: string) => {
    const value = Date.parse(iso);
    return Number.isNaN(value) ? iso : format.format(value);
  };
  return {
    language,
    locale,
    t: (key, vars) => fill(lookup(key), vars),
    tp: (key, count, vars) => {
      const form = `${key}.${plurals.select(count)}`;
      const template = form in messages ? messages[form]! : lookup(`${key}.other`);
      return fill(template, { count: number.format(count), ...vars });
    },
    formatDate: (iso) => safeDate(date, iso),
    formatDateTime: (iso) => safeDate(dateTime, iso),
    formatNumber: (value) => number.format(value),
  };
}

interface I18nValue extends Translator {
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

export function I18nProvider(props: { language: Language; hostLocale?: string; onLanguageChange: (language: Language) => void; children: ReactNode }) {
  const { language, hostLocale, onLanguageChange } = props;
  const value = useMemo<I18nValue>(
    () => ({ ...createTranslator(language, hostLocale), setLanguage: onLanguageChange }),
    [language, hostLocale, onLanguageChange],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
