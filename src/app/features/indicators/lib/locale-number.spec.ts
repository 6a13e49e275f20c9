import { parseLocaleNumber } from './locale-number';

describe('parseLocaleNumber', () => {
  it('reads Dutch numbers with a decimal comma and optional thousands dots', () => {
    expect(parseLocaleNumber('1.234,5', 'nl')).toBe(1234.5);
    expect(parseLocaleNumber('1234,5', 'nl')).toBe(1234.5);
    expect(parseLocaleNumber(' 165 ', 'nl')).toBe(165);
    expect(parseLocaleNumber('-2,25', 'nl')).toBe(-2.25);
  });

  it('reads English numbers the English way', () => {
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber('73', 'en')).toBe(73);
  });

  it('refuses what is ambiguous or no number instead of guessing', () => {
    // "1.5" in Dutch is neither 1,5 nor 15: a dot groups three digits
    expect(parseLocaleNumber('1.5', 'nl')).toBeUndefined();
    expect(parseLocaleNumber('1,5', 'en')).toBeUndefined();
    expect(parseLocaleNumber('', 'nl')).toBeUndefined();
    expect(parseLocaleNumber('twaalf', 'nl')).toBeUndefined();
    expect(parseLocaleNumber('12 kg', 'nl')).toBeUndefined();
  });
});
