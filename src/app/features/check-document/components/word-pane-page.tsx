// The Word task pane: the check page beside the document being written. It reads the document,
// analyses it again after the person pauses (on Word's paragraph events where the client has them,
// else on a button), shows the product groups with their evidence (each word selects itself in
// the document), the programme actions and the criteria with their decision controls, and puts the
// picked criteria at the cursor as one clause block it can later update or remove. Choices are
// filed under the document's own address, so they stay with the file.
import { Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, DeleteRegular, TextBulletListAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildClauseBlock } from '../../../../domain/clause-block';
import { languageOfLocale } from '../../../../domain/language';
import type { Evidence } from '../../../../domain/matcher';
import { contextTypeFor, type DocumentType } from '../../../../domain/taxonomy';
import type { DocumentCapability } from '../../../../hosts/host-context';
import { useAnnounce } from '../../../components/announcer';
import { ErrorExplanation } from '../../../components/error-explanation';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { usePendingDecisions } from '../../../components/queue-status';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision, type DecisionContext, type DecisionInput, type DecisionSubject } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { TYPING_PAUSE_MS, useDocumentAnalysis } from '../hooks/use-document-analysis';
import { useDocumentIdentity } from '../hooks/use-document-identity';
import { useEarlierChoices } from '../hooks/use-earlier-choices';
import { browserStorage } from '../lib/browser-storage';
import { RememberedVersions } from '../lib/remembered-versions';
import { fileNameOf, isWebAddress, occurrenceAt, wordDocumentRef } from '../lib/word-document-ref';
import { AnalysisSummary } from './analysis-summary';
import { MatchedCriteria } from './matched-criteria';
import { ProgrammeActions } from './programme-actions';
import { DocumentVersionBar } from './document-version-bar';
import { EarlierChoicesNote } from './earlier-choices-note';

/** Word fires an event per paragraph touched; the pane reads the document once the writing pauses */
export const WORD_PAUSE_MS = 4 * TYPING_PAUSE_MS;

const useStyles = makeStyles({
  // a task pane is 320 px wide at the least: one column that wraps, never scrolls sideways
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  // the clause bar stays in reach at the bottom of the pane while the person picks criteria above it
  clause: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, position: 'sticky', bottom: 0, zIndex: 1, boxShadow: tokens.shadow16 },
  clauseTitle: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, margin: 0 },
});

/** the document's text, read now and again after each pause in the writing */
function useDocumentText(document: DocumentCapability) {
  const [text, setText] = useState<string>();
  const [error, setError] = useState<unknown>();
  const latest = useRef(0);
  const read = useCallback(async () => {
    const id = ++latest.current;
    try {
      const read = await document.readText();
      if (id !== latest.current) return;
      setText(read);
      setError(undefined);
    } catch (e) {
      if (id === latest.current) setError(e ?? new Error('reading failed'));
    }
  }, [document]);

  useEffect(() => {
    void read();
    if (!document.watchChanges) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let closed = false;
    document
      .watchChanges(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void read(), WORD_PAUSE_MS);
      })
      .then(
        (stopWatching) => (closed ? void stopWatching() : (stop = stopWatching)),
        () => undefined,
      );
    return () => {
      closed = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [document, read]);
  return { text, error, read };
}

