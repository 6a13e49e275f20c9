// Check a document: paste or open a draft, see what it is about and why, and decide per criterion.
// Choices belong to the document (use-document-identity.ts), not to its title or its exact text:
// checking it again, renamed or edited and accepted as a new version, shows them instead of asking
// again. In the compose dialog of the message extension the result goes back to the bot.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { documentSummaries } from '../../../../domain/documents';
import { contextTypeFor, type DocumentType } from '../../../../domain/taxonomy';
import { ApplyOrExplainDownload } from '../../../components/apply-or-explain-download';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { usePendingDecisions } from '../../../components/queue-status';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision, type DecisionContext, type DecisionInput, type DecisionSubject } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useDocumentAnalysis } from '../hooks/use-document-analysis';
import { useDocumentIdentity } from '../hooks/use-document-identity';
import { useEarlierChoices } from '../hooks/use-earlier-choices';
import { browserStorage } from '../lib/browser-storage';
import { RememberedVersions } from '../lib/remembered-versions';
import { SessionDraft } from '../lib/session-draft';
import { AnalysisSummary } from './analysis-summary';
import { DialogSubmitBar, type DraftSubmission } from './dialog-submit-bar';
import { DocumentInput } from './document-input';
import { HighlightedText } from './highlighted-text';
import { MatchedCriteria } from './matched-criteria';
import { DocumentVersionBar } from './document-version-bar';
import { EarlierChoicesNote } from './earlier-choices-note';
import { ProgrammeActions } from './programme-actions';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** the title decisions are filed under: the given title, else the draft's first line */
function contextTitleOf(title: string, text: string): string {
  if (title.trim()) return title.trim();
  const firstLine = text.trim().split('\n')[0] ?? '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}

/** recent documents offered to continue */
const RECENT_DOCUMENTS = 20;

function DocumentCheck(props: { content: ContentValue; dialog: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const services = useServices();
  const { pack, lookup } = props.content;
  // the tab's draft comes back after a criterion's page; the compose dialog starts empty each time
  const sessionDraft = useMemo(() => (props.dialog ? undefined : new SessionDraft(browserStorage('sessionStorage'), services.session.user.id)), [props.dialog, services.session.user.id]);
  const [restored] = useState(() => sessionDraft?.read());
  const [title, setTitle] = useState(restored?.title ?? '');
  const [text, setText] = useState(restored?.text ?? '');
  // the kind the person chose holds for this document; another document is recognised afresh
  const [chosenType, setChosenType] = useState<DocumentType | undefined>(restored?.chosenType);
  const analysis = useDocumentAnalysis(pack, text, services.createMatcherWorker, chosenType);
  const recordDecision = useRecordDecision(pack.meta.version);
  const pending = usePendingDecisions(services.queue);
  const waitingKeys = useMemo(() => new Set(pending.map((a) => a.ackKey)), [pending]);

  const remembered = useMemo(() => new RememberedVersions(browserStorage('localStorage'), services.session.user.id), [services.session.user.id]);
  const draftDocument = useDocumentIdentity(analysis.analysedText, title, remembered, restored?.document);
  const { settledState } = draftDocument;
  useEffect(() => sessionDraft?.keep({ title, text, chosenType, document: settledState }), [sessionDraft, title, text, chosenType, settledState]);
  const contextRef = draftDocument.identity?.id;
  const contextTitle = contextTitleOf(title, analysis.analysedText);
  const context: DecisionContext | undefined =
    draftDocument.identity && analysis.result
      ? {
          contextRef: draftDocument.identity.id,
          contextType: contextTypeFor(analysis.result.documentType),
          contextTitle,
          documentVersion: draftDocument.identity.version,
        }
      : undefined;
  const { chosen } = draftDocument;
  const record = useCallback(
    async (subject: DecisionSubject, decisionContext: DecisionContext, input: DecisionInput) => {
      const outcome = await recordDecision(subject, decisionContext, input);
      chosen(decisionContext.contextTitle ?? contextTitle);
      return outcome;
    },
    [recordDecision, chosen, contextTitle],
  );

  const earlierChoices = useEarlierChoices(contextRef);
  const earlier = earlierChoices.latest;

  // the person's recent documents, from the server, to name the one this draft continues
  const wantRecent = !props.dialog && analysis.analysedText.trim().length > 0;
  const recent = useLoadable(
    () => (wantRecent ? services.decisions.forStaff(services.session.user.id) : new Promise<never>(() => undefined)),
    [services, wantRecent],
  );
  const recentDocuments = useMemo(
    () =>
      recent.state.status === 'ready'
        ? documentSummaries(recent.state.value)
            .filter((d) => d.id !== contextRef && (d.contextType === 'procurement' || d.contextType === 'project'))
            .slice(0, RECENT_DOCUMENTS)
        : undefined,
    [recent.state, contextRef],
  );
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
            onDocument={(newTitle, newText, file) => {
              draftDocument.startOver(file && { driveId: file.driveId, itemId: file.itemId });
              setChosenType(undefined);
              setTitle(newTitle);
              setText(newText);
            }}
            siteDocuments={props.dialog ? undefined : services.siteDocuments}
          />
        </div>
        <div className={styles.column}>
          <AnalysisSummary pack={pack} result={analysis.result} status={analysis.status} chosenType={chosenType} onChooseType={setChosenType} />
          {analysis.status === 'failed' && <ErrorState title={t('check.analysisFailed')} error={analysis.error} />}
          {!text.trim() && <Text className={styles.muted}>{t('check.emptyHint')}</Text>}
          {analysis.result && <HighlightedText pack={pack} text={analysis.analysedText} result={analysis.result} />}
          {draftDocument.identity && analysis.result && (
            <DocumentVersionBar
              version={draftDocument.identity.version}
              offer={draftDocument.offer}
              onAccept={draftDocument.acceptOffer}
              onDecline={draftDocument.declineOffer}
              earlier={earlier.size > 0 ? undefined : recentDocuments}
              settled={draftDocument.settled}
              onContinue={(d) => draftDocument.continueDocument(d.id, d.latestVersion)}
            />
          )}
          <EarlierChoicesNote choices={earlierChoices} />
          {analysis.result && (
            <MatchedCriteria
              result={analysis.result}
              lookup={lookup}
              pack={pack}
              context={context}
              earlier={earlier}
              waitingKeys={waitingKeys}
              record={record}
              // the dialog has only this page: a criterion's page would replace it with the whole app
              linked={!props.dialog}
            />
          )}
          {analysis.result && <ProgrammeActions result={analysis.result} lookup={lookup} linked={!props.dialog} />}
          {context && !props.dialog && fittingChecklists.length > 0 && (
            <ApplyOrExplainDownload contextRef={context.contextRef} title={context.contextTitle} version={context.documentVersion} checklistIds={fittingChecklists} />
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
      {state.status === 'error' && <ErrorState title={t('content.failed')} error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <DocumentCheck content={state.value} dialog={props.dialog} />}
    </section>
  );
}
