// The charts, drawn with @fluentui/react-charts (Fluent UI v9's chart library). This module is a
// chunk of its own: the page, its figures and its tables show before it arrives, and a chart that
// cannot load leaves the table in its place.
import {
  DataVizPalette,
  DonutChart,
  getColorFromToken,
  HorizontalBarChartWithAxis,
  LineChart,
  VerticalStackedBarChart,
  type ChartProps,
  type HorizontalBarChartWithAxisDataPoint,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import type { ChartColour, ChartSpec } from '../lib/chart-specs';

const TOKENS: Record<ChartColour, string> = {
  applied: DataVizPalette.success,
  considered: DataVizPalette.warning,
  'not-applicable': DataVizPalette.color5,
  later: DataVizPalette.color2,
  attached: DataVizPalette.color10,
  total: DataVizPalette.color1,
  direct: DataVizPalette.color1,
  viaGroup: DataVizPalette.color3,
  inactive: DataVizPalette.disabled,
  neutral: DataVizPalette.color1,
};

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '280px' },
});

export interface FigureChartProps {
  spec: ChartSpec;
  /** the app's Intl locale, for the axes' numbers and dates */
  culture: string;
  /** the dark theme takes the palette's dark variants */
  dark: boolean;
  width?: number;
}

export default function FigureChart({ spec, culture, dark, width }: FigureChartProps) {
  const styles = useStyles();
  // not every chart resolves palette tokens itself: hand them all real colours
  const colour = (name: ChartColour) => getColorFromToken(TOKENS[name], dark);
  switch (spec.kind) {
    case 'line': {
      const data: ChartProps = {
        chartTitle: spec.title,
        lineChartData: spec.series.map((s) => ({ legend: s.legend, color: colour(s.colour), data: s.points })),
      };
      return (
        <div className={styles.chart}>
          <LineChart data={data} culture={culture} height={300} width={width} />
        </div>
      );
    }
    case 'stacked': {
      const data: VerticalStackedChartProps[] = spec.bars.map((bar) => ({
        xAxisPoint: bar.x,
        chartData: bar.parts.map((p) => ({ legend: p.legend, data: p.value, color: colour(p.colour) })),
      }));
      return (
        <div className={styles.chart}>
          <VerticalStackedBarChart data={data} chartTitle={spec.title} culture={culture} height={320} width={width} wrapXAxisLables barWidth="auto" maxBarWidth={64} />
        </div>
      );
    }
    case 'bars': {
      // the largest at the top: the chart draws its first point at the bottom; the left margin
      // makes room for the longest label (about 6.5 px a character at the axis' font size)
      const longest = Math.max(0, ...spec.bars.map((b) => b.label.length));
      const left = Math.min(300, Math.max(60, Math.round(longest * 6.5) + 16));
      const data: HorizontalBarChartWithAxisDataPoint[] = [...spec.bars].reverse().map((b) => ({ x: b.value, y: b.label, color: colour('neutral') }));
      return (
        <div className={styles.chart}>
          <HorizontalBarChartWithAxis
            data={data}
            chartTitle={spec.title}
            culture={culture}
            height={Math.max(200, 34 * spec.bars.length + 60)}
            width={width}
            hideLegend
            showYAxisLables
            margins={{ left }}
          />
        </div>
      );
    }
    case 'donut': {
      const data: ChartProps = { chartTitle: spec.title, chartData: spec.parts.filter((p) => p.value > 0).map((p) => ({ legend: p.legend, data: p.value, color: colour(p.colour) })) };
      return (
        <div className={styles.chart}>
          <DonutChart data={data} culture={culture} innerRadius={60} height={280} width={width} hideLabels={false} />
        </div>
      );
    }
  }
}
