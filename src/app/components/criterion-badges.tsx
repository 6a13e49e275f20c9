// The facts of a checklist item at a glance: ambition level, kind of criterion, R-strategy where one
// applies, whether it belongs to the municipality's minimum for its group (adopted, or only proposed),
// and a mark on a municipal proposal that it is not adopted policy.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { minimumStatusOf } from '../../domain/content/apply-policy';
import type { ChecklistItem, ContentPack } from '../../domain/content/model';
import type { Ambition } from '../../domain/taxonomy';
import { useLocalised, useTaxonomyLabels } from '../lib/taxonomy';
import { useI18n } from '../lib/i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

export function CriterionBadges(props: {
  item: Pick<ChecklistItem, 'ambition' | 'kind' | 'rStrategy'> & Partial<Pick<ChecklistItem, 'source'>>;
  /** shown when the criterion belongs to the minimum the college adopted for its product group */
  adoptedMinimum?: string;
  /** shown when it belongs to a minimum proposed for its group that the college has not adopted */
  proposedMinimum?: string;
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
      {props.proposedMinimum && (
        <li>
          <Badge appearance="outline" color="brand">
            {props.proposedMinimum}
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

/** the minimum badges' props for a criterion of a product group under the pack's policy */
export function useMinimumBadges(pack: Pick<ContentPack, 'policy' | 'meta'> | undefined) {
  const { t } = useI18n();
  const text = useLocalised();
  return useCallback(
    (ambition: Ambition, productGroup: string | undefined): { adoptedMinimum?: string; proposedMinimum?: string } => {
      if (!pack) return {};
      const municipality = text(pack.meta.municipality);
      switch (minimumStatusOf(ambition, productGroup, pack.policy)) {
        case 'adopted':
          return { adoptedMinimum: t('criterion.adoptedMinimum', { municipality }) };
        case 'proposed':
          return { proposedMinimum: t('criterion.proposedMinimum', { municipality }) };
        default:
          return {};
      }
    },
    [pack, t, text],
  );
}
