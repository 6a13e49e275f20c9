// An indicator record <-> the fields of its row in the Indicators list. A row edited by hand into
// something the app cannot read is reported and skipped, never guessed at.
import { definitionInput, firstIssue, measurementInput, type IndicatorRecord } from '../domain/indicators';
import type { ListFields } from './record-fields';

export function indicatorToFields(record: IndicatorRecord): ListFields {
  const common = { Title: record.actionId, IndicatorKey: record.key, ActionId: record.actionId, Kind: record.kind, RecordedBy: record.recordedBy, RecordedAt: record.recordedAt };
  if (record.kind === 'measurement') {
    const m = record.measurement;
    return { ...common, Value: m.value, ValueDate: m.date, ...(m.source ? { Source: m.source } : {}), ...(m.note ? { Note: m.note } : {}) };
  }
  const d = record.definition;
  return {
    ...common,
    ...(d.unit !== undefined ? { Unit: d.unit } : {}),
    ...(d.baseline ? { Value: d.baseline.value, ValueDate: d.baseline.date, Source: d.baseline.source } : {}),
    ...(d.target ? { TargetValue: d.target.value, TargetYear: d.target.year } : {}),
  };
}

const str = (f: ListFields, name: string): string | undefined => (typeof f[name] === 'string' && (f[name] as string).trim() !== '' ? (f[name] as string).trim() : undefined);
const num = (f: ListFields, name: string): number | undefined => (typeof f[name] === 'number' ? (f[name] as number) : undefined);

export function indicatorFromFields(f: ListFields): { ok: true; value: IndicatorRecord } | { ok: false; message: string } {
  const key = str(f, 'IndicatorKey');
  const actionId = str(f, 'ActionId');
  const recordedBy = str(f, 'RecordedBy');
  const recordedAt = str(f, 'RecordedAt');
  if (!key || !actionId || !recordedBy || !recordedAt) return { ok: false, message: 'IndicatorKey, ActionId, RecordedBy and RecordedAt are required' };
  const common = { key, actionId, recordedBy, recordedAt };
  if (f.Kind === 'measurement') {
    const parsed = measurementInput.safeParse({
      value: num(f, 'Value'),
      date: str(f, 'ValueDate'),
      ...(str(f, 'Source') ? { source: str(f, 'Source') } : {}),
      ...(str(f, 'Note') ? { note: str(f, 'Note') } : {}),
    });
    return parsed.success ? { ok: true, value: { ...common, kind: 'measurement', measurement: parsed.data } } : { ok: false, message: firstIssue(parsed.error) };
  }
  if (f.Kind === 'definition') {
    const value = num(f, 'Value');
    const targetValue = num(f, 'TargetValue');
    const parsed = definitionInput.safeParse({
      ...(str(f, 'Unit') ? { unit: str(f, 'Unit') } : {}),
      ...(value !== undefined ? { baseline: { value, date: str(f, 'ValueDate'), source: str(f, 'Source') } } : {}),
      ...(targetValue !== undefined ? { target: { value: targetValue, year: num(f, 'TargetYear') } } : {}),
    });
    return parsed.success ? { ok: true, value: { ...common, kind: 'definition', definition: parsed.data } } : { ok: false, message: firstIssue(parsed.error) };
  }
  return { ok: false, message: 'Kind must be definition or measurement' };
}
