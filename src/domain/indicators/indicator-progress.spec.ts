import type { ProgrammeAction } from '../content/model';
import { indicatorStates, progressByPhase, progressByTheme } from './indicator-progress';
import { definitionInput, measurementInput, type DefinitionInput, type IndicatorRecord } from './indicator-records';

const action = (id: string, phase: ProgrammeAction['phase'], theme: ProgrammeAction['theme'], measure?: ProgrammeAction['measure']): ProgrammeAction => ({
  id,
  title: { nl: id, en: id },
  description: { nl: 'x', en: 'x' },
  ownerTeam: 'afval-en-grondstoffen',
  phase,
  theme,
  indicator: { nl: `indicator ${id}`, en: `indicator ${id}` },
  ...(measure ? { measure } : {}),
  productGroups: [],
});

const waste = action('residual-waste', 'scale', 'public-space', {
  unit: { nl: 'kg per inwoner', en: 'kg per inhabitant' },
  baseline: { value: 165, date: '2019', source: { nl: 'openbare cijfers', en: 'public figures' } },
  target: { value: 135 },
});
const depot = action('depot', 'learn', 'public-space');
const budget = action('budget', 'embed', 'monitoring');

let n = 0;
const measured = (actionId: string, value: number, date: string, recordedAt = `2026-01-0${(n % 9) + 1}T10:00:00Z`): IndicatorRecord => ({
  key: `m-${++n}`,
  actionId,
  kind: 'measurement',
  measurement: { value, date },
  recordedBy: 'noor',
  recordedAt,
});
const defined = (actionId: string, definition: DefinitionInput, recordedAt: string): IndicatorRecord => ({
  key: `d-${++n}`,
  actionId,
  kind: 'definition',
  definition,
  recordedBy: 'noor',
  recordedAt,
});

describe('indicatorStates', () => {
  it("keeps the pack's public baseline and adds the target year a coordinator enters", () => {
    const [state] = indicatorStates([waste], [defined('residual-waste', { target: { value: 135, year: 2030 } }, '2026-01-01T09:00:00Z')], 'nl');
    expect(state).toMatchObject({ unit: 'kg per inwoner', baseline: { value: 165, date: '2019', source: 'openbare cijfers' }, target: { value: 135, year: 2030 } });
    expect(state?.status).toBe('no-measurement');
    expect(state?.progress).toBeNull();
  });

  it('measures the way from baseline to target, downwards as well as upwards', () => {
    const [state] = indicatorStates([waste], [measured('residual-waste', 150, '2025-12-31')], 'en');
    expect(state?.progress).toBeCloseTo(0.5);
    expect(state?.status).toBe('on-the-way');
    expect(state?.unit).toBe('kg per inhabitant');
    const [worse] = indicatorStates([waste], [measured('residual-waste', 170, '2025-12-31')], 'nl');
    expect(worse?.status).toBe('moving-away');
    const [reached] = indicatorStates([waste], [measured('residual-waste', 130, '2025-12-31')], 'nl');
    expect(reached?.status).toBe('reached');
  });

  it('takes the latest day measured, not the latest entered, and a day entered again replaces its value', () => {
    const records = [
      measured('residual-waste', 150, '2025-12-31', '2026-01-02T00:00:00Z'),
      measured('residual-waste', 160, '2024-12-31', '2026-01-03T00:00:00Z'),
      measured('residual-waste', 145, '2025-12-31', '2026-01-04T00:00:00Z'),
    ];
    const [state] = indicatorStates([waste], records, 'nl');
    expect(state?.measurements.map((m) => [m.date, m.value])).toEqual([
      ['2024-12-31', 160],
      ['2025-12-31', 145],
    ]);
    expect(state?.latest?.value).toBe(145);
  });

  it("leaves out measurements after a report's period", () => {
    const records = [measured('residual-waste', 160, '2024-12-31'), measured('residual-waste', 140, '2025-12-31')];
    const [state] = indicatorStates([waste], records, 'nl', '2025-06-30');
    expect(state?.latest?.value).toBe(160);
  });

  it('says an indicator without baseline or target has no progress, however it is measured', () => {
    const [state] = indicatorStates([depot], [measured('depot', 12, '2026-03-01')], 'nl');
    expect(state?.status).toBe('no-baseline-or-target');
    expect(state?.progress).toBeNull();
    expect(state?.baseline).toBeUndefined();
  });
});

describe('progress per phase and theme', () => {
  const records = [
    measured('residual-waste', 150, '2025-12-31'),
    defined('depot', { unit: 'stuks', baseline: { value: 0, date: '2025', source: 'depotregistratie' }, target: { value: 100, year: 2027 } }, '2026-01-01T00:00:00Z'),
    measured('depot', 150, '2026-02-01'),
  ];
  const states = indicatorStates([waste, depot, budget], records, 'nl');

  it('counts actions, targets, measurements and the mean progress, each capped at the target', () => {
    expect(progressByPhase(states)).toEqual([
      { key: 'learn', actions: 1, withTarget: 1, measured: 1, reached: 1, averageProgress: 1 },
      { key: 'scale', actions: 1, withTarget: 1, measured: 1, reached: 0, averageProgress: 0.5 },
      { key: 'embed', actions: 1, withTarget: 0, measured: 0, reached: 0, averageProgress: null },
    ]);
  });

  it('lists only themes with actions', () => {
    expect(progressByTheme(states).map((t) => [t.key, t.actions, t.averageProgress])).toEqual([
      ['public-space', 2, 0.75],
      ['monitoring', 1, null],
    ]);
  });
});

describe('input', () => {
  it('refuses a day that is not in the calendar and a value that is not a number, naming the field', () => {
    const wrongDay = measurementInput.safeParse({ value: 1, date: '2026-02-30' });
    expect(wrongDay.success).toBe(false);
    expect(wrongDay.error?.issues[0]?.path).toEqual(['date']);
    expect(measurementInput.safeParse({ value: '1.234,5', date: '2026-02-01' }).success).toBe(false);
    expect(measurementInput.safeParse({ value: 1234.5, date: '2026-02-01', extra: 1 }).success).toBe(false);
  });

  it('accepts a baseline dated by its year only, as public figures often are', () => {
    expect(definitionInput.safeParse({ baseline: { value: 73, date: '2018', source: 'afvalcijfers' } }).success).toBe(true);
    expect(definitionInput.safeParse({ target: { value: 135, year: 1990 } }).success).toBe(false);
  });
});
