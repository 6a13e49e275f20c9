// GET /api/indicators: every programme action's indicator (unit, baseline, target, measurements,
// progress) and progress per phase and theme, for anyone signed in: they are the programme's
// steering figures, not personal data. `lang=nl|en` picks the language of the pack's texts.
import type { RequestHandler } from 'express';
import type { ContentPack } from '../../domain/content/model';
import { indicatorStates, progressByPhase, progressByTheme, type IndicatorState, type IndicatorSummary } from '../../domain/indicators';
import type { Phase, Theme } from '../../domain/taxonomy';
import type { IndicatorStore } from '../../storage/ports';
import { callIndicatorApi, INDICATORS_PATH, problem, type GetToken } from './indicator-call';

export const GET_INDICATORS_PATH = INDICATORS_PATH;

/** the answer of GET /api/indicators */
export interface IndicatorsAnswer {
  actions: IndicatorState[];
  byPhase: IndicatorSummary<Phase>[];
  byTheme: IndicatorSummary<Theme>[];
}

export function getIndicatorsHandler(deps: { store: Pick<IndicatorStore, 'all'>; pack: () => ContentPack }): RequestHandler {
  return async (req, res, next) => {
    try {
      const lang = req.query.lang ?? 'nl';
      if (lang !== 'nl' && lang !== 'en') {
        res.status(400).json(problem('badQuery', 'lang: must be nl or en'));
        return;
      }
      const states = indicatorStates(deps.pack().actions, await deps.store.all(), lang);
      const answer: IndicatorsAnswer = { actions: states, byPhase: progressByPhase(states), byTheme: progressByTheme(states) };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    } catch (error) {
      next(error);
    }
  };
}

/** the browser's call: every action's indicator, in the person's language */
export const fetchIndicators = (lang: 'nl' | 'en', getToken: GetToken, fetcher: typeof fetch = fetch): Promise<IndicatorsAnswer> =>
  callIndicatorApi(`${GET_INDICATORS_PATH}?lang=${lang}`, { method: 'GET' }, getToken, fetcher);
