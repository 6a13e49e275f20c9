// POST /api/indicators/{actionId}/measurements: a coordinator records a measured value of an
// action's indicator (value, day, source, note). 403 for anyone else, 404 for an action the pack
// does not have, 400 with the field and the reason for a bad body; 201 with the record written.
import type { RequestHandler } from 'express';
import type { ContentPack } from '../../domain/content/model';
import { firstIssue, measurementInput, type IndicatorRecord, type MeasurementInput } from '../../domain/indicators';
import type { IndicatorStore } from '../../storage/ports';
import { callIndicatorApi, coordinatorOnly, INDICATORS_PATH, problem, type GetToken } from './indicator-call';

export const POST_MEASUREMENT_PATH = `${INDICATORS_PATH}/:actionId/measurements`;

export interface IndicatorWriteDeps {
  store: Pick<IndicatorStore, 'append'>;
  pack: () => ContentPack;
  now?: () => Date;
}

/** the record's key, author and time, for an action of the pack; undefined after answering 403 or 404 */
export function newRecordFields(deps: IndicatorWriteDeps, req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) {
  const caller = coordinatorOnly(res);
  if (!caller) return undefined;
  const actionId = String(req.params.actionId ?? '');
  if (!deps.pack().actions.some((a) => a.id === actionId)) {
    res.status(404).json(problem('unknownAction', `There is no programme action '${actionId.slice(0, 100)}'.`));
    return undefined;
  }
  return { key: globalThis.crypto.randomUUID(), actionId, recordedBy: caller.personId, recordedAt: (deps.now?.() ?? new Date()).toISOString() };
}

export function postMeasurementHandler(deps: IndicatorWriteDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const common = newRecordFields(deps, req, res);
      if (!common) return;
      const parsed = measurementInput.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json(problem('badInput', firstIssue(parsed.error)));
        return;
      }
      // a value measured tomorrow is a typing error (a year or a month off), not a forecast
      if (parsed.data.date > common.recordedAt.slice(0, 10)) {
        res.status(400).json(problem('badInput', `date: ${parsed.data.date} lies in the future`));
        return;
      }
      const record: IndicatorRecord = { ...common, kind: 'measurement', measurement: parsed.data };
      await deps.store.append(record);
      res.status(201).json(record);
    } catch (error) {
      next(error);
    }
  };
}

/** the browser's call: a coordinator records a measured value */
export const postMeasurement = (actionId: string, input: MeasurementInput, getToken: GetToken, fetcher: typeof fetch = fetch): Promise<IndicatorRecord> =>
  callIndicatorApi(`${INDICATORS_PATH}/${encodeURIComponent(actionId)}/measurements`, { method: 'POST', body: JSON.stringify(input) }, getToken, fetcher);
