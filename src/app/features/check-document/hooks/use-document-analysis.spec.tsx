/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { buildMatcherIndex, matchDocument } from '../../../../domain/matcher';
import type { MatcherRequest, MatcherResponse, MatcherWorker } from '../../../lib/matcher-protocol';
import { realPack } from '../../../../../test/support/app/fakes';
import { TYPING_PAUSE_MS, useDocumentAnalysis } from './use-document-analysis';

/** a worker whose answers the test releases by hand, in any order */
function controlledWorker() {
  const index = buildMatcherIndex(realPack());
  const requests: MatcherRequest[] = [];
  let listener: ((event: MessageEvent<MatcherResponse>) => void) | undefined;
  const worker: MatcherWorker = {
    postMessage: (m) => void requests.push(m),
    addEventListener: (_t, l) => (listener = l),
    terminate: () => undefined,
  };
  const send = (m: MatcherResponse) => act(() => listener?.({ data: m } as MessageEvent<MatcherResponse>));
  const answer = (id: number) => {
    const request = requests.find((r) => r.type === 'match' && r.id === id) as Extract<MatcherRequest, { type: 'match' }>;
    send({ type: 'result', id, result: matchDocument(index, request.text, request.documentType ? { documentType: request.documentType } : {}), ms: 1 });
  };
  return { worker, requests, send, answer };
}

describe('useDocumentAnalysis in a worker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the pack once, matches after a typing pause, and drops answers to older texts', () => {
    const w = controlledWorker();
    const create = () => w.worker;
    const { result, rerender } = renderHook(({ text }) => useDocumentAnalysis(realPack(), text, create), { initialProps: { text: '' } });
    expect(result.current.status).toBe('preparing');
    expect(w.requests.map((r) => r.type)).toEqual(['pack']);
    w.send({ type: 'ready' });

    rerender({ text: 'Onderhoud van asfalt' });
    act(() => jest.advanceTimersByTime(TYPING_PAUSE_MS));
    rerender({ text: 'Onderhoud van asfalt en klinkers, groenvoorziening' });
    expect(result.current.status).toBe('analysing');
    act(() => jest.advanceTimersByTime(TYPING_PAUSE_MS));
    const matchIds = w.requests.filter((r) => r.type === 'match').map((r) => (r as { id: number }).id);
    expect(matchIds).toHaveLength(2);

    w.answer(matchIds[1]!);
    w.answer(matchIds[0]!);
    expect(result.current.status).toBe('ready');
    expect(result.current.analysedText).toBe('Onderhoud van asfalt en klinkers, groenvoorziening');
    expect(result.current.result?.productGroups.map((g) => g.id)).toContain('roads');
  });

  it('matches the same text again when the person chooses the kind of document, and is analysing until that answer is in', () => {
    const w = controlledWorker();
    const text = 'Levering van asfalt en klinkers';
    const create = () => w.worker;
    const { result, rerender } = renderHook(({ chosen }: { chosen?: 'project-plan' }) => useDocumentAnalysis(realPack(), text, create, chosen), {
      initialProps: {},
    });
    w.send({ type: 'ready' });
    act(() => jest.advanceTimersByTime(TYPING_PAUSE_MS));
    w.answer(1);
    expect(result.current.status).toBe('ready');
    expect(result.current.result?.documentType).toBe('tender');

    rerender({ chosen: 'project-plan' });
    expect(result.current.status).toBe('analysing');
    const last = w.requests.at(-1) as Extract<MatcherRequest, { type: 'match' }>;
    expect(last).toMatchObject({ text, documentType: 'project-plan' });
    w.answer(last.id);
    expect(result.current.status).toBe('ready');
    expect(result.current.result?.documentType).toBe('project-plan');
  });

  it('reports a failing matcher', () => {
    const w = controlledWorker();
    const { result } = renderHook(() => useDocumentAnalysis(realPack(), 'x', () => w.worker));
    w.send({ type: 'error', message: 'out of memory' });
    expect(result.current).toMatchObject({ status: 'failed', error: 'out of memory' });
  });
});
