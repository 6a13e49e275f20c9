// The two forms of an action's indicator: a measured value, and the unit, baseline and target.
// Numbers are typed as people write them in their language (1.234,5); what is wrong is said next
// to the form and nothing is sent until it is right. The server has the last word (403, 400).
import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { DefinitionInput, IndicatorState, MeasurementInput } from '../../../../domain/indicators';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import { ErrorExplanation } from '../../../components/error-explanation';
import { parseLocaleNumber } from '../lib/locale-number';
import type { IndicatorsText } from '../lib/indicators-text';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** `error`, when there is one, is explained below the text (its kind, and its raw message for the administrator) */
type Outcome = { intent: 'success' | 'error'; text: string; error?: unknown } | undefined;

function failure(error: unknown, text: IndicatorsText): Outcome {
  if (error instanceof ApiRequestError && error.status === 403) return { intent: 'error', text: text.t('form.forbidden') };
  return { intent: 'error', text: text.t('form.failed'), error };
}

function OutcomeBar(props: { outcome: Outcome }) {
  if (!props.outcome) return null;
  return (
    <MessageBar intent={props.outcome.intent} role={props.outcome.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {props.outcome.text}
        {props.outcome.error !== undefined && <ErrorExplanation error={props.outcome.error} />}
      </MessageBarBody>
    </MessageBar>
  );
}

export function MeasurementForm(props: { text: IndicatorsText; today: string; onSave: (input: MeasurementInput) => Promise<unknown> }) {
  const styles = useStyles();
  const { text } = props;
  const [value, setValue] = useState('');
  const [date, setDate] = useState(props.today);
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const number = parseLocaleNumber(value, text.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (number === undefined) return setOutcome({ intent: 'error', text: text.t('form.badNumber') });
    setBusy(true);
    try {
      await props.onSave({ value: number, date, ...(source.trim() ? { source: source.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      setOutcome({ intent: 'success', text: text.t('form.saved') });
      setValue('');
    } catch (error) {
      setOutcome(failure(error, text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={text.t('measurement.title')}>
      <h3>{text.t('measurement.title')}</h3>
      <div className={styles.row}>
        <Field label={text.t('measurement.value')} required validationMessage={value && number === undefined ? text.t('form.badNumber') : undefined}>
          <Input inputMode="decimal" value={value} onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Field label={text.t('measurement.date')} required>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <Field label={text.t('measurement.source')}>
        <Input value={source} onChange={(_, d) => setSource(d.value)} />
      </Field>
      <Field label={text.t('measurement.note')}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {text.t('measurement.save')}
        </Button>
      </div>
      <OutcomeBar outcome={outcome} />
    </form>
  );
}

export function DefinitionForm(props: { text: IndicatorsText; state: IndicatorState; onSave: (input: DefinitionInput) => Promise<unknown> }) {
  const styles = useStyles();
  const { text, state } = props;
  const show = (n: number | undefined) => (n === undefined ? '' : text.number(n));
  const [unit, setUnit] = useState(state.unit ?? '');
  const [baseValue, setBaseValue] = useState(show(state.baseline?.value));
  const [baseDate, setBaseDate] = useState(state.baseline?.date ?? '');
  const [baseSource, setBaseSource] = useState(state.baseline?.source ?? '');
  const [targetValue, setTargetValue] = useState(show(state.target?.value));
  const [targetYear, setTargetYear] = useState(state.target?.year?.toString() ?? '');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: DefinitionInput = {};
    if (unit.trim() && unit.trim() !== state.unit) input.unit = unit.trim();
    if (baseValue.trim() || baseDate.trim() || baseSource.trim()) {
      const value = parseLocaleNumber(baseValue, text.language);
      if (value === undefined || !baseDate.trim() || !baseSource.trim()) return setOutcome({ intent: 'error', text: text.t('form.baselineIncomplete') });
      if (value !== state.baseline?.value || baseDate.trim() !== state.baseline?.date || baseSource.trim() !== state.baseline?.source) {
        input.baseline = { value, date: baseDate.trim(), source: baseSource.trim() };
      }
    }
    if (targetValue.trim() || targetYear.trim()) {
      const value = parseLocaleNumber(targetValue, text.language);
      if (value === undefined || !/^\d{4}$/.test(targetYear.trim())) return setOutcome({ intent: 'error', text: text.t('form.targetIncomplete') });
      if (value !== state.target?.value || Number(targetYear) !== state.target?.year) input.target = { value, year: Number(targetYear) };
    }
    if (Object.keys(input).length === 0) return setOutcome({ intent: 'error', text: text.t('form.nothing') });
    setBusy(true);
    try {
      await props.onSave(input);
      setOutcome({ intent: 'success', text: text.t('form.saved') });
    } catch (error) {
      setOutcome(failure(error, text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={text.t('definition.title')}>
      <h3>{text.t('definition.title')}</h3>
      <Field label={text.t('definition.unit')}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={text.t('definition.baselineValue')}>
          <Input inputMode="decimal" value={baseValue} onChange={(_, d) => setBaseValue(d.value)} />
        </Field>
        <Field label={text.t('definition.baselineDate')}>
          <Input value={baseDate} onChange={(_, d) => setBaseDate(d.value)} />
        </Field>
      </div>
      <Field label={text.t('definition.baselineSource')}>
        <Input value={baseSource} onChange={(_, d) => setBaseSource(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={text.t('definition.targetValue')}>
          <Input inputMode="decimal" value={targetValue} onChange={(_, d) => setTargetValue(d.value)} />
        </Field>
        <Field label={text.t('definition.targetYear')} validationMessage={targetYear && !/^\d{4}$/.test(targetYear.trim()) ? text.t('form.badYear') : undefined}>
          <Input inputMode="numeric" value={targetYear} onChange={(_, d) => setTargetYear(d.value)} />
        </Field>
      </div>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {text.t('definition.save')}
        </Button>
      </div>
      <OutcomeBar outcome={outcome} />
    </form>
  );
}
