// The app's strings: the tab's and the Outlook pane's come from src/app/locales/{nl,en}.json.
// Others live beside the code that shows them: the dashboard's in features/dashboard/locales, the
// bot's in src/bot/locales, the Outlook send check's in src/hosts/office/outlook/send-check-text.ts, the
// taxonomy's labels in src/domain/taxonomy-labels.ts, and the content's own in the content pack.
// Dutch is the default and the host's locale decides (src/domain/language.ts) unless the person
// chose a language on the About page. Dates and numbers go through Intl in the same locale.
// Dutch is in the first script; English is a chunk of its own, fetched when it is the language
// (before the first render, or on switching: the old language shows until the new one is in).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { languageOfLocale } from '../../domain/language';
import type { Language } from '../../domain/taxonomy';
import nl from '../locales/nl.json';

export type MessageKey = keyof typeof nl;
/** keys with `.one` / `.other` forms, named without the suffix */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];
export type MessageVars = Record<string, string | number>;
export type Messages = Record<string, string>;

/** the languages whose strings are in; Dutch always, English once fetched */
const MESSAGES: Partial<Record<Language, Messages>> & { nl: Messages } = { nl };
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<Messages>> = {
  en: () => import(/* webpackChunkName: "locale-en" */ '../locales/en.json').then((m) => (m as { default: Messages }).default),
};

export function hasMessages(language: Language): boolean {
  return MESSAGES[language] !== undefined;
}

/** fetches a language's strings once; settles at once for a language that is in */
export async function loadMessages(language: Language): Promise<void> {
  if (language === 'nl' || MESSAGES[language]) return;
  MESSAGES[language] = await LOADERS[language]();
}

/** a language's strings given directly (tests, which have no chunks to fetch) */
export function registerMessages(language: Language, messages: Messages): void {
  MESSAGES[language] = messages;
}

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
  // a language not fetched yet reads as Dutch (the provider below waits for it instead)
  const messages = MESSAGES[language] ?? MESSAGES.nl;
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
  /** the language chosen, shown by a language picker at once, while its strings may still be on their way */
  chosenLanguage: Language;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

/**
 * the language asked for once its strings are in: until then the language shown before (or
 * nothing at all at first, so no text flashes in the wrong language); Dutch if they cannot be fetched
 */
function useShownLanguage(language: Language): Language | undefined {
  const [shown, setShown] = useState<Language | undefined>(() => (hasMessages(language) ? language : undefined));
  useEffect(() => {
    if (hasMessages(language)) return setShown(language);
    let current = true;
    loadMessages(language).then(
      () => current && setShown(language),
      () => current && setShown((before) => before ?? 'nl'),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return hasMessages(language) ? language : shown;
}

export function I18nProvider(props: { language: Language; hostLocale?: string; onLanguageChange: (language: Language) => void; children: ReactNode }) {
  const { hostLocale, onLanguageChange } = props;
  const language = useShownLanguage(props.language);
  const value = useMemo<I18nValue | undefined>(
    () => (language ? { ...createTranslator(language, hostLocale), chosenLanguage: props.language, setLanguage: onLanguageChange } : undefined),
    [language, props.language, hostLocale, onLanguageChange],
  );
  if (!value) return null;
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
