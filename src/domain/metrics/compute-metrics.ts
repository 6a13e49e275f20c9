// The dashboard's figures over a list of acknowledgements: the rows are put in columns and counted
// in one pass (metrics-columns.ts), the same code the server runs over its copy of the whole list.
// Definitions are in docs/metrics.md; a malformed filter is a RangeError.
import type { Acknowledgement } from '../acknowledgement';
import { MetricsColumns } from './metrics-columns';
import type { MetricsContent } from './metrics-content';
import type { DashboardMetrics, MetricsOptions } from './types';

export { DEFAULT_COVERAGE_WINDOW_DAYS, DEFAULT_TOP_REASONS } from './metrics-columns';

export function computeMetrics(acks: readonly Acknowledgement[], content: MetricsContent, options: MetricsOptions): DashboardMetrics {
  const columns = new MetricsColumns(content);
  for (const ack of acks) columns.set(ack);
  return columns.aggregate(options).metrics;
}
