// GET /api/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=docx|json][&lang=nl|en]: the report for the
// college and the council over a period, for coordinators: as a Word document (the default) or as
// the report's blocks (the printable page). Figures come from the server's copy of the list under
// the dashboard's privacy rule; indicators from the Indicators list. Bundled into the browser for
// its calls: the renderer is handed in by report-routes.ts, so docx stays out of the web build.
import type { RequestHandler } from 'express';
import type { ContentPack } from '../../domain/content/model';
import { buildReport, reportPeriod, type ReportModel } from '../../domain/report';
import type { IndicatorStore } from '../../storage/ports';
import { apiRequestError } from './api-request-error';
import type { Caller } from './caller';
import type { MetricsSource } from './metrics';

export const REPORT_PATH = '/api/report';

export interface ReportRouteDeps {
  source: () => MetricsSource | undefined;
  indicators: Pick<IndicatorStore, 'all'>;
  /** the pack in use (it changes when the lists are read again) */
  pack: () => ContentPack;
  minContributors: number;
  renderDocx: (model: ReportModel) => Promise<Buffer>;
  today?: () => string;
}

const problem = (code: string, message: string) => ({ error: { code, message } });
const KNOWN = new Set(['from', 'to', 'format', 'lang']);

/** the file name a report is saved under: circulaire-keuzes-rapportage-2026-01-01-2026-06-30.docx */
export const reportFileName = (from: string, to: string) => `circulaire-keuzes-rapportage-${from}-${to}.docx`;

export function getReportHandler(deps: ReportRouteDeps): RequestHandler {
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  return async (req, res, next) => {
    try {
      const caller = res.locals.caller as Caller;
      if (!caller.isCoordinator) {
        res.status(403).json(problem('forbidden', 'Only programme coordinators make the report.'));
        return;
      }
      const unknown = Object.keys(req.query).find((k) => !KNOWN.has(k));
      if (unknown) {
        res.status(400).json(problem('badQuery', `${unknown.slice(0, 40)}: not a parameter of the report (from, to, format, lang)`));
        return;
      }
      const period = reportPeriod(req.query.from, req.query.to);
      if (!period.ok) {
        res.status(400).json(problem('badQuery', period.message));
        return;
      }
      const format = req.query.format ?? 'docx';
      const lang = req.query.lang ?? 'nl';
      if (format !== 'docx' && format !== 'json') {
        res.status(400).json(problem('badQuery', 'format: must be docx or json'));
        return;
      }
      if (lang !== 'nl' && lang !== 'en') {
        res.status(400).json(problem('badQuery', 'lang: must be nl or en'));
        return;
      }
      const source = deps.source();
      if (!source) {
        res.status(503).json(problem('notReady', 'The figures are not available yet: the server has no copy of the list.'));
        return;
      }
      const day = today();
      const figures = source.figures(period.period, day, deps.minContributors);
      const model = buildReport({
        pack: deps.pack(),
        language: lang,
        period: period.period,
        madeOn: day,
        figures: { ...figures, minContributors: deps.minContributors },
        indicators: await deps.indicators.all(),
      });
      res.setHeader('Cache-Control', 'no-store');
      if (format === 'json') {
        res.json(model);
        return;
      }
      const bytes = await deps.renderDocx(model);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      res.setHeader('Content-Disposition', `attachment; filename="${reportFileName(period.period.from, period.period.to)}"`);
      res.send(bytes);
    } catch (error) {
      next(error);
    }
  };
}

async function fetchReport(query: URLSearchParams, getToken: () => Promise<string>, fetcher: typeof fetch): Promise<Response> {
  const response = await fetcher(`${REPORT_PATH}?${query}`, { headers: { authorization: `Bearer ${await getToken()}` }, cache: 'no-store' });
  if (!response.ok) throw apiRequestError(response.status, (await response.json().catch(() => undefined)) as Parameters<typeof apiRequestError>[1]);
  return response;
}

/** the browser's call: the report's blocks, for the printable page */
export async function fetchReportModel(from: string, to: string, lang: 'nl' | 'en', getToken: () => Promise<string>, fetcher: typeof fetch = fetch): Promise<ReportModel> {
  return (await (await fetchReport(new URLSearchParams({ from, to, format: 'json', lang }), getToken, fetcher)).json()) as ReportModel;
}

/** the browser's call: the report as a Word document */
export async function fetchReportDocx(from: string, to: string, lang: 'nl' | 'en', getToken: () => Promise<string>, fetcher: typeof fetch = fetch): Promise<Blob> {
  return (await fetchReport(new URLSearchParams({ from, to, format: 'docx', lang }), getToken, fetcher)).blob();
}
