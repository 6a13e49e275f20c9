// The criteria attached to a meeting, each with the person's decision on it in this meeting: what
// attendees see in the side panel during the meeting, and in the meeting's tab and page.
import { Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import { latestDecisions, type Acknowledgement } from '../../../../domain/acknowledgement';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { CriterionBadges } from '../../../components/criterion-badges';
import { DecisionControls } from '../../../components/decision-controls';
import { ErrorState } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';
import { useMeetingDecision } from '../lib/attach';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  guidance: { color: tokens.colorNeutralForeground2 },
});

export interface AttachedCriteriaProps {
  criteria: MeetingCriteria;
  lookup: ContentLookup;
  contentVersion: string;
  /** the narrow side panel: guidance and badges folded away */
  compact: boolean;
  /** `linked` off where the criterion's page cannot open (the side panel has only this page) */
  linked?: boolean;
}

export function AttachedCriteria(props: AttachedCriteriaProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const { decisions, session } = useServices();
  const { meetingId, subject } = props.criteria;
  const record = useMeetingDecision(meetingId, subject || undefined, props.contentVersion);
  const earlierAcks = useLoadable(() => decisions.forContext(meetingId), [meetingId, decisions]);
  // once shown, the controls stay mounted while the decisions load again, so a reason being typed
  // for one criterion survives another criterion's save
  const shown = useRef(false);
  if (earlierAcks.state.status !== 'loading') shown.current = true;
  const mine = useMemo(() => {
    if (earlierAcks.state.status !== 'ready') return new Map<string, Acknowledgement>();
    // attaching is not deciding: only the person's own decisions are shown as theirs
    return latestDecisions(earlierAcks.state.value.filter((a) => a.staffAadId === session.user.id && a.decision !== 'attached'));
  }, [earlierAcks.state, session.user.id]);

  const items = props.criteria.checklistItemIds.map((id) => ({ id, found: props.lookup.item(id) }));
  const missing = items.filter((i) => !i.found).length;
  return (
    <div>
      {earlierAcks.state.status === 'error' && <ErrorState title={t('meeting.decisionsFailed')} error={earlierAcks.state.error} onRetry={earlierAcks.retry} />}
      <ul className={styles.list} aria-label={t('meeting.attachedLabel')}>
        {items.map(({ id, found }) => {
          if (!found) return null;
          const { item, checklist } = found;
          const earlier = mine.get(id);
          return (
            <li key={id}>
              <Card className={styles.card} data-testid="attached-item" data-item-id={id}>
                <Text weight="semibold">{text(item.text)}</Text>
                <Text size={200}>{text(checklist.title)}</Text>
                {!props.compact && <CriterionBadges item={item} />}
                <details>
                  <summary>{t('check.guidance')}</summary>
                  <Text as="p" className={styles.guidance}>
                    {text(item.guidance)}
                  </Text>
                  {props.linked !== false && <Link href={hrefFor(`/criteria/${encodeURIComponent(id)}`)}>{t('checklists.details')}</Link>}
                </details>
                {shown.current && (
                  <DecisionControls
                    itemText={text(item.text)}
                    current={earlier && { ack: earlier, waiting: false }}
                    onDecide={(input) => record({ checklistItemId: id, checklistId: checklist.id, productGroup: checklist.productGroup }, input)}
                  />
                )}
              </Card>
            </li>
          );
        })}
      </ul>
      {missing > 0 && <Text>{t('meeting.unknownItems', { count: missing })}</Text>}
    </div>
  );
}
