// UTC calendar days and ISO 8601 weeks. Days are `YYYY-MM-DD` strings, so periods compare as text;
// a day's ordinal (days since 1970-01-01) makes windows like "the last 90 days" plain arithmetic.

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** true for a real calendar day written `YYYY-MM-DD` (2026-02-30 is not one) */
export function isCalendarDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** days since 1970-01-01 of a `YYYY-MM-DD` day */
export function dayOrdinal(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** the `YYYY-MM-DD` day of an ordinal */
export function dayFromOrdinal(ordinal: number): string {
  return new Date(ordinal * DAY_MS).toISOString().slice(0, 10);
}

/** the digit at a position, or NaN, which makes every later comparison fail */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57 ? code - 48 : Number.NaN;
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil) */
function civilOrdinal(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * the UTC day ordinal of an ISO date-time, read from its characters without making a string when
 * it is UTC with a Z (as the list stores it); NaN when it is not a date-time
 */
export function utcDayOrdinalOf(isoDateTime: string): number {
  if (isoDateTime.length >= 20 && isoDateTime.charCodeAt(isoDateTime.length - 1) === 90 /* Z */ && isoDateTime.charCodeAt(10) === 84 /* T */) {
    const year = digit(isoDateTime, 0) * 1000 + digit(isoDateTime, 1) * 100 + digit(isoDateTime, 2) * 10 + digit(isoDateTime, 3);
    const month = digit(isoDateTime, 5) * 10 + digit(isoDateTime, 6);
    const day = digit(isoDateTime, 8) * 10 + digit(isoDateTime, 9);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && isoDateTime.charCodeAt(4) === 45 && isoDateTime.charCodeAt(7) === 45) {
      return civilOrdinal(year, month, day);
    }
    return Number.NaN;
  }
  const time = Date.parse(isoDateTime);
  return Number.isNaN(time) ? Number.NaN : Math.floor(time / DAY_MS);
}

export interface IsoWeek {
  /** `2026-W05`: the ISO week-numbering year and the week number */
  key: string;
  /** the Monday the week starts on, `YYYY-MM-DD` */
  start: string;
}

/** the ordinal of the Monday that starts a day's ISO week */
export function weekStartOrdinal(ordinal: number): number {
  // 1970-01-01 was a Thursday: (ordinal + 3) mod 7 is the days since Monday
  return ordinal - ((((ordinal + 3) % 7) + 7) % 7);
}

/** the ISO week a day belongs to: weeks start on Monday, week 1 holds the year's first Thursday */
export function isoWeekOfOrdinal(ordinal: number): IsoWeek {
  const mondayOrdinal = weekStartOrdinal(ordinal);
  const thursday = new Date((mondayOrdinal + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstOfYear = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const week = Math.floor((mondayOrdinal + 3 - firstOfYear) / 7) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, start: dayFromOrdinal(mondayOrdinal) };
}

export function isoWeekOf(day: string): IsoWeek {
  return isoWeekOfOrdinal(dayOrdinal(day));
}
