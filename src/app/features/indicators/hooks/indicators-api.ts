// The server's indicator and report operations with the signed-in person's token, as one small
// interface the pages receive (tests hand in their own).
import type { DefinitionInput, IndicatorRecord, MeasurementInput } from '../../../../domain/indicators';
import type { ReportModel } from '../../../../domain/report';
import type { Language } from '../../../../domain/taxonomy';
import { fetchIndicators, type IndicatorsAnswer } from '../../../../server/api/get-indicators';
import { fetchMetrics, type MetricsAnswer } from '../../../../server/api/metrics';
import { fetchReportDocx, fetchReportModel } from '../../../../server/api/get-report';
import { postMeasurement } from '../../../../server/api/post-measurement';
import { putDefinition } from '../../../../server/api/put-indicator-definition';
import type { AppServices } from '../../../lib/services';

export interface IndicatorsApi {
  indicators(lang: Language): Promise<IndicatorsAnswer>;
  addMeasurement(actionId: string, input: MeasurementInput): Promise<IndicatorRecord>;
  setDefinition(actionId: string, input: DefinitionInput): Promise<IndicatorRecord>;
  reportModel(from: string, to: string, lang: Language): Promise<ReportModel>;
  reportDocx(from: string, to: string, lang: Language): Promise<Blob>;
  /** the dashboard's adoption figures (all choices so far), shown beside the indicators' progress */
  adoption(): Promise<MetricsAnswer>;
}

export function serverIndicatorsApi(services: Pick<AppServices, 'session'>): IndicatorsApi {
  const token = () => services.session.getApiToken();
  return {
    indicators: (lang) => fetchIndicators(lang, token),
    addMeasurement: (actionId, input) => postMeasurement(actionId, input, token),
    setDefinition: (actionId, input) => putDefinition(actionId, input, token),
    reportModel: (from, to, lang) => fetchReportModel(from, to, lang, token),
    reportDocx: (from, to, lang) => fetchReportDocx(from, to, lang, token),
    adoption: () => fetchMetrics({}, token),
  };
}
