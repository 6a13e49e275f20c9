// What coordinators record about a programme action's indicator: a definition (unit, baseline,
// target) or a measured value. Records are append-only, like the record of choices: a changed
// baseline is a new definition, and the latest one counts. The input schemas here are what the
// server accepts; docs/indicators.md describes them.
import { z } from 'zod';

/** a year (`2019`) or a day (`2019-12-31`) that exists in the calendar */
export const YEAR_OR_DAY = /^\d{4}(?:-\d{2}-\d{2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const realDay = (text: string): boolean => {
  if (!DAY.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
};
const yearOrDay = z
  .string()
  .trim()
  .refine((t) => YEAR_OR_DAY.test(t) && (t.length === 4 || realDay(t)), { error: 'must be a year like 2019 or a day in the calendar like 2019-12-31' });
const day = z.string().trim().refine(realDay, { error: 'must be a day in the calendar, written YYYY-MM-DD' });
const value = z.number({ error: 'must be a number' }).finite({ error: 'must be a finite number' });
const shortText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

/** a measured value of an action's indicator, as a coordinator enters it */
export const measurementInput = z.strictObject({
  value,
  /** the day the value was true (the end of the period it covers) */
  date: day,
  source: shortText(255).optional(),
  note: shortText(2000).optional(),
});
export type MeasurementInput = z.infer<typeof measurementInput>;

/** an action's indicator definition, as a coordinator enters it; a field left out stays unknown */
export const definitionInput = z.strictObject({
  unit: shortText(255).optional(),
  baseline: z.strictObject({ value, date: yearOrDay, source: shortText(255) }).optional(),
  target: z.strictObject({ value, year: z.number().int().min(2000, { error: 'must be a year from 2000' }).max(2100, { error: 'must be a year up to 2100' }) }).optional(),
});
export type DefinitionInput = z.infer<typeof definitionInput>;

interface RecordCommon {
  /** the unique key of the row (made by the writer) */
  key: string;
  actionId: string;
  /** Entra object id of the coordinator who recorded it */
  recordedBy: string;
  /** ISO instant */
  recordedAt: string;
}

export type IndicatorRecord =
  | (RecordCommon & { kind: 'definition'; definition: DefinitionInput })
  | (RecordCommon & { kind: 'measurement'; measurement: MeasurementInput });

/** the first problem of a parse, as one sentence naming the field */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the input is not valid';
  return `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`;
}
