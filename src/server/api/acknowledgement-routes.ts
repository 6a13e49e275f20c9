// The server's own API for acknowledgements, mounted under /api after the JSON body parser: the
// caller is resolved from the token first (401 without one), then each operation's handler runs.
import type { Express } from 'express';
import type { AcknowledgementStore } from '../../storage/ports';
import type { AcknowledgementWriter } from './acknowledgement-writer';
import { requireCaller, type ResolveCaller } from './caller';
import { getMyAcknowledgementsHandler, MY_ACKNOWLEDGEMENTS_PATH } from './get-my-acknowledgements';
import { getMyContextAcknowledgementsHandler, MY_CONTEXT_ACKNOWLEDGEMENTS_PATH } from './get-my-context-acknowledgements';
import { POST_ACKNOWLEDGEMENTS_PATH, postAcknowledgementsHandler } from './post-acknowledgements';

export interface AcknowledgementRoutesDeps {
  resolveCaller: ResolveCaller;
  writer: Pick<AcknowledgementWriter, 'record'>;
  /** read with the app's identity: staff have no rights on the list */
  store: Pick<AcknowledgementStore, 'forStaff' | 'forContext'>;
}

export function mountAcknowledgementRoutes(app: Express, deps: AcknowledgementRoutesDeps): void {
  const caller = requireCaller(deps.resolveCaller);
  app.post(POST_ACKNOWLEDGEMENTS_PATH, caller, postAcknowledgementsHandler(deps.writer));
  app.get(MY_ACKNOWLEDGEMENTS_PATH, caller, getMyAcknowledgementsHandler(deps.store));
  app.get(MY_CONTEXT_ACKNOWLEDGEMENTS_PATH, caller, getMyContextAcknowledgementsHandler(deps.store));
}
