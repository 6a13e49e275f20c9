// The filter bar of the checklists page. Every control has a visible label; changes apply at once.
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { ContentPack } from '../../../../domain/content/model';
import { AMBITIONS, CRITERION_KINDS, R_STRATEGIES } from '../../../../domain/taxonomy';
import { FilterSelect } from '../../../components/filter-select';
import { useI18n } from '../../../lib/i18n';
import { useLocalised, useTaxonomyLabels } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalL,
    '& > *': { minWidth: 0 },
  },
  search: { gridColumn: '1 / -1' },
});

export interface FilterValues {
  scope: string;
  ambition: string;
  kind: string;
  r: string;
  q: string;
}

export function CriteriaFilters(props: { pack: ContentPack; values: FilterValues; onChange: (values: FilterValues) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const labels = useTaxonomyLabels();
  const text = useLocalised();
  const { values, onChange, pack } = props;
  const groupsWithChecklists = new Set(pack.checklists.map((c) => c.productGroup).filter(Boolean));
  const practice = pack.checklists.filter((c) => !c.productGroup);
  const set = (name: keyof FilterValues) => (_: unknown, data: { value: string }) => onChange({ ...values, [name]: data.value });
  // without a level chosen, the levels the college adopted apply (see filter-criteria)
  const adopted = pack.policy.ambitionPerProductGroup;
  const scopedGroup = values.scope.startsWith('group:') ? values.scope.slice('group:'.length) : undefined;
  const adoptedForScope = scopedGroup ? adopted[scopedGroup] : undefined;
  const defaultAmbition = adoptedForScope
    ? t('checklists.adoptedAmbition', { level: labels.ambition[adoptedForScope] })
    : !values.scope && Object.keys(adopted).length > 0
      ? t('checklists.adoptedPerGroup')
      : undefined;

  return (
    <div className={styles.bar} role="search" aria-label={t('checklists.filters')}>
      <Field label={t('checklists.search')} className={styles.search}>
        <Input type="search" contentBefore={<SearchRegular aria-hidden />} value={values.q} onChange={set('q')} placeholder={t('checklists.searchPlaceholder')} />
      </Field>
      <Field label={t('checklists.scope')}>
        <Select value={values.scope} onChange={set('scope')}>
          <option value="">{t('checklists.allGroups')}</option>
          <optgroup label={t('checklists.productGroups')}>
            {pack.productGroups
              .filter((g) => groupsWithChecklists.has(g.id))
              .map((g) => (
                <option key={g.id} value={`group:${g.id}`}>
                  {text(g.label)}
                </option>
              ))}
          </optgroup>
          {practice.length > 0 && (
            <optgroup label={t('checklists.practice')}>
              {practice.map((c) => (
                <option key={c.id} value={`checklist:${c.id}`}>
                  {text(c.title)}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      <FilterSelect
        label={t('checklists.ambition')}
        value={values.ambition}
        ids={AMBITIONS}
        labels={labels.ambition}
        emptyLabel={defaultAmbition}
        onChange={(v) => onChange({ ...values, ambition: v })}
      />
      <FilterSelect label={t('checklists.kind')} value={values.kind} ids={CRITERION_KINDS} labels={labels.criterionKind} onChange={(v) => onChange({ ...values, kind: v })} />
      <FilterSelect label={t('checklists.rStrategy')} value={values.r} ids={R_STRATEGIES} labels={labels.rStrategy} onChange={(v) => onChange({ ...values, r: v })} />
    </div>
  );
}
