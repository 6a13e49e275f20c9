import en from './en.json';
import nl from './nl.json';

describe('indicator and report strings', () => {
  it('has every string in Dutch and in English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(nl[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(nl[key])]);
    }
  });
});
