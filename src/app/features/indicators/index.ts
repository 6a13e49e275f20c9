// Indicators and the report for the college and the council: coordinators enter each programme
// action's indicator (docs/indicators.md) and make the report as a printable page or a .docx.
export { IndicatorsPage, INDICATORS_PAGE_PATH } from './components/indicators-page';
export { ReportPage, REPORT_PAGE_PATH } from './components/report-page';
