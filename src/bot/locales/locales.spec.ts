import { en } from './en';
import { languageOfLocale, stringsFor } from './index';
import { nl } from './nl';

describe('the language of a user', () => {
  it('is English for English locales and Dutch for everything else', () => {
    expect(['en', 'en-US', 'en_GB', 'EN-au'].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en']);
    expect(['nl-NL', 'nl', 'de-DE', 'fr', '', undefined, 42, 'eng'].map(languageOfLocale)).toEqual(['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl']);
    expect(stringsFor('en')).toBe(en);
    expect(stringsFor('nl')).toBe(nl);
  });

  it('has every text in both languages, and different ones', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(en)).toEqual(keys(nl));
    expect(nl.noCriteriaFound).toBe('Geen circulaire criteria gevonden');
    expect(en.noCriteriaFound).toBe('No circular criteria found');
  });

  it('calls what a person records on a card a choice in English, as the Dutch calls it a keuze', () => {
    const texts = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'function' ? [String((v as (x: unknown) => unknown)('X'))] : typeof v === 'object' ? texts(v) : [String(v)]));
    expect(texts(en).filter((text) => /\bdecisions?\b|\bdecid/i.test(text))).toEqual([]);
    expect(en.decideButton).toBe('Choose');
  });
});
