// Period, team and product group. The filters live in the address; a coordinator chooses any team,
// anyone else sees their own team fixed.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardScope } from '../../../../domain/metrics';
import { PERIOD_PRESETS, presetPeriod, type DashboardFilterState, type FilterProblem, type PeriodPreset } from '../lib/dashboard-filters';
import type { DashboardText } from '../lib/dashboard-text';

const useStyles = makeStyles({
  bar: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
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
      <Field label={text.t('filter.preset')}>
        <Select value={state.preset} onChange={(_, d) => choosePreset(d.value as PeriodPreset)}>
          {PERIOD_PRESETS.map((p) => (
            <option key={p} value={p}>
              {text.t(`filter.preset.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      {state.preset === 'custom' && (
        <>
          <Field label={text.t('filter.from')} validationState={periodMessage ? 'error' : 'none'} validationMessage={periodMessage}>
            <Input type="date" value={state.from} max={props.today} onChange={(_, d) => set({ from: d.value })} />
          </Field>
          <Field label={text.t('filter.to')}>
            <Input type="date" value={state.to} onChange={(_, d) => set({ to: d.value })} />
          </Field>
        </>
      )}
      <Field label={text.t('filter.team')}>
        <Select value={fixedTeam ?? state.team} disabled={fixedTeam !== undefined} onChange={(_, d) => set({ team: d.value })}>
          <option value="">{text.t('filter.all')}</option>
          {props.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.t('filter.productGroup')}>
        <Select value={state.group} onChange={(_, d) => set({ group: d.value })}>
          <option value="">{text.t('filter.all')}</option>
          {props.productGroups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.label}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button onClick={() => onChange({ preset: '12m', ...presetPeriod('12m', props.today), team: '', group: '' })}>{text.t('filter.reset')}</Button>
      </div>
    </div>
  );
}
