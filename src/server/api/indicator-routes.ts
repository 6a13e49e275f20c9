// The indicator operations, mounted under /api after the JSON body parser: the caller is resolved
// from the token first (401 without one); the writes then ask for the coordinator role.
import type { Express } from 'express';
import type { ContentPack } from '../../domain/content/model';
import type { IndicatorStore } from '../../storage/ports';
import { requireCaller, type ResolveCaller } from './caller';
import { GET_INDICATORS_PATH, getIndicatorsHandler } from './get-indicators';
import { POST_MEASUREMENT_PATH, postMeasurementHandler } from './post-measurement';
import { PUT_DEFINITION_PATH, putDefinitionHandler } from './put-indicator-definition';

export interface IndicatorRoutesDeps {
  resolveCaller: ResolveCaller;
  store: IndicatorStore;
  /** the pack in use (it changes when the lists are read again) */
  pack: () => ContentPack;
  now?: () => Date;
}

export function mountIndicatorRoutes(app: Express, deps: IndicatorRoutesDeps): void {
  const caller = requireCaller(deps.resolveCaller);
  app.get(GET_INDICATORS_PATH, caller, getIndicatorsHandler(deps));
  app.post(POST_MEASUREMENT_PATH, caller, postMeasurementHandler(deps));
  app.put(PUT_DEFINITION_PATH, caller, putDefinitionHandler(deps));
}
