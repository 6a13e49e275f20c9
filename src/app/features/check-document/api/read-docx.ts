// The text of a Word document, read in the browser: in a Web Worker of its own (docx.worker.ts),
// ended when it answers, crashes or takes too long. Nothing is uploaded. Every way this can fail
// is a DocxReadError with a failure the page turns into its own words (docx-failure-text.ts).
import { DocxReadError, MAX_DOCX_BYTES, READ_TIME_LIMIT_MS } from './docx-limits';
import type { DocxResponse, DocxWorker } from './docx-protocol';

export interface ReadDocxOptions {
  /** undefined where there are no workers (tests, very old browsers): the page reads it itself */
  createWorker?: () => DocxWorker;
  timeLimitMs?: number;
}

const browserWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () => new Worker(new URL(/* webpackChunkName: "docx-worker" */ './docx.worker.ts', import.meta.url)) as unknown as DocxWorker;

const isDocxName = (name: string) => /\.docx$/i.test(name);

/** a file the person chose */
export async function readDocxFile(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }, options?: ReadDocxOptions): Promise<string> {
  if (!isDocxName(file.name)) throw new DocxReadError('not-docx', `${file.name} has no .docx extension`);
  if (file.size > MAX_DOCX_BYTES) throw new DocxReadError('file-too-large', `${file.size} bytes`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    throw new DocxReadError('corrupt', `the browser could not read the file (${error instanceof Error ? error.message : String(error)})`);
  }
  return readDocxBytes(bytes, file.name, options);
}

/** the bytes of a .docx from anywhere (a chosen file, a SharePoint download) */
export async function readDocxBytes(bytes: ArrayBuffer, name: string, options: ReadDocxOptions = {}): Promise<string> {
  if (!isDocxName(name)) throw new DocxReadError('not-docx', `${name} has no .docx extension`);
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new DocxReadError('file-too-large', `${bytes.byteLength} bytes`);
  const createWorker = 'createWorker' in options ? options.createWorker : browserWorker;
  if (!createWorker) {
    const { extractDocxText } = await import(/* webpackChunkName: "docx-in-page" */ './extract-docx-text');
    return extractDocxText(new Uint8Array(bytes));
  }
  return inWorker(createWorker, bytes, options.timeLimitMs ?? READ_TIME_LIMIT_MS);
}

function inWorker(createWorker: () => DocxWorker, bytes: ArrayBuffer, timeLimitMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let worker: DocxWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(new DocxReadError('worker-failed', `the worker did not start (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new DocxReadError('timed-out', `no answer within ${timeLimitMs} ms`))), timeLimitMs);
    worker.addEventListener('message', (event: MessageEvent<DocxResponse>) => {
      const answer = event.data;
      settle(() => (answer.type === 'text' ? resolve(answer.text) : reject(new DocxReadError(answer.failure, answer.reason))));
    });
    // an uncaught error or running out of memory in the worker, or a message it could not send
    const crashed = (event: Event) => {
      event.preventDefault?.();
      settle(() => reject(new DocxReadError('worker-failed', `the worker stopped (${(event as ErrorEvent).message ?? event.type})`)));
    };
    worker.addEventListener('error', crashed);
    worker.addEventListener('messageerror', crashed);
    worker.postMessage({ type: 'read', bytes }, [bytes]);
  });
}
