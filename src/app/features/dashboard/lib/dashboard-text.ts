// The dashboard's own strings (../locales), in the app's language; numbers, shares and dates go
// through the app's Intl formatters so they read the same as everywhere else.
import { useMemo } from 'react';
import type { Language } from '../../../../domain/taxonomy';
import { fill, useI18n } from '../../../lib/i18n';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

export type DashboardKey = keyof typeof nl;
export type TextVars = Record<string, string | number>;

const MESSAGES: Record<Language, Record<DashboardKey, string>> = { nl, en };

export interface DashboardText {
  language: Language;
  /** the Intl locale of the language */
  locale: string;
  t(key: DashboardKey, vars?: TextVars): string;
  number(value: number): string;
  /** a share (0..1) as a percentage with one decimal, or the dash when undefined */
  percent(share: number | null): string;
  date(day: string): string;
  dateTime(iso: string): string;
}

export function dashboardText(language: Language, formatNumber: (n: number) => string, formatDate: (iso: string) => string, formatDateTime: (iso: string) => string, locale: string): DashboardText {
  const messages = MESSAGES[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    language,
    locale,
    t: (key, vars) => fill(messages[key] ?? nl[key] ?? key, vars),
    number: formatNumber,
    percent: (share) => (share === null ? messages['kpi.none'] : percent.format(share)),
    // a day is shown as that calendar day, whatever the viewer's time zone
    date: (day) => formatDate(`${day}T12:00:00Z`),
    dateTime: formatDateTime,
  };
}

export function useDashboardText(): DashboardText {
  const { language, formatNumber, formatDate, formatDateTime, locale } = useI18n();
  return useMemo(() => dashboardText(language, formatNumber, formatDate, formatDateTime, locale), [language, formatNumber, formatDate, formatDateTime, locale]);
}
