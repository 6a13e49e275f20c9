// The Word task pane: the check page beside the document being written. It reads the document,
// analyses it again after the person pauses (on Word's paragraph events where the client has them,
// else on a button), shows the product groups with their evidence (each word selects itself in
// the document), the programme actions and the criteria with their decision controls, and puts the
// picked criteria at the cursor as one clause block it can later update or remove. Choices are
// filed under the document's own address, so they stay with the file.
import { Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, DeleteRegular, TextBulletListAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { latestDecisions, type Acknowledgement } from '../../../../domain/acknowledgement';
import { buildClauseBlock } from '../../../../domain/clause-block';
import { languageOfLocale } from '../../../../domain/language';
import type { Evidence, MatchResult } from '../../../../domain/matcher';
import { contextTypeFor } from '../../../../domain/taxonomy';
import type { DocumentCapability } from '../../../../hosts/host-context';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { usePendingDecisions } from '../../../components/queue-status';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { documentFingerprint } from '../../../lib/document-fingerprint';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useRecordDecision, type DecisionContext } from '../../../lib/record-decision';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';
import { TYPING_PAUSE_MS, useDocumentAnalysis } from '../hooks/use-document-analysis';
import { fileNameOf, isWebAddress, occurrenceAt, wordDocumentRef } from '../lib/word-document-ref';
import { AnalysisSummary } from './analysis-summary';
import { MatchedCriteria } from './matched-criteria';

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
  actions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** the document's text, read now and again after each pause in the writing */
function useDocumentText(document: DocumentCapability) {
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  const read = useCallback(async () => {
    const id = ++latest.current;
    try {
      const read = await document.readText();
      if (id !== latest.current) return;
      setText(read);
      setError(undefined);
    } catch (e) {
      if (id === latest.current) setError(e instanceof Error ? e.message : String(e));
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

function FittingActions(props: { result: MatchResult; content: ContentValue }) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const { pack, lookup } = props.content;
  const actions = props.result.actions.flatMap((match) => {
    const action = lookup.action(match.id);
    return action ? [action] : [];
  });
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="word-actions-title">
      <h2 id="word-actions-title">{t('word.actionsTitle')}</h2>
      <ul className={styles.actions}>
        {actions.map((action) => (
          <li key={action.id} data-testid="matched-action" data-action-id={action.id}>
            <Text weight="semibold" block>
              {text(action.title)}
            </Text>
            <Text size={200} className={styles.muted}>
              {t('word.actionOwner', { team: text(pack.programme.teams.find((team) => team.id === action.ownerTeam)?.label) || action.ownerTeam })}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WordDocumentCheck(props: { document: DocumentCapability; content: ContentValue }) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const services = useServices();
  const { pack, lookup } = props.content;
  const { document } = props;
  const { text, error, read } = useDocumentText(document);
  const analysis = useDocumentAnalysis(pack, text ?? '', services.createMatcherWorker);
  const record = useRecordDecision(pack.meta.version);
  const pending = usePendingDecisions(services.queue);
  const waitingKeys = useMemo(() => new Set(pending.map((a) => a.ackKey)), [pending]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; message: string }>();
  const [busy, setBusy] = useState(false);

  const url = document.url();
  const fileName = fileNameOf(url);
  // the file's own address; an unsaved document falls back to its text, as in the tab
  const contextRef = wordDocumentRef(url) ?? documentFingerprint(analysis.analysedText, '');
  const context: DecisionContext | undefined =
    contextRef && analysis.result
      ? { contextRef, contextType: contextTypeFor(analysis.result.documentType), contextTitle: fileName ?? analysis.analysedText.trim().split('\n')[0]?.slice(0, 120) }
      : undefined;
  const earlierAcks = useLoadable(() => (contextRef ? services.decisions.forContext(contextRef) : Promise.resolve([] as Acknowledgement[])), [contextRef, services.decisions]);
  const earlier = useMemo(() => (earlierAcks.state.status === 'ready' ? latestDecisions(earlierAcks.state.value) : new Map<string, Acknowledgement>()), [earlierAcks.state]);

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
      (e: unknown) => setNotice({ intent: 'error', message: t('word.readFailed') + `: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };

  const writeClause = async () => {
    const language = languageOfLocale(document.language);
    const items = [...picked].flatMap((id) => {
      const found = lookup.item(id);
      return found ? [{ id, text: found.item.text[language], checklist: found.checklist.title[language] }] : [];
    });
    setBusy(true);
    try {
      const outcome = await document.writeBlock({ html: buildClauseBlock(language, items), itemIds: items.map((i) => i.id) });
      setNotice({ intent: 'success', message: outcome.replaced ? tp('word.updated', items.length) : tp('word.inserted', items.length) });
      block.retry();
    } catch (e) {
      setNotice({ intent: 'error', message: t('word.clauseFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const removeClause = async () => {
    setBusy(true);
    try {
      await document.removeBlock();
      setPicked(new Set());
      setNotice({ intent: 'success', message: t('word.removed') });
      block.retry();
    } catch (e) {
      setNotice({ intent: 'error', message: t('word.clauseFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
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
      {error && <ErrorState title={t('word.readFailed')} detail={error} onRetry={() => void read()} />}
      <AnalysisSummary pack={pack} result={analysis.result} status={analysis.status} onShowEvidence={showEvidence} />
      {analysis.status === 'failed' && <ErrorState title={t('check.analysisFailed')} detail={analysis.error} />}
      {earlierAcks.state.status === 'error' && <ErrorState title={t('check.earlierFailed')} detail={earlierAcks.state.error.message} onRetry={earlierAcks.retry} />}
      {earlierAcks.state.status === 'ready' && earlier.size > 0 && <Text data-testid="earlier-note">{tp('check.earlierNote', earlier.size)}</Text>}
      {analysis.result && <FittingActions result={analysis.result} content={props.content} />}
      {analysis.result && (
        <MatchedCriteria
          result={analysis.result}
          lookup={lookup}
          pack={pack}
          context={context}
          earlier={earlier}
          waitingKeys={waitingKeys}
          record={record}
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
          <Button appearance="primary" icon={<TextBulletListAddRegular />} disabled={busy || picked.size === 0} onClick={() => void writeClause()}>
            {inBlock ? t('word.update') : t('word.insert')}
          </Button>
          {inBlock && (
            <Button icon={<DeleteRegular />} disabled={busy} onClick={() => void removeClause()}>
              {t('word.remove')}
            </Button>
          )}
        </div>
        {notice && (
          <Text role={notice.intent === 'error' ? 'alert' : 'status'} data-testid="word-notice">
            {notice.message}
          </Text>
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
        <ErrorState title={t('content.failed')} detail={content.state.error.message} onRetry={content.retry} />
      ) : (
        <WordDocumentCheck document={document} content={content.state.value} />
      )}
    </section>
  );
}
