// Period, team and product group. The filters live in the address; a coordinator chooses any team,
// anyone else sees their own team fixed.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardScope } from '../../../../domain/metrics';
import { PERIOD_PRESETS, presetPeriod, type DashboardFilterState, type FilterProblem, type PeriodPreset } from '../lib/dashboard-filters';
import type { DashboardText } from '../lib/dashboard-text';

// a wrapping row: each filter takes at least 11em (or the whole row when narrower) and may not
// grow past its share, so a long option never pushes a select over "Filters wissen"
const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, alignItems: 'flex-end' },
  field: { flex: '1 1 11em', minWidth: 'min(100%, 11em)', maxWidth: '100%' },
  control: { width: '100%', minWidth: 0 },
  reset: { flex: '0 0 auto', maxWidth: '100%' },
});

export interface FilterOption {
  id: string;
  label: string;
}

export function DashboardFiltersBar(props: {
  state: DashboardFilterState;
  onChange: (next: DashboardFilterState) => void;
  today: string;
  scope: DashboardScope;
  teams: readonly FilterOption[];
  productGroups: readonly FilterOption[];
  problem?: FilterProblem;
  text: DashboardText;
}) {
  const styles = useStyles();
  const { state, onChange, text } = props;
  const set = (change: Partial<DashboardFilterState>) => onChange({ ...state, ...change });
  const choosePreset = (preset: PeriodPreset) =>
    preset === 'custom' ? set({ preset, from: state.from || presetPeriod('12m', props.today).from, to: state.to || props.today }) : set({ preset, ...presetPeriod(preset, props.today) });
  const periodMessage = props.problem === 'badPeriod' ? text.t('filter.badPeriod') : props.problem === 'badDay' ? text.t('filter.badDay') : undefined;
  const fixedTeam = props.scope.kind === 'team' ? props.scope.team : undefined;

  return (
    <div className={styles.bar} role="search" aria-label={text.t('filters')}>
      <Field className={styles.field} label={text.t('filter.preset')}>
        <Select className={styles.control} value={state.preset} onChange={(_, d) => choosePreset(d.value as PeriodPreset)}>
          {PERIOD_PRESETS.map((p) => (
            <option key={p} value={p}>
              {text.t(`filter.preset.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      {state.preset === 'custom' && (
        <>
          <Field className={styles.field} label={text.t('filter.from')} validationState={periodMessage ? 'error' : 'none'} validationMessage={periodMessage}>
            <Input className={styles.control} type="date" value={state.from} max={props.today} onChange={(_, d) => set({ from: d.value })} />
          </Field>
          <Field className={styles.field} label={text.t('filter.to')}>
            <Input className={styles.control} type="date" value={state.to} onChange={(_, d) => set({ to: d.value })} />
          </Field>
        </>
      )}
      <Field className={styles.field} label={text.t('filter.team')}>
        <Select className={styles.control} value={fixedTeam ?? state.team} disabled={fixedTeam !== undefined} onChange={(_, d) => set({ team: d.value })}>
          <option value="">{text.t('filter.all')}</option>
          {props.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label={text.t('filter.productGroup')}>
        <Select className={styles.control} value={state.group} onChange={(_, d) => set({ group: d.value })}>
          <option value="">{text.t('filter.all')}</option>
          {props.productGroups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.reset}>
        <Button onClick={() => onChange({ preset: '12m', ...presetPeriod('12m', props.today), team: '', group: '' })}>{text.t('filter.reset')}</Button>
      </div>
    </div>
  );
}
