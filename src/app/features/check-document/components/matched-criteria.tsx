// The checklist items that fit the draft, grouped by checklist, each with its decision controls (or
// the decision already recorded on this draft). An ambition level narrows the list; by default each
// product group whose level the college adopted shows its criteria up to that level.
import { Card, Checkbox, Link, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Acknowledgement } from '../../../../domain/acknowledgement';
import { adoptedAmbitionOf, withinAmbition } from '../../../../domain/content/apply-policy';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import type { MatchResult } from '../../../../domain/matcher';
import { AMBITIONS, type Ambition } from '../../../../domain/taxonomy';
import { CriterionBadges, useMinimumBadges } from '../../../components/criterion-badges';
import { DecisionControls } from '../../../components/decision-controls';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { DecisionContext, DecisionInput, DecisionSubject, SaveOutcome } from '../../../lib/record-decision';
import { useLocalised, useTaxonomyLabels } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  guidance: { color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
  // three levels side by side where they fit, below each other in a 320 px side panel
  ambitions: { flexWrap: 'wrap' },
});

/** the choice that stands for each matched group's own adopted level (the default where one is adopted) */
const ADOPTED = 'adopted';

export interface MatchedCriteriaProps {
  result: MatchResult;
  lookup: ContentLookup;
  /** the pack's policy (adopted levels) and municipality, for the default level and the minimum badges */
  pack?: Pick<ContentPack, 'policy' | 'meta'>;
  context: DecisionContext | undefined;
  earlier: ReadonlyMap<string, Acknowledgement>;
  waitingKeys: ReadonlySet<string>;
  record(subject: DecisionSubject, context: DecisionContext, input: DecisionInput): Promise<SaveOutcome>;
  /** criteria picked to go into the document (the Word pane's clause block); no checkboxes without */
  picked?: ReadonlySet<string>;
  onPick?: (itemId: string, picked: boolean) => void;
  /** `linked` off where the criterion's page cannot open (the Word pane, the compose dialog) */
  linked?: boolean;
}

export function MatchedCriteria(props: MatchedCriteriaProps) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const text = useLocalised();
  const labels = useTaxonomyLabels();
  const [chosen, setAmbition] = useState<Ambition | typeof ADOPTED>(ADOPTED);
  const minimum = useMinimumBadges(props.pack);
  const policy = props.pack?.policy;
  const anyAdopted = props.result.checklistItems.some((match) => {
    const group = match.productGroup ?? props.lookup.item(match.id)?.checklist.productGroup;
    return adoptedAmbitionOf(group, policy) !== undefined;
  });
  // the adopted levels are offered (and the default) only where a matched group has one
  const ambition = chosen === ADOPTED && !anyAdopted ? 'ambitious' : chosen;

  const groups = useMemo(() => {
    const byChecklist = new Map<string, { checklistId: string; items: { id: string; productGroup?: DecisionSubject['productGroup'] }[] }>();
    for (const match of props.result.checklistItems) {
      const found = props.lookup.item(match.id);
      if (!found) continue;
      const productGroup = match.productGroup ?? found.checklist.productGroup;
      const ceiling = ambition === ADOPTED ? adoptedAmbitionOf(productGroup, policy) : ambition;
      if (ceiling && !withinAmbition(found.item.ambition, ceiling)) continue;
      const group = byChecklist.get(match.checklistId) ?? { checklistId: match.checklistId, items: [] };
      group.items.push({ id: match.id, productGroup });
      byChecklist.set(match.checklistId, group);
    }
    return [...byChecklist.values()];
  }, [props.result, props.lookup, ambition, policy]);

  if (props.result.checklistItems.length === 0) return null;
  const shown = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section className={styles.root} aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('check.criteriaTitle')}</h2>
      <Field label={t('check.ambitionLabel')}>
        <RadioGroup layout="horizontal" className={styles.ambitions} value={ambition} onChange={(_, data) => setAmbition(data.value as Ambition | typeof ADOPTED)}>
          {anyAdopted && <Radio value={ADOPTED} label={t('check.adoptedAmbition')} />}
          {AMBITIONS.map((a) => (
            <Radio key={a} value={a} label={labels.ambition[a]} />
          ))}
        </RadioGroup>
      </Field>
      <Text role="status" aria-live="polite">
        {tp('check.criteriaCount', shown)}
      </Text>
      {!props.context && <Text>{t('check.needTextToDecide')}</Text>}
      {groups.map((group) => {
        const checklist = props.lookup.checklist(group.checklistId);
        return (
          <section key={group.checklistId} aria-labelledby={`matched-${group.checklistId}`} data-testid="matched-checklist" data-checklist={group.checklistId}>
            <h3 id={`matched-${group.checklistId}`}>{checklist ? text(checklist.title) : group.checklistId}</h3>
            <ul className={styles.items}>
              {group.items.map(({ id, productGroup }) => {
                const item = props.lookup.item(id)!.item;
                const earlier = props.earlier.get(id);
                const context = props.context;
                return (
                  <li key={`${context?.contextRef ?? 'none'}:${id}`}>
                    <Card className={styles.card} data-testid="matched-item" data-item-id={id}>
                      <Text>{text(item.text)}</Text>
                      <CriterionBadges item={item} {...minimum(item.ambition, productGroup)} />
                      {props.onPick && (
                        <Checkbox
                          label={t('check.pickForClause')}
                          // the same label on every card: the name says which criterion it takes
                          aria-label={t('check.pickForClauseItem', { item: text(item.text) })}
                          checked={props.picked?.has(id) ?? false}
                          data-testid="pick-clause"
                          onChange={(_, data) => props.onPick!(id, data.checked === true)}
                        />
                      )}
                      <details>
                        <summary className={styles.summary}>{t('check.guidance')}</summary>
                        <Text as="p" block className={styles.guidance}>
                          {text(item.guidance)}
                        </Text>
                        {props.linked !== false && <Link href={hrefFor(`/criteria/${encodeURIComponent(id)}`)}>{t('checklists.details')}</Link>}
                      </details>
                      {context && (
                        <DecisionControls
                          itemText={text(item.text)}
                          current={earlier && { ack: earlier, waiting: props.waitingKeys.has(earlier.ackKey) }}
                          onDecide={(input) => props.record({ checklistItemId: id, checklistId: group.checklistId, productGroup }, context, input)}
                        />
                      )}
                    </Card>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
