// The period a report covers: two days in the calendar, the first not after the last. The server's
// route and the command line check it with the same words.
export interface ReportPeriod {
  from: string;
  to: string;
}

const isDay = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
};

/** the period, or the reason it is not one (naming `from` or `to`) */
export function reportPeriod(from: unknown, to: unknown): { ok: true; period: ReportPeriod } | { ok: false; message: string } {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (typeof value !== 'string' || value.trim() === '') return { ok: false, message: `${name}: give the period's ${name === 'from' ? 'first' : 'last'} day, like 2026-01-31` };
    if (!isDay(value.trim())) return { ok: false, message: `${name}: '${value.slice(0, 40)}' is not a day in the calendar written YYYY-MM-DD` };
  }
  const period = { from: (from as string).trim(), to: (to as string).trim() };
  if (period.from > period.to) return { ok: false, message: `from: the period starts (${period.from}) after it ends (${period.to})` };
  return { ok: true, period };
}
