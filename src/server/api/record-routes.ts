// The server's API for a person's own records: the apply-or-explain record of a document as a Word
// file. Mounted under /api after the JSON body parser, behind the validated caller.
import type { Express } from 'express';
import type { ContentPack } from '../../domain/content/model';
import type { AcknowledgementStore } from '../../storage/ports';
import { recordDocx } from '../apply-or-explain/record-docx';
import { requireCaller, type ResolveCaller } from './caller';
import { APPLY_OR_EXPLAIN_PATH, postApplyOrExplainHandler } from './post-apply-or-explain';

export interface RecordRoutesDeps {
  resolveCaller: ResolveCaller;
  /** the pack in use (it changes when the lists are read again) */
  pack: () => ContentPack;
  store: Pick<AcknowledgementStore, 'forContext'>;
}

export function mountRecordRoutes(app: Express, deps: RecordRoutesDeps): void {
  app.post(APPLY_OR_EXPLAIN_PATH, requireCaller(deps.resolveCaller), postApplyOrExplainHandler({ pack: deps.pack, store: deps.store, render: recordDocx }));
}
