// The filter bar of the checklists page. Every control has a visible label; changes apply at once.
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { ContentPack } from '../../../../domain/content/model';
import { AMBITIONS, CRITERION_KINDS, R_STRATEGIES } from '../../../../domain/taxonomy';
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
      <Field label={t('checklists.ambition')}>
        <Select value={values.ambition} onChange={set('ambition')}>
          <option value="">{t('checklists.any')}</option>
          {AMBITIONS.map((a) => (
            <option key={a} value={a}>
              {labels.ambition[a]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('checklists.kind')}>
        <Select value={values.kind} onChange={set('kind')}>
          <option value="">{t('checklists.any')}</option>
          {CRITERION_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.criterionKind[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('checklists.rStrategy')}>
        <Select value={values.r} onChange={set('r')}>
          <option value="">{t('checklists.any')}</option>
          {R_STRATEGIES.map((r) => (
            <option key={r} value={r}>
              {labels.rStrategy[r]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
