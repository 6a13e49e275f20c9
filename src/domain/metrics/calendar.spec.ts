import { dayFromOrdinal, dayOrdinal, isCalendarDay, isoWeekOf, utcDayOrdinalOf } from './calendar';

describe('ISO weeks (UTC)', () => {
  it.each([
    // the first Thursday rule at both ends of the year
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2025-12-29', '2026-W01', '2025-12-29'],
    ['2025-12-28', '2025-W52', '2025-12-22'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2021-01-04', '2021-W01', '2021-01-04'],
    ['2026-11-01', '2026-W44', '2026-10-26'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
  ])('%s is in %s, starting %s', (day, key, start) => {
    expect(isoWeekOf(day)).toMatchObject({ key, start });
  });
});

describe('days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-2-3')).toBe(false);
  });

  it('counts days and back', () => {
    expect(dayOrdinal('1970-01-02')).toBe(1);
    expect(dayFromOrdinal(dayOrdinal('2026-03-01') - 1)).toBe('2026-02-28');
  });
});

describe('utcDayOrdinalOf', () => {
  it('reads a UTC date-time without parsing and agrees with Date', () => {
    for (const text of ['1970-01-01T00:00:00Z', '2024-02-29T23:59:59Z', '2026-12-31T12:00:00.123Z', '2000-03-01T00:00:00Z']) {
      expect(utcDayOrdinalOf(text)).toBe(Math.floor(Date.parse(text) / 86_400_000));
    }
  });

  it('falls back to Date for an offset and refuses what is not a date-time', () => {
    expect(dayFromOrdinal(utcDayOrdinalOf('2026-06-08T00:30:00+02:00'))).toBe('2026-06-07');
    expect(utcDayOrdinalOf('2026-02-30T10:00:00Z')).toBeNaN();
    expect(utcDayOrdinalOf('2026-0a-10T10:00:00Z')).toBeNaN();
    expect(utcDayOrdinalOf('soon')).toBeNaN();
  });
});
