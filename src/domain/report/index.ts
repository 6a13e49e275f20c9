// The report for the college and the council: a pure model of blocks that the renderers lay out.
export { buildReport, reportFormat, type ReportInput } from './build-report';
export type { ReportBlock, ReportModel } from './report-model';
export { reportPeriod, type ReportPeriod } from './report-period';
