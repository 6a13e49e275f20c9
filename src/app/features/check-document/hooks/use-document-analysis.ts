// Re-analysis as the person types, without blocking typing: the text is matched after a pause, in a
// Web Worker where there is one (the index is built there too), else in the page at low priority
// (useDeferredValue). The result always comes with the exact text it was computed on, because the
// evidence offsets point into that text.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ContentPack } from '../../../../domain/content/model';
import { buildMatcherIndex, matchDocument, type MatcherIndex, type MatchResult } from '../../../../domain/matcher';
import type { DocumentType } from '../../../../domain/taxonomy';
import type { MatcherResponse, MatcherWorker } from '../../../lib/matcher-protocol';
import { useDebouncedValue } from './use-debounced-value';

export const TYPING_PAUSE_MS = 250;

export interface DocumentAnalysis {
  /** preparing: the matcher is building its index; analysing: the latest text is not matched yet */
  status: 'preparing' | 'analysing' | 'ready' | 'failed';
  result?: MatchResult;
  /** the text `result` belongs to */
  analysedText: string;
  error?: string;
}

// one index per pack for the page's life: building it takes about half a second, and the check
// page, the Word pane and the dialog mount again and again on the same pack
const indexes = new WeakMap<ContentPack, MatcherIndex>();
function indexFor(pack: ContentPack): MatcherIndex {
  let index = indexes.get(pack);
  if (!index) indexes.set(pack, (index = buildMatcherIndex(pack)));
  return index;
}

function useInPageAnalysis(pack: ContentPack, text: string, chosenType: DocumentType | undefined, enabled: boolean): DocumentAnalysis {
  const index = useMemo(() => (enabled ? indexFor(pack) : undefined), [pack, enabled]);
  const settled = useDebouncedValue(text, TYPING_PAUSE_MS);
  const deferred = useDeferredValue(settled);
  const result = useMemo(
    () => (index && deferred.trim() ? matchDocument(index, deferred, chosenType ? { documentType: chosenType } : {}) : undefined),
    [index, deferred, chosenType],
  );
  return { status: deferred === text ? 'ready' : 'analysing', result, analysedText: deferred };
}

function useWorkerAnalysis(pack: ContentPack, text: string, chosenType: DocumentType | undefined, createWorker: (() => MatcherWorker) | undefined): DocumentAnalysis {
  const worker = useRef<MatcherWorker | undefined>(undefined);
  const latestId = useRef(0);
  const sent = useRef(new Map<number, { text: string; chosenType?: DocumentType }>());
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<{ result?: MatchResult; analysedText: string; chosenType?: DocumentType; error?: string }>({ analysedText: '' });
  const settled = useDebouncedValue(text, TYPING_PAUSE_MS);

  useEffect(() => {
    if (!createWorker) return undefined;
    const w = createWorker();
    worker.current = w;
    setReady(false);
    w.addEventListener('message', (event: MessageEvent<MatcherResponse>) => {
      const message = event.data;
      if (message.type === 'ready') setReady(true);
      else if (message.type === 'result') {
        // an answer to an older request is dropped: a newer text is on its way
        if (message.id !== latestId.current) return;
        const request = sent.current.get(message.id);
        setState({ result: message.result, analysedText: request?.text ?? '', chosenType: request?.chosenType });
        sent.current.clear();
      } else {
        setState((s) => ({ ...s, error: message.message }));
      }
    });
    w.postMessage({ type: 'pack', pack });
    return () => {
      w.terminate();
      worker.current = undefined;
    };
  }, [pack, createWorker]);

  useEffect(() => {
    if (!createWorker || !ready || !worker.current) return;
    if (!settled.trim()) {
      latestId.current += 1;
      setState({ analysedText: '' });
      return;
    }
    const id = ++latestId.current;
    sent.current.set(id, { text: settled, chosenType });
    worker.current.postMessage({ type: 'match', id, text: settled, ...(chosenType ? { documentType: chosenType } : {}) });
  }, [settled, chosenType, ready, createWorker]);

  if (state.error) return { status: 'failed', analysedText: state.analysedText, error: state.error, result: state.result };
  if (!ready) return { status: 'preparing', analysedText: '' };
  const upToDate = (state.analysedText === text && state.chosenType === chosenType) || (!text.trim() && !state.result);
  return { status: upToDate ? 'ready' : 'analysing', result: state.result, analysedText: state.analysedText };
}

/** `chosenType`: the kind of document the person chose; without it the matcher reads it from the text */
export function useDocumentAnalysis(pack: ContentPack, text: string, createWorker?: () => MatcherWorker, chosenType?: DocumentType): DocumentAnalysis {
  // both hooks run on every render (hooks cannot be conditional); only one of them does work
  const inWorker = useWorkerAnalysis(pack, text, chosenType, createWorker);
  const inPage = useInPageAnalysis(pack, text, chosenType, !createWorker);
  return createWorker ? inWorker : inPage;
}
