// The four decisions on a checklist item, in at most two clicks: applied and later save at once;
// considered and not applicable ask for a reason first. An earlier decision is shown instead of
// asking again, with a way to change one's mind (which records a new decision).
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, CloudArrowUpRegular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { DECISIONS_WITH_REASON, type Decision } from '../../domain/taxonomy';
import { useI18n } from '../lib/i18n';
import type { DecisionInput, SaveOutcome } from '../lib/record-decision';
import { useTaxonomyLabels } from '../lib/taxonomy';
import { useAnnounce } from './announcer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  current: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { verticalAlign: 'middle', marginInlineEnd: tokens.spacingHorizontalXXS },
  queued: { color: tokens.colorPaletteMarigoldForeground2 },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  reason: { color: tokens.colorNeutralForeground2 },
});

const DECISION_CHOICES: readonly Exclude<Decision, 'attached'>[] = ['applied', 'considered', 'not-applicable', 'later'];

type Phase =
  | { step: 'choose' }
  | { step: 'reason'; decision: Decision; invalid: boolean }
  | { step: 'saving'; decision: Decision }
  | { step: 'failed'; message: string };

export interface DecisionControlsProps {
  /** the item the decision is about, for the controls' accessible name */
  itemText: string;
  /** the latest decision already recorded in this context */
  current?: { ack: Acknowledgement; waiting: boolean };
  onDecide(input: DecisionInput): Promise<SaveOutcome>;
}

export function DecisionControls(props: DecisionControlsProps) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const labels = useTaxonomyLabels();
  const announce = useAnnounce();
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [reason, setReason] = useState('');
  const [changing, setChanging] = useState(false);
  const [latest, setLatest] = useState<{ ack: Acknowledgement; waiting: boolean } | undefined>(undefined);
  const current = latest && (!props.current || props.current.ack.ackAt <= latest.ack.ackAt) ? latest : props.current;

  const save = async (decision: Decision, why?: string) => {
    setPhase({ step: 'saving', decision });
    try {
      const outcome = await props.onDecide({ decision, reason: why });
      setLatest({ ack: outcome.ack, waiting: outcome.status === 'queued' });
      setChanging(false);
      setReason('');
      setPhase({ step: 'choose' });
      announce(
        outcome.status === 'queued'
          ? t('decision.announceQueued', { decision: labels.decision[decision] })
          : t('decision.announceSaved', { decision: labels.decision[decision] }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setPhase({ step: 'failed', message });
      announce(t('decision.failed'));
    }
  };

  const choose = (decision: Decision) => {
    if (DECISIONS_WITH_REASON.has(decision)) {
      setPhase({ step: 'reason', decision, invalid: false });
      // the reason field appears after this render
      setTimeout(() => reasonRef.current?.focus(), 0);
    } else {
      void save(decision);
    }
  };

  if (current && !changing) {
    return (
      <div className={styles.root} data-testid="decision-current" data-decision={current.ack.decision}>
        <div className={styles.current}>
          <Text>
            <CheckmarkCircleRegular className={styles.icon} aria-hidden />
            {t('decision.current', { decision: labels.decision[current.ack.decision], date: formatDateTime(current.ack.ackAt) })}
          </Text>
          {current.waiting ? (
            <Text className={styles.queued}>
              <CloudArrowUpRegular className={styles.icon} aria-hidden />
              {t('decision.waiting')}
            </Text>
          ) : (
            <Text className={styles.saved}>{t('decision.saved')}</Text>
          )}
          <Button size="small" onClick={() => setChanging(true)} aria-label={t('decision.changeFor', { item: props.itemText })}>
            {t('decision.change')}
          </Button>
        </div>
        {current.ack.reason && <Text className={styles.reason}>{t('decision.reasonShown', { reason: current.ack.reason })}</Text>}
      </div>
    );
  }

  const busy = phase.step === 'saving';
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t('decision.groupLabel', { item: props.itemText })} className={styles.buttons}>
        {DECISION_CHOICES.map((decision) => (
          <Button
            key={decision}
            size="small"
            appearance={decision === 'applied' ? 'primary' : 'secondary'}
            icon={decision === 'later' ? <ClockRegular /> : undefined}
            disabled={busy}
            aria-pressed={phase.step === 'reason' && phase.decision === decision}
            onClick={() => choose(decision)}
          >
            {labels.decision[decision]}
            {DECISIONS_WITH_REASON.has(decision) ? '…' : ''}
          </Button>
        ))}
        {changing && (
          <Button size="small" appearance="subtle" onClick={() => (setChanging(false), setPhase({ step: 'choose' }))}>
            {t('decision.keep')}
          </Button>
        )}
      </div>
      {phase.step === 'reason' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setPhase({ ...phase, invalid: true });
              reasonRef.current?.focus();
              return;
            }
            void save(phase.decision, reason);
          }}
        >
          <Field
            label={t('decision.reasonLabel', { decision: labels.decision[phase.decision] })}
            required
            validationState={phase.invalid ? 'error' : 'none'}
            validationMessage={phase.invalid ? t('decision.reasonMissing') : undefined}
          >
            <Textarea ref={reasonRef} id={`${id}-reason`} value={reason} maxLength={1000} onChange={(_, data) => setReason(data.value)} resize="vertical" />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" size="small">
              {t('decision.saveReason')}
            </Button>
            <Button size="small" onClick={() => setPhase({ step: 'choose' })}>
              {t('decision.cancel')}
            </Button>
          </div>
        </form>
      )}
      {phase.step === 'saving' && <Text>{t('decision.saving')}</Text>}
      {phase.step === 'failed' && (
        <Text className={styles.error} role="alert">
          {t('decision.failedDetail', { message: phase.message })}
        </Text>
      )}
    </div>
  );
}
