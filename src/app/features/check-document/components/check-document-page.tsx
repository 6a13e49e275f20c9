// Check a document: paste or open a draft, see what it is about and why, and decide per criterion.
// Decisions belong to the draft's fingerprint, so checking the same draft again shows them instead
// of asking again. In the compose dialog of the message extension the result goes back to the bot.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { latestDecisions, type Acknowledgement } from '../../../../domain/acknowledgement';
import { contextTypeFor } from '../../../../domain/taxonomy';
import { ApplyOrExplainDownload } from '../../../components/apply-or-explain-download';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { usePendingDecisions } from '../../../components/queue-status';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { documentFingerprint } from '../../../lib/document-fingerprint';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision, type DecisionContext } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useDocumentAnalysis } from '../hooks/use-document-analysis';
import { AnalysisSummary } from './analysis-summary';
import { DialogSubmitBar, type DraftSubmission } from './dialog-submit-bar';
import { DocumentInput } from './document-input';
import { HighlightedText } from './highlighted-text';
import { MatchedCriteria } from './matched-criteria';
import { ProgrammeActions } from './programme-actions';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** the title decisions are filed under: the given title, else the draft's first line */
function contextTitleOf(title: string, text: string): string {
  if (title.trim()) return title.trim();
  const firstLine = text.trim().split('\n')[0] ?? '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}

function DocumentCheck(props: { content: ContentValue; dialog: boolean }) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const services = useServices();
  const { pack, lookup } = props.content;
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const analysis = useDocumentAnalysis(pack, text, services.createMatcherWorker);
  const record = useRecordDecision(pack.meta.version);
  const pending = usePendingDecisions(services.queue);
  const waitingKeys = useMemo(() => new Set(pending.map((a) => a.ackKey)), [pending]);

  const contextRef = useMemo(() => documentFingerprint(analysis.analysedText, title), [analysis.analysedText, title]);
  const context: DecisionContext | undefined =
    contextRef && analysis.result
      ? { contextRef, contextType: contextTypeFor(analysis.result.documentType), contextTitle: contextTitleOf(title, analysis.analysedText) }
      : undefined;

  const earlierAcks = useLoadable(
    () => (contextRef ? services.decisions.forContext(contextRef) : Promise.resolve([] as Acknowledgement[])),
    [contextRef, services.decisions],
  );
  const earlier = useMemo(() => (earlierAcks.state.status === 'ready' ? latestDecisions(earlierAcks.state.value) : new Map<string, Acknowledgement>()), [earlierAcks.state]);

  const fittingChecklists = useMemo(() => [...new Set(analysis.result?.checklistItems.map((i) => i.checklistId) ?? [])], [analysis.result]);

  const submission: DraftSubmission | undefined =
    analysis.result && analysis.analysedText.trim()
      ? { text: analysis.analysedText, contextRef, itemIds: analysis.result.checklistItems.map((i) => i.id) }
      : undefined;

  return (
    <>
      <div className={styles.layout}>
        <div className={styles.column}>
          <DocumentInput
            title={title}
            text={text}
            onTitleChange={setTitle}
            onTextChange={setText}
            onDocument={(newTitle, newText) => {
              setTitle(newTitle);
              setText(newText);
            }}
            siteDocuments={props.dialog ? undefined : services.siteDocuments}
          />
        </div>
        <div className={styles.column}>
          <AnalysisSummary pack={pack} result={analysis.result} status={analysis.status} />
          {analysis.status === 'failed' && <ErrorState title={t('check.analysisFailed')} detail={analysis.error} />}
          {!text.trim() && <Text className={styles.muted}>{t('check.emptyHint')}</Text>}
          {analysis.result && <HighlightedText pack={pack} text={analysis.analysedText} result={analysis.result} />}
          {earlierAcks.state.status === 'error' && <ErrorState title={t('check.earlierFailed')} detail={earlierAcks.state.error.message} onRetry={earlierAcks.retry} />}
          {earlierAcks.state.status === 'ready' && earlier.size > 0 && <Text data-testid="earlier-note">{tp('check.earlierNote', earlier.size)}</Text>}
          {analysis.result && (
            <MatchedCriteria result={analysis.result} lookup={lookup} context={context} earlier={earlier} waitingKeys={waitingKeys} record={record} />
          )}
          {analysis.result && <ProgrammeActions result={analysis.result} lookup={lookup} />}
          {context && !props.dialog && fittingChecklists.length > 0 && (
            <ApplyOrExplainDownload contextRef={context.contextRef} title={context.contextTitle} checklistIds={fittingChecklists} />
          )}
        </div>
      </div>
      {props.dialog && <DialogSubmitBar dialog={services.host.capabilities.dialog} submission={submission} />}
    </>
  );
}

export function CheckDocumentPage(props: PageProps) {
  const { t } = useI18n();
  const { state, retry } = useContent();
  return (
    <section aria-labelledby="check-title">
      <h1 id="check-title">{t('check.title')}</h1>
      <Text as="p" block>{t('check.intro')}</Text>
      {state.status === 'loading' && <PageLoading label={t('content.loading')} />}
      {state.status === 'error' && <ErrorState title={t('content.failed')} detail={state.error.message} onRetry={retry} />}
      {state.status === 'ready' && <DocumentCheck content={state.value} dialog={props.dialog} />}
    </section>
  );
}
