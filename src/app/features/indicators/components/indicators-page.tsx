// Indicators: every programme action's indicator with its unit, baseline, target, latest
// measurement and progress, and progress per phase and theme; coordinators enter measurements and
// definitions here (the server refuses anyone else, and the page offers it only to them when the
// server has said who is one). Definitions: docs/indicators.md.
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IndicatorState } from '../../../../domain/indicators';
import type { IndicatorsAnswer } from '../../../../server/api/get-indicators';
import { ApiRequestError } from '../../../../server/api/api-request-error';
import type { MetricsAnswer } from '../../../../server/api/metrics';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { useContent } from '../../../lib/content';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import { serverIndicatorsApi, type IndicatorsApi } from '../hooks/indicators-api';
import { useIndicatorsText, type IndicatorsText } from '../lib/indicators-text';
import { DefinitionForm, MeasurementForm } from './indicator-forms';
import { SummaryTable } from './summary-table';

export const INDICATORS_PAGE_PATH = '/indicators';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  editor: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', gap: tokens.spacingHorizontalXXL, padding: tokens.spacingHorizontalL, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  editorHead: { gridColumn: '1 / -1', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Loaded = { status: 'loading' } | { status: 'ready'; answer: IndicatorsAnswer } | { status: 'error'; error: Error };

/**
 * whether this person may enter indicators, as the server's figures tell: it gives every team's
 * figures only to a coordinator (the same check its indicator writes make), a member of staff their
 * own team's or a 403. Without an answer the page cannot tell, and leaves it to the server to refuse.
 */
type Coordinator = 'asking' | 'yes' | 'no' | 'unknown';

/** a value with its unit, as the page and the report write it */
export function withUnit(value: number, state: IndicatorState, text: IndicatorsText): string {
  return state.unit ? `${text.number(value)} ${state.unit}` : text.number(value);
}

export function targetText(state: IndicatorState, text: IndicatorsText): string {
  if (!state.target) return text.t('value.notSet');
  const value = withUnit(state.target.value, state, text);
  return state.target.year !== undefined ? text.t('value.targetIn', { value, year: state.target.year }) : text.t('value.targetNoYear', { value });
}

export interface IndicatorsPageProps extends PageProps {
  /** the server's indicator operations by default (tests hand in their own) */
  api?: IndicatorsApi;
}

