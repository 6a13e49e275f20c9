import type { IndicatorRecord } from '../domain/indicators';
import { indicatorFromFields, indicatorToFields } from './indicator-fields';
import { fieldProblems, INDICATORS_LIST } from './list-definitions';

const common = { key: 'k-1', actionId: 'public-space-residual-waste-135-kg', recordedBy: 'noor', recordedAt: '2026-12-01T09:00:00Z' };
const records: IndicatorRecord[] = [
  { ...common, kind: 'measurement', measurement: { value: 1234.5, date: '2026-11-30', source: 'weegdata', note: 'inclusief grofvuil' } },
  { ...common, kind: 'measurement', measurement: { value: 150, date: '2026-11-30' } },
  { ...common, kind: 'definition', definition: { unit: 'kg per inwoner', baseline: { value: 165, date: '2019', source: 'afvalcijfers' }, target: { value: 135, year: 2030 } } },
  { ...common, kind: 'definition', definition: { target: { value: 135, year: 2030 } } },
];

describe('indicator rows', () => {
  it.each(records.map((r) => [r.kind, r] as const))('writes a %s as fields the Indicators list accepts, and reads it back unchanged', (_, record) => {
    const fields = indicatorToFields(record);
    expect(fieldProblems(INDICATORS_LIST, fields, 'create')).toEqual([]);
    expect(indicatorFromFields(fields)).toEqual({ ok: true, value: record });
  });

  it('reports a row edited by hand into something it cannot read, instead of guessing', () => {
    const fields = indicatorToFields(records[0]!);
    expect(indicatorFromFields({ ...fields, ValueDate: '30-11-2026' })).toEqual({ ok: false, message: 'date: must be a day in the calendar, written YYYY-MM-DD' });
    expect(indicatorFromFields({ ...fields, Kind: 'guess' })).toEqual({ ok: false, message: 'Kind must be definition or measurement' });
    expect(indicatorFromFields({ ...fields, ActionId: '' }).ok).toBe(false);
  });
});
