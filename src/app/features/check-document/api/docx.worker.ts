// Reads a .docx off the page's main thread: however a document misbehaves, typing and the rest
// of the tab stay responsive, and the page can end this worker.
import { DocxReadError } from './docx-limits';
import type { DocxRequest, DocxResponse } from './docx-protocol';
import { extractDocxText } from './extract-docx-text';

const post = (message: DocxResponse) => (self as unknown as { postMessage(m: DocxResponse): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<DocxRequest>) => {
  void extractDocxText(new Uint8Array(event.data.bytes)).then(
    (text) => post({ type: 'text', text }),
    (error: unknown) =>
      post(
        error instanceof DocxReadError
          ? { type: 'failed', failure: error.failure, reason: error.reason }
          : { type: 'failed', failure: 'corrupt', reason: error instanceof Error ? error.message : String(error) },
      ),
  );
});