export function IndicatorsPage(props: IndicatorsPageProps) {
  const styles = useStyles();
  const text = useIndicatorsText();
  const services = useServices();
  const content = useContent();
  const api = useMemo(() => props.api ?? serverIndicatorsApi(services), [props.api, services]);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [editing, setEditing] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const lang = text.language;

  useEffect(() => {
    let current = true;
    api.indicators(lang).then(
      (answer) => current && setLoaded({ status: 'ready', answer }),
      (error: unknown) => current && setLoaded((was) => (was.status === 'ready' ? was : { status: 'error', error: error instanceof Error ? error : new Error(String(error)) })),
    );
    return () => {
      current = false;
    };
  }, [api, lang, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // the adoption figures beside the progress; without them (not yet synced) the table has fewer columns
  const [adoption, setAdoption] = useState<MetricsAnswer | undefined>();
  const [coordinator, setCoordinator] = useState<Coordinator>('asking');
  useEffect(() => {
    let current = true;
    api.adoption().then(
      (answer) => {
        if (!current) return;
        setAdoption(answer);
        setCoordinator(answer.scope.kind === 'all' ? 'yes' : 'no');
      },
      (error: unknown) => current && setCoordinator(error instanceof ApiRequestError && error.status === 403 ? 'no' : 'unknown'),
    );
    return () => {
      current = false;
    };
  }, [api]);

  // the editor opens above the table, maybe far from the button pressed: focus goes to its heading,
  // and back to that button when it closes
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (editing) editorHeading.current?.focus();
  }, [editing]);
  const closeEditor = () => {
    const opener = editing;
    setEditing(undefined);
    if (opener) editButtons.current.get(opener)?.focus();
  };
  // the column of buttons only for whom the server lets enter (or when the page cannot tell)
  const mayEdit = coordinator === 'yes' || coordinator === 'unknown';

  const pack = content.state.status === 'ready' ? content.state.value.pack : undefined;
  const phaseLabel = (id: string) => pack?.programme.phases.find((p) => p.id === id)?.label[lang] ?? id;
  const themeLabel = (id: string) => pack?.programme.themes.find((p) => p.id === id)?.label[lang] ?? id;
  const actionTitle = (id: string) => pack?.actions.find((a) => a.id === id)?.title[lang] ?? id;

  let body;
  if (loaded.status === 'error') body = <ErrorState title={text.t('indicators.loadFailed')} error={loaded.error} onRetry={reload} />;
  else if (loaded.status === 'loading') body = <PageLoading />;
  else {
    const { answer } = loaded;
    const summaryColumns = [text.t('col.actions'), text.t('col.withTarget'), text.t('col.measured'), text.t('col.reached'), text.t('col.averageProgress')];
    const summaryRow = (s: IndicatorsAnswer['byPhase'][number] | IndicatorsAnswer['byTheme'][number], label: string) => [
      label,
      text.number(s.actions),
      text.number(s.withTarget),
      text.number(s.measured),
      text.number(s.reached),
      text.percent(s.averageProgress),
    ];
    const selected = answer.actions.find((a) => a.actionId === editing);
    const save = <T,>(write: (actionId: string, input: T) => Promise<unknown>) => async (input: T) => {
      await write(selected!.actionId, input);
      reload();
    };
    body = (
      <>
        <SummaryTable
          caption={text.t('indicators.byPhase')}
          columns={[text.t('col.phase'), ...summaryColumns, ...(adoption ? [text.t('col.active'), text.t('col.choices')] : [])]}
          numeric={[false, true, true, true, true, true, true, true]}
          rows={answer.byPhase.map((p) => [
            ...summaryRow(p, phaseLabel(p.key)),
            ...(adoption
              ? [
                  text.number(adoption.metrics.actionCoverage.phases.find((c) => c.phase === p.key)?.active ?? 0),
                  text.number(adoption.metrics.byPhase.find((b) => b.phase === p.key)?.count ?? 0),
                ]
              : []),
          ])}
          testId="indicators-by-phase"
        />
        <SummaryTable caption={text.t('indicators.byTheme')} columns={[text.t('col.theme'), ...summaryColumns]} numeric={[false, true, true, true, true, true]} rows={answer.byTheme.map((t) => summaryRow(t, themeLabel(t.key)))} />
        {selected && (
          <section className={styles.editor} aria-labelledby="indicator-editor-title" data-testid="indicator-editor">
            <div className={styles.editorHead}>
              <h2 id="indicator-editor-title" ref={editorHeading} tabIndex={-1}>
                {text.t('edit.title', { action: actionTitle(selected.actionId) })}
              </h2>
              <Button onClick={closeEditor}>{text.t('edit.close')}</Button>
            </div>
            <MeasurementForm key={`m-${selected.actionId}`} text={text} today={today} onSave={save(api.addMeasurement)} />
            <DefinitionForm key={`d-${selected.actionId}`} text={text} state={selected} onSave={save(api.setDefinition)} />
          </section>
        )}
        <SummaryTable
          caption={text.t('indicators.perAction')}
          testId="indicators-per-action"
          columns={[text.t('col.action'), text.t('col.indicator'), text.t('col.baseline'), text.t('col.latest'), text.t('col.target'), text.t('col.progress'), ...(mayEdit ? [text.t('col.edit')] : [])]}
          numeric={[false, false, false, false, false, true, false]}
          rows={answer.actions.map((s) => [
            actionTitle(s.actionId),
            s.indicator,
            s.baseline ? `${withUnit(s.baseline.value, s, text)} (${text.day(s.baseline.date)})` : text.t('value.notSet'),
            s.latest ? `${withUnit(s.latest.value, s, text)} (${text.day(s.latest.date)})` : text.t('value.notSet'),
            targetText(s, text),
            text.percent(s.progress),
            ...(mayEdit
              ? [
                  <Button
                    key="edit"
                    size="small"
                    ref={(button: HTMLButtonElement | null) => {
                      if (button) editButtons.current.set(s.actionId, button);
                      else editButtons.current.delete(s.actionId);
                    }}
                    aria-label={text.t('edit.button', { action: actionTitle(s.actionId) })}
                    onClick={() => setEditing(s.actionId)}
                  >
                    {text.t('col.edit')}
                  </Button>,
                ]
              : []),
          ])}
        />
      </>
    );
  }

  return (
    <section aria-labelledby="indicators-title" className={styles.page} data-testid="indicators">
      <div>
        <h1 id="indicators-title">{text.t('indicators.title')}</h1>
        <Text as="p" className={styles.muted}>
          {text.t('indicators.intro')}
        </Text>
        <div className={styles.links}>
          <Link href="#/report">{text.t('indicators.toReport')}</Link>
          <Link href="#/dashboard">{text.t('indicators.toDashboard')}</Link>
        </div>
      </div>
      {body}
    </section>
  );
}
