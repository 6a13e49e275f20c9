// PUT /api/indicators/{actionId}/definition: a coordinator sets an action's indicator unit, baseline
// (value, year or day, source) or target (value, year). Append-only like every record: a new
// definition row, whose fields replace those given before; a field left out keeps its value.
import type { RequestHandler } from 'express';
import { definitionInput, firstIssue, type DefinitionInput, type IndicatorRecord } from '../../domain/indicators';
import { callIndicatorApi, INDICATORS_PATH, problem, type GetToken } from './indicator-call';
import { newRecordFields, type IndicatorWriteDeps } from './post-measurement';

export const PUT_DEFINITION_PATH = `${INDICATORS_PATH}/:actionId/definition`;

export function putDefinitionHandler(deps: IndicatorWriteDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const common = newRecordFields(deps, req, res);
      if (!common) return;
      const parsed = definitionInput.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json(problem('badInput', firstIssue(parsed.error)));
        return;
      }
      if (Object.keys(parsed.data).length === 0) {
        res.status(400).json(problem('badInput', 'body: give a unit, a baseline or a target'));
        return;
      }
      const record: IndicatorRecord = { ...common, kind: 'definition', definition: parsed.data };
      await deps.store.append(record);
      res.status(201).json(record);
    } catch (error) {
      next(error);
    }
  };
}

/** the browser's call: a coordinator sets the unit, baseline or target */
export const putDefinition = (actionId: string, input: DefinitionInput, getToken: GetToken, fetcher: typeof fetch = fetch): Promise<IndicatorRecord> =>
  callIndicatorApi(`${INDICATORS_PATH}/${encodeURIComponent(actionId)}/definition`, { method: 'PUT', body: JSON.stringify(input) }, getToken, fetcher);
