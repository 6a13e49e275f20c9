// The four decisions on a checklist item, in at most two clicks: applied and later save at once;
// considered and not applicable ask for a reason first. An earlier decision is shown instead of
// asking again, with a way to change one's mind (which records a new decision). Focus never falls to
// the page when the button that had it goes: a saved choice focuses its new state (the live region
// says what was saved), Escape or Cancel in the reason form returns to the button that opened it.
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, CloudArrowUpRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { DECISIONS_WITH_REASON, type Decision } from '../../domain/taxonomy';
import { useI18n } from '../lib/i18n';
import type { DecisionInput, SaveOutcome } from '../lib/record-decision';
import { useTaxonomyLabels } from '../lib/taxonomy';
import { useAnnounce } from './announcer';
import { ErrorExplanation } from './error-explanation';

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

/** where focus goes after the next render: the element that replaces the one that had it */
type FocusTarget = 'state' | 'change' | 'first' | Decision;

type Phase =
  | { step: 'choose' }
  | { step: 'reason'; decision: Decision; invalid: boolean }
  | { step: 'saving'; decision: Decision }
  | { step: 'failed'; error: unknown };

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
  const rootRef = useRef<HTMLDivElement>(null);
  const stateRef = useRef<HTMLSpanElement>(null);
  const changeRef = useRef<HTMLButtonElement | HTMLAnchorElement>(null);
  const buttonRefs = useRef(new Map<Decision, HTMLElement>());
  const [focusTarget, setFocusTarget] = useState<FocusTarget | undefined>(undefined);

  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'state' ? stateRef.current : focusTarget === 'change' ? changeRef.current : buttonRefs.current.get(focusTarget === 'first' ? 'applied' : focusTarget);
    // only when the person is still here: focus that moved on elsewhere meanwhile stays where it is
    const active = document.activeElement;
    if (target && (!active || active === document.body || !active.isConnected || rootRef.current?.contains(active))) target.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const save = async (decision: Decision, why?: string) => {
    setPhase({ step: 'saving', decision });
    try {
      const outcome = await props.onDecide({ decision, reason: why });
      setLatest({ ack: outcome.ack, waiting: outcome.status === 'queued' });
      setChanging(false);
      setReason('');
      setPhase({ step: 'choose' });
      setFocusTarget('state');
      announce(
        outcome.status === 'queued'
          ? t('decision.announceQueued', { decision: labels.decision[decision] })
          : t('decision.announceSaved', { decision: labels.decision[decision] }),
      );
    } catch (error) {
      setPhase({ step: 'failed', error });
      announce(t('decision.failed'));
      // the buttons were disabled while saving: back to the one that was chosen
      setFocusTarget(decision);
    }
  };

  const cancelReason = (decision: Decision) => {
    setPhase({ step: 'choose' });
    setFocusTarget(decision);
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
      <div className={styles.root} ref={rootRef} data-testid="decision-current" data-decision={current.ack.decision}>
        <div className={styles.current}>
          {/* focusable from code only: where focus lands after a save, read out with the choice */}
          <Text ref={stateRef} tabIndex={-1} data-testid="decision-state">
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
          <Button ref={changeRef} size="small" onClick={() => (setChanging(true), setFocusTarget('first'))} aria-label={t('decision.changeFor', { item: props.itemText })}>
            {t('decision.change')}
          </Button>
        </div>
        {current.ack.reason && <Text className={styles.reason}>{t('decision.reasonShown', { reason: current.ack.reason })}</Text>}
      </div>
    );
  }

  const busy = phase.step === 'saving';
  return (
    <div className={styles.root} ref={rootRef}>
      <div role="group" aria-label={t('decision.groupLabel', { item: props.itemText })} className={styles.buttons}>
        {DECISION_CHOICES.map((decision) => (
          <Button
            key={decision}
            ref={(el) => {
              if (el) buttonRefs.current.set(decision, el);
              else buttonRefs.current.delete(decision);
            }}
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
          <Button size="small" appearance="subtle" onClick={() => (setChanging(false), setPhase({ step: 'choose' }), setFocusTarget('change'))}>
            {t('decision.keep')}
          </Button>
        )}
      </div>
      {phase.step === 'reason' && (
        <form
          noValidate
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key !== 'Escape') return;
            // Escape closes the form here only, not a dialog or panel around it
            event.stopPropagation();
            cancelReason(phase.decision);
          }}
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
            <Button size="small" onClick={() => cancelReason(phase.decision)}>
              {t('decision.cancel')}
            </Button>
          </div>
        </form>
      )}
      {phase.step === 'saving' && <Text>{t('decision.saving')}</Text>}
      {phase.step === 'failed' && (
        <div role="alert">
          <Text className={styles.error}>{t('decision.failedDetail')}</Text>
          <ErrorExplanation error={phase.error} />
        </div>
      )}
    </div>
  );
}
