// The facts of a checklist item at a glance: ambition level, kind of criterion, R-strategy where one
// applies, and a mark on a municipal proposal that it is not adopted policy.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistItem } from '../../domain/content/model';
import { useTaxonomyLabels } from '../lib/taxonomy';
import { useI18n } from '../lib/i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

export function CriterionBadges(props: {
  item: Pick<ChecklistItem, 'ambition' | 'kind' | 'rStrategy'> & Partial<Pick<ChecklistItem, 'source'>>;
  /** shown when the criterion belongs to the minimum the college adopted for its product group */
  adoptedMinimum?: string;
}) {
  const styles = useStyles();
  const labels = useTaxonomyLabels();
  const { t } = useI18n();
  return (
    <ul className={styles.row} aria-label={t('criterion.facts')}>
      <li>
        <Badge appearance="tint" color="brand">
          {t('criterion.ambition', { level: labels.ambition[props.item.ambition] })}
        </Badge>
      </li>
      <li>
        <Badge appearance="outline" color="informative">
          {labels.criterionKind[props.item.kind]}
        </Badge>
      </li>
      {props.item.rStrategy && (
        <li>
          <Badge appearance="tint" color="success">
            {labels.rStrategy[props.item.rStrategy]}
          </Badge>
        </li>
      )}
      {props.adoptedMinimum && (
        <li>
          <Badge appearance="filled" color="brand">
            {props.adoptedMinimum}
          </Badge>
        </li>
      )}
      {props.item.source?.kind === 'municipal-proposal' && (
        <li>
          <Badge appearance="outline" color="warning">
            {labels.sourceKind['municipal-proposal']}
          </Badge>
        </li>
      )}
    </ul>
  );
}
