// POST /api/records/apply-or-explain: the caller's apply-or-explain record of one document, as a
// Word file. The body names the document and the checklists that fit it (the page's match); the
// choices are read by the server and are the caller's own only. Handler, body schema and the
// browser's call side by side; bundled into the browser, so node-only code is passed in or typed.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { applyOrExplainRecord, recordFileName, type ApplyOrExplainRecord } from '../../domain/apply-or-explain';
import { ACKNOWLEDGEMENT_LIMITS } from '../../domain/acknowledgement';
import type { ContentPack } from '../../domain/content/model';
import { LANGUAGES, type Language } from '../../domain/taxonomy';
import type { AcknowledgementStore } from '../../storage/ports';
import { apiRequestError } from './api-request-error';
import type { Caller } from './caller';
import type { ApiClient } from './post-acknowledgements';

export const APPLY_OR_EXPLAIN_PATH = '/api/records/apply-or-explain';

export const applyOrExplainRequestSchema = z.strictObject({
  contextRef: z.string().trim().min(1).max(ACKNOWLEDGEMENT_LIMITS.contextRefMax),
  title: z.string().max(4 * ACKNOWLEDGEMENT_LIMITS.titleMax).optional(),
  version: z.string().max(64).optional(),
  checklistIds: z.array(z.string().max(100)).max(100).default([]),
  language: z.enum(LANGUAGES).default('nl'),
});

export type ApplyOrExplainRequest = z.input<typeof applyOrExplainRequestSchema>;

export interface ApplyOrExplainDeps {
  pack: () => ContentPack;
  store: Pick<AcknowledgementStore, 'forContext'>;
  render: (record: ApplyOrExplainRecord) => Promise<Uint8Array>;
  now?: () => Date;
}

/** RFC 6266: an ASCII fallback and the UTF-8 name */
const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** the route; runs after requireCaller, which sets res.locals.caller */
export function postApplyOrExplainHandler(deps: ApplyOrExplainDeps): RequestHandler {
  return async (req, res, next) => {
    const parsed = applyOrExplainRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      const requestId = res.getHeader('x-request-id');
      const detail = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ');
      res.status(400).json({ error: { code: 'invalidRequest', message: `The body does not name a document's record: ${detail}`, ...(requestId ? { requestId: String(requestId) } : {}) } });
      return;
    }
    const body = parsed.data;
    try {
      const caller = res.locals.caller as Caller;
      const pack = deps.pack();
      const known = new Set(pack.checklists.map((c) => c.id));
      const record = applyOrExplainRecord({
        pack,
        language: body.language,
        person: { id: caller.personId, name: caller.name },
        document: { ref: body.contextRef, ...(body.title !== undefined ? { title: body.title } : {}), ...(body.version !== undefined ? { version: body.version } : {}) },
        // a checklist the pack does not know is no part of the record
        checklistIds: body.checklistIds.filter((id) => known.has(id)),
        // the domain keeps the caller's own choices only
        acknowledgements: await deps.store.forContext(body.contextRef),
        at: (deps.now ?? (() => new Date()))(),
      });
      const bytes = await deps.render(record);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      res.setHeader('Content-Disposition', attachment(recordFileName(record.document.title, body.language)));
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      next(error);
    }
  };
}

// --- the browser's call ---

export interface DownloadedRecord {
  fileName: string;
  blob: Blob;
}

const fileNameOf = (disposition: string | null, language: Language): string => {
  const utf8 = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!);
    } catch {
      // fall through to the plain name
    }
  }
  return (disposition && /filename="([^"]+)"/i.exec(disposition)?.[1]) || recordFileName('', language);
};

/** the signed-in person's record of a document, as a Word file */
export async function fetchApplyOrExplainRecord(client: ApiClient, request: ApplyOrExplainRequest): Promise<DownloadedRecord> {
  const response = await (client.fetch ?? fetch)(`${client.baseUrl ?? ''}${APPLY_OR_EXPLAIN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await client.getToken()}` },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw apiRequestError(response.status, (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined);
  return { fileName: fileNameOf(response.headers.get('content-disposition'), request.language ?? 'nl'), blob: await response.blob() };
}