function WordDocumentCheck(props: { document: DocumentCapability; content: ContentValue }) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const services = useServices();
  const { pack, lookup } = props.content;
  const { document } = props;
  const { text, error, read } = useDocumentText(document);
  const [chosenType, setChosenType] = useState<DocumentType>();
  const analysis = useDocumentAnalysis(pack, text ?? '', services.createMatcherWorker, chosenType);
  const recordDecision = useRecordDecision(pack.meta.version);
  const pending = usePendingDecisions(services.queue);
  const waitingKeys = useMemo(() => new Set(pending.map((a) => a.ackKey)), [pending]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; message: string; error?: unknown }>();
  // what is being done to the clause block in the document, while Word is at it
  const [busy, setBusy] = useState<'writing' | 'removing'>();
  const announce = useAnnounce();
  /** a clause written or removed: shown in the bar and read out by the app's live region */
  const clauseDone = (message: string) => {
    setNotice({ intent: 'success', message });
    announce(message);
  };

  const url = document.url();
  const fileName = fileNameOf(url);
  const contextTitle = fileName ?? analysis.analysedText.trim().split('\n')[0]?.slice(0, 120);
  // the file's own address; a document not in SharePoint or OneDrive is a draft as on the check
  // page: its text names it, and a text like one decided on before is offered as its new version
  const fileRef = wordDocumentRef(url);
  const remembered = useMemo(() => new RememberedVersions(browserStorage('localStorage'), services.session.user.id), [services.session.user.id]);
  const draft = useDocumentIdentity(fileRef ? '' : analysis.analysedText, '', remembered);
  const contextRef = fileRef ?? draft.identity?.id;
  const context: DecisionContext | undefined =
    contextRef && analysis.result
      ? {
          contextRef,
          contextType: contextTypeFor(analysis.result.documentType),
          contextTitle,
          ...(fileRef ? {} : { documentVersion: draft.identity?.version }),
        }
      : undefined;
  const { chosen } = draft;
  const record = useCallback(
    async (subject: DecisionSubject, decisionContext: DecisionContext, input: DecisionInput) => {
      const outcome = await recordDecision(subject, decisionContext, input);
      if (!fileRef) chosen(contextTitle ?? '');
      return outcome;
    },
    [recordDecision, chosen, fileRef, contextTitle],
  );
  const earlierChoices = useEarlierChoices(contextRef);
  const earlier = earlierChoices.latest;

  const block = useLoadable(() => document.readBlock(), [document]);
  const inBlock = block.state.status === 'ready' ? block.state.value : undefined;
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // what the block holds is picked when the pane opens, so updating it starts from there
  useEffect(() => {
    if (inBlock) setPicked(new Set(inBlock.itemIds));
  }, [inBlock]);

  const showEvidence = (evidence: Evidence) => {
    const word = evidence.text.trim();
    void document.select(word, occurrenceAt(analysis.analysedText, word, evidence.start)).then(
      (found) => setNotice(found ? undefined : { intent: 'error', message: t('word.notFound', { word }) }),
      (e: unknown) => setNotice({ intent: 'error', message: t('word.readFailed'), error: e }),
    );
  };

  const writeClause = async () => {
    const language = languageOfLocale(document.language);
    const items = [...picked].flatMap((id) => {
      const found = lookup.item(id);
      return found ? [{ id, text: found.item.text[language], checklist: found.checklist.title[language] }] : [];
    });
    setBusy('writing');
    try {
      const outcome = await document.writeBlock({ html: buildClauseBlock(language, items), itemIds: items.map((i) => i.id) });
      clauseDone(outcome.replaced ? tp('word.updated', items.length) : tp('word.inserted', items.length));
      block.retry();
    } catch (e) {
      setNotice({ intent: 'error', message: t('word.clauseFailed'), error: e });
    } finally {
      setBusy(undefined);
    }
  };

  const removeClause = async () => {
    setBusy('removing');
    try {
      await document.removeBlock();
      setPicked(new Set());
      clauseDone(t('word.removed'));
      block.retry();
    } catch (e) {
      setNotice({ intent: 'error', message: t('word.clauseFailed'), error: e });
    } finally {
      setBusy(undefined);
    }
  };

  if (text === undefined && !error) return <PageLoading label={t('word.reading')} />;
  return (
    <>
      <div className={styles.row}>
        <Button size="small" icon={<ArrowSyncRegular />} onClick={() => void read()}>
          {t('word.readAgain')}
        </Button>
        <Text size={200} className={styles.muted} data-testid="word-following">
          {document.watchChanges ? t('word.following') : t('word.noEvents')}
        </Text>
      </div>
      <Text size={200} data-testid="word-identity">
        {!url ? t('word.unsaved') : isWebAddress(url) ? t('word.savedAs', { file: fileName ?? url }) : t('word.localFile')}
      </Text>
      {error !== undefined && <ErrorState title={t('word.readFailed')} error={error} onRetry={() => void read()} />}
      <AnalysisSummary pack={pack} result={analysis.result} status={analysis.status} onShowEvidence={showEvidence} chosenType={chosenType} onChooseType={setChosenType} />
      {analysis.status === 'failed' && <ErrorState title={t('check.analysisFailed')} error={analysis.error} />}
      {!fileRef && draft.identity && analysis.result && (
        <DocumentVersionBar version={draft.identity.version} offer={draft.offer} onAccept={draft.acceptOffer} onDecline={draft.declineOffer} />
      )}
      <EarlierChoicesNote choices={earlierChoices} />
      {analysis.result && <ProgrammeActions result={analysis.result} lookup={lookup} linked={false} />}
      {analysis.result && (
        <MatchedCriteria
          result={analysis.result}
          lookup={lookup}
          pack={pack}
          context={context}
          earlier={earlier}
          waitingKeys={waitingKeys}
          record={record}
          linked={false}
          picked={picked}
          onPick={(id, on) =>
            setPicked((before) => {
              const next = new Set(before);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            })
          }
        />
      )}
      <Card size="small" className={styles.clause} aria-labelledby="word-clause-title">
        <h2 id="word-clause-title" className={styles.clauseTitle}>
          {t('word.clauseTitle')}
        </h2>
        {inBlock ? <Text size={200}>{tp('word.clausePresent', inBlock.itemIds.length)}</Text> : picked.size === 0 && <Text size={200}>{t('word.clauseHint')}</Text>}
        <div className={styles.row}>
          <Text size={200} data-testid="picked-count">
            {tp('word.picked', picked.size)}
          </Text>
          <Button appearance="primary" icon={<TextBulletListAddRegular />} disabled={busy !== undefined || picked.size === 0} onClick={() => void writeClause()}>
            {inBlock ? t('word.update') : t('word.insert')}
          </Button>
          {inBlock && (
            <Button icon={<DeleteRegular />} disabled={busy !== undefined} onClick={() => void removeClause()}>
              {t('word.remove')}
            </Button>
          )}
          {busy && <Spinner size="tiny" label={t(busy === 'writing' ? 'word.writing' : 'word.removing')} data-testid="clause-busy" />}
        </div>
        {notice && (
          // an alert is read out as it appears; a status region that mounts already filled may not be,
          // so a success is announced through the app's live region instead
          <div role={notice.intent === 'error' ? 'alert' : undefined} data-testid="word-notice">
            <Text>{notice.message}</Text>
            {notice.error !== undefined && <ErrorExplanation error={notice.error} />}
          </div>
        )}
      </Card>
    </>
  );
}

export function WordPanePage(_props: PageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { host } = useServices();
  const content = useContent();
  const { document, documentMissing } = host.capabilities;
  return (
    <section className={styles.root} aria-labelledby="word-title">
      <h1 id="word-title" className={styles.title}>
        {t('word.title')}
      </h1>
      {!document ? (
        documentMissing ? (
          <EmptyState title={t('word.tooOldTitle')} hint={t('word.tooOldHint', { requirement: documentMissing })} />
        ) : (
          <EmptyState title={t('word.noDocumentTitle')} hint={t('word.noDocumentHint')} />
        )
      ) : content.state.status === 'loading' ? (
        <PageLoading label={t('content.loading')} />
      ) : content.state.status === 'error' ? (
        <ErrorState title={t('content.failed')} error={content.state.error} onRetry={content.retry} />
      ) : (
        <WordDocumentCheck document={document} content={content.state.value} />
      )}
    </section>
  );
}
