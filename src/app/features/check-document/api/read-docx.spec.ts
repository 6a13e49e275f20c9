import { docx, zipBomb } from '../../../../../test/support/docx-zips';
import { DocxReadError, MAX_DOCX_BYTES, type DocxFailure } from './docx-limits';
import type { DocxRequest, DocxResponse, DocxWorker } from './docx-protocol';
import { extractDocxText } from './extract-docx-text';
import { readDocxBytes, readDocxFile } from './read-docx';

const arrayBufferOf = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;

/** a worker that behaves as `behaviour` says, and records what the page did with it */
function fakeWorker(behaviour: 'reads' | 'crashes' | 'hangs') {
  const listeners: Record<string, ((event: never) => void)[]> = {};
  const worker = {
    terminated: false,
    transferred: [] as Transferable[],
    addEventListener: (type: string, listener: (event: never) => void) => (listeners[type] ??= []).push(listener),
    terminate() {
      worker.terminated = true;
    },
    postMessage(message: DocxRequest, transfer: Transferable[]) {
      worker.transferred = transfer;
      const emit = (type: string, event: unknown) => setTimeout(() => listeners[type]?.forEach((l) => l(event as never)));
      if (behaviour === 'crashes') emit('error', { type: 'error', message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault() {} });
      if (behaviour === 'reads') {
        // what docx.worker.ts does, in this thread
        void extractDocxText(new Uint8Array(message.bytes)).then(
          (text) => emit('message', { data: { type: 'text', text } satisfies DocxResponse }),
          (e: DocxReadError) => emit('message', { data: { type: 'failed', failure: e.failure, reason: e.reason } satisfies DocxResponse }),
        );
      }
    },
  };
  return worker;
}

async function failureOf(reading: Promise<string>): Promise<DocxFailure> {
  const error = await reading.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DocxReadError)) throw new Error(`expected a DocxReadError, got ${String(error)}`);
  return error.failure;
}

describe('reading a .docx in a worker', () => {
  it('hands the bytes to the worker without copying them, and ends it after the answer', async () => {
    const worker = fakeWorker('reads');
    const bytes = arrayBufferOf(docx(['Aanbesteding groenonderhoud 2027']));
    await expect(readDocxBytes(bytes, 'Bestek.docx', { createWorker: () => worker as unknown as DocxWorker })).resolves.toBe('Aanbesteding groenonderhoud 2027');
    expect(worker.transferred).toEqual([bytes]);
    expect(worker.terminated).toBe(true);
  });

  it('passes the worker’s refusal of a zip bomb on as the same failure', async () => {
    const worker = fakeWorker('reads');
    expect(await failureOf(readDocxBytes(arrayBufferOf(zipBomb(64)), 'Bestek.docx', { createWorker: () => worker as unknown as DocxWorker }))).toBe('inflates-too-far');
    expect(worker.terminated).toBe(true);
  });

  it('says the worker failed when it crashes, and ends it', async () => {
    const worker = fakeWorker('crashes');
    expect(await failureOf(readDocxBytes(arrayBufferOf(docx(['x'])), 'a.docx', { createWorker: () => worker as unknown as DocxWorker }))).toBe('worker-failed');
    expect(worker.terminated).toBe(true);
  });

  it('says the worker failed when it cannot start', async () => {
    const createWorker = () => {
      throw new Error('SecurityError: Failed to construct Worker');
    };
    expect(await failureOf(readDocxBytes(arrayBufferOf(docx(['x'])), 'a.docx', { createWorker }))).toBe('worker-failed');
  });

  it('ends a worker that takes longer than the time limit', async () => {
    const worker = fakeWorker('hangs');
    const started = Date.now();
    expect(await failureOf(readDocxBytes(arrayBufferOf(docx(['x'])), 'a.docx', { createWorker: () => worker as unknown as DocxWorker, timeLimitMs: 100 }))).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(worker.terminated).toBe(true);
  });

  it('refuses other files and oversized ones before reading them', async () => {
    const createWorker = jest.fn();
    const arrayBuffer = jest.fn();
    expect(await failureOf(readDocxFile({ name: 'notes.txt', size: 5, arrayBuffer }, { createWorker }))).toBe('not-docx');
    expect(await failureOf(readDocxFile({ name: 'Groot.docx', size: MAX_DOCX_BYTES + 1, arrayBuffer }, { createWorker }))).toBe('file-too-large');
    expect(await failureOf(readDocxBytes(new ArrayBuffer(MAX_DOCX_BYTES + 1), 'Groot.docx', { createWorker }))).toBe('file-too-large');
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('reads in the page where there are no workers', async () => {
    await expect(readDocxBytes(arrayBufferOf(docx(['Tekst'])), 'a.docx', { createWorker: undefined })).resolves.toBe('Tekst');
  });
});
