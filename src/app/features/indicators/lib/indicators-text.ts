// The indicator and report pages' own strings (../locales), in the app's language; numbers and
// shares through Intl in the same locale as the rest of the app.
import { useMemo } from 'react';
import type { Language } from '../../../../domain/taxonomy';
import { fill, useI18n } from '../../../lib/i18n';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

export type IndicatorsKey = keyof typeof nl;

const MESSAGES: Record<Language, Record<IndicatorsKey, string>> = { nl, en };

export interface IndicatorsText {
  language: Language;
  locale: string;
  t(key: IndicatorsKey, vars?: Record<string, string | number>): string;
  number(value: number): string;
  /** a share (0..1) as a whole percentage, or the dash when unknown */
  percent(share: number | null): string;
  /** a day (`2026-06-30`) as the locale writes it; a year stays a year */
  day(text: string): string;
}

export function indicatorsText(language: Language, locale: string): IndicatorsText {
  const messages = MESSAGES[language];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    language,
    locale,
    t: (key, vars) => fill(messages[key] ?? nl[key] ?? key, vars),
    number: (n) => number.format(n),
    percent: (share) => (share === null ? '–' : percent.format(share)),
    day: (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? date.format(new Date(`${text}T00:00:00Z`)) : text),
  };
}

export function useIndicatorsText(): IndicatorsText {
  const { language, locale } = useI18n();
  return useMemo(() => indicatorsText(language, locale), [language, locale]);
}
