import nl from '../locales/nl.json';
import en from '../locales/en.json';
import { languageOfLocale } from '../../domain/language';
import { createTranslator, hasMessages, intlLocaleFor, loadMessages } from './i18n';

describe('locales', () => {
  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) expect(`${key}=${value.trim()}`).not.toMatch(/=$/);
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect([key, names(en[key])]).toEqual([key, names(nl[key])]);
  });

  it('call what a person records a choice in English, as the Dutch calls it a keuze (a decision is a formal besluit)', () => {
    const decisionWords = Object.values(en).filter((text) => /\bdecisions?\b|\bdecid/i.test(text.replace(/\{\w+\}/g, '')));
    expect(decisionWords).toEqual([]);
    expect(en['decision.saveReason']).toBe('Save choice');
  });
});

describe('the languages fetched', () => {
  it('has Dutch at once and fetches English only when it is asked for', async () => {
    expect(hasMessages('nl')).toBe(true);
    expect(hasMessages('en')).toBe(false);
    // not fetched yet: Dutch rather than keys (the provider waits instead of showing this)
    expect(createTranslator('en').t('home.title', { name: 'Noor' })).toBe(createTranslator('nl').t('home.title', { name: 'Noor' }));
    await loadMessages('en');
    expect(hasMessages('en')).toBe(true);
    expect(createTranslator('en').t('home.title', { name: 'Noor' })).toBe('Welcome, Noor');
  });
});

describe('the translator', () => {
  beforeAll(() => loadMessages('en'));

  it('follows the host locale: English for English, Dutch for everything else', () => {
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('nl-BE')).toBe('nl');
    expect(languageOfLocale('fr-FR')).toBe('nl');
    expect(languageOfLocale(undefined)).toBe('nl');
  });

  it('formats with the host locale when it speaks the chosen language', () => {
    expect(intlLocaleFor('nl', 'nl-BE')).toBe('nl-BE');
    expect(intlLocaleFor('en', 'nl-NL')).toBe('en-GB');
  });

  it('fills placeholders and picks the plural form', () => {
    const t = createTranslator('nl');
    expect(t.tp('queue.waiting', 1)).toBe('1 keuze wacht op verzending');
    expect(t.tp('queue.waiting', 3)).toBe('3 keuzes wachten op verzending');
    expect(createTranslator('en').t('home.title', { name: 'Noor' })).toBe('Welcome, Noor');
  });

  it('formats dates in the language, and leaves a bad date as it was', () => {
    expect(createTranslator('nl').formatDate('2026-03-05T10:00:00Z')).toMatch(/5 mrt 2026/);
    expect(createTranslator('en').formatDate('2026-03-05T10:00:00Z')).toMatch(/5 Mar 2026/);
    expect(createTranslator('en').formatDate('not a date')).toBe('not a date');
  });
});
