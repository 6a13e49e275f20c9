// The charts, drawn with @fluentui/react-charts (Fluent UI v9's chart library). This module is a
// chunk of its own: the page, its figures and its tables show before it arrives, and a chart that
// cannot load leaves the table in its place.
//
// The chart is a picture for the eye only: its wrapper is inert, so it takes no focus and is left
// out of the accessibility tree. The library writes its own screen-reader texts and focus helpers
// in English ("Line chart with 2 lines…", legends "+3 more", tabster's focus sentinels) with no
// way to translate them; the card around the chart gives the figure a Dutch (or English)
// description, our own legend, and the same numbers as a table one click away. What the eye does
// see here is ours: every axis label goes through Intl in the person's locale, one format per axis.
import { DonutChart, HorizontalBarChartWithAxis, LineChart, VerticalStackedBarChart, type ChartProps, type HorizontalBarChartWithAxisDataPoint, type LineChartPoints, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { colourOf } from '../lib/chart-colours';
import { dateTicks, niceTicks, type ChartSpec } from '../lib/chart-specs';

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '280px' },
});

export interface FigureChartProps {
  spec: ChartSpec;
  /** the app's Intl locale, for the axes' numbers and dates */
  locale: string;
  /** the dark theme takes the palette's dark variants */
  dark: boolean;
  width?: number;
}

/** a count on an axis: always grouped the same way (Intl leaves 8000 ungrouped in Dutch but writes 10.000) */
const countFormat = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' });

const DASHED = { strokeDasharray: '6 4' };

/**
 * the chart's box, and its width as it changes; and the chart library's arrow-key groups let go:
 * tabster puts aria-hidden focus sentinels (`<i tabindex=0>`) around them and at the ends of the
 * body. Inside the inert wrapper no focus reaches them, but checkers such as axe read the tabindex
 * and report an aria-hidden element that can take focus (aria-hidden-focus, microsoft/tabster#288)
 */
function useChartBox() {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const quiet = () => {
      // without its attribute tabster lets go of the chart's arrow-key group and its sentinels
      element.querySelectorAll('[data-tabster]').forEach((group) => group.removeAttribute('data-tabster'));
      element.querySelectorAll('[data-tabster-dummy][tabindex="0"]').forEach((dummy) => dummy.setAttribute('tabindex', '-1'));
      // the two sentinels tabster adds at the ends of the body for those groups: the browser moves
      // focus out of the page by itself
      document.querySelectorAll('body > [data-tabster-dummy][tabindex="0"]').forEach((dummy) => dummy.setAttribute('tabindex', '-1'));
    };
    quiet();
    const mutations = new MutationObserver(quiet);
    mutations.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex', 'data-tabster'] });
    mutations.observe(document.body, { childList: true, attributes: true, attributeFilter: ['tabindex'] });
    const resize = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    resize.observe(element);
    return () => {
      mutations.disconnect();
      resize.disconnect();
    };
  }, []);
  return { box, width };
}

/** a label cut to `max` characters with an ellipsis; the table has it whole */
const shorten = (label: string, max: number) => (label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`);

export default function FigureChart({ spec, locale, dark, width: fixedWidth }: FigureChartProps) {
  const styles = useStyles();
  const { box, width: measured } = useChartBox();
  const width = fixedWidth ?? measured;
  const counts = countFormat(locale);
  const count = (value: number) => counts.format(value);
  const colour = (name: Parameters<typeof colourOf>[0]) => colourOf(name, dark);
  const body = (() => {
    switch (spec.kind) {
      case 'line': {
        const all = spec.series[0]!;
        const ticks = dateTicks([...new Map([...all.points, ...all.partial.flat()].map((p) => [p.x.getTime(), p])).values()].sort((a, b) => a.x.getTime() - b.x.getTime()));
        // a day and a short month; the year on the first tick and where it changes
        const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
        const dayYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
        const tickText = new Map(ticks.map((d, i) => [d.getTime(), i === 0 || d.getUTCFullYear() !== ticks[i - 1]!.getUTCFullYear() ? dayYear.format(d) : day.format(d)]));
        const lines: LineChartPoints[] = spec.series.flatMap((s) => [
          { legend: s.legend, color: colour(s.colour), data: s.points },
          ...s.partial.map((stretch, i) => ({ legend: `${s.legend} (${i + 1})`, color: colour(s.colour), data: stretch, lineOptions: DASHED })),
        ]);
        const data: ChartProps = { chartTitle: spec.title, lineChartData: lines };
        const highest = Math.max(0, ...spec.series.flatMap((s) => [...s.points, ...s.partial.flat()].map((p) => p.y)));
        const yTicks = niceTicks(highest);
        return (
          <LineChart
            data={data}
            culture={locale}
            height={300}
            width={width}
            hideLegend
            hideTooltip
            tickValues={ticks}
            customDateTimeFormatter={(d: Date) => tickText.get(d.getTime()) ?? day.format(d)}
            yAxisTickFormat={count}
            yMaxValue={yTicks.at(-1)}
            yAxisTickCount={yTicks.length - 1}
            margins={{ left: 56, right: 48, bottom: 40 }}
          />
        );
      }
      case 'stacked': {
        const data: VerticalStackedChartProps[] = spec.bars.map((bar) => ({
          xAxisPoint: bar.x,
          chartData: bar.parts.map((p) => ({ legend: p.legend, data: p.value, color: colour(p.colour) })),
        }));
        const highest = Math.max(0, ...spec.bars.map((b) => b.parts.reduce((n, p) => n + p.value, 0)));
        const yTicks = niceTicks(highest);
        return (
          <VerticalStackedBarChart
            data={data}
            chartTitle={spec.title}
            culture={locale}
            height={320}
            width={width}
            hideLegend
            hideTooltip
            wrapXAxisLables
            hideLabels
            barWidth="auto"
            maxBarWidth={64}
            yAxisTickFormat={count}
            yMaxValue={yTicks.at(-1)}
            yAxisTickCount={yTicks.length - 1}
            margins={{ left: 56, right: 24 }}
          />
        );
      }
      case 'bars': {
        // the largest at the top: the chart draws its first point at the bottom. The left margin
        // makes room for the longest label (at most about 7 px a character at the axis' font size), at
        // most 45 % of the chart; a longer label is shortened with an ellipsis (the table has it whole)
        const room = Math.max(60, Math.round((width ?? 600) * 0.45));
        const longest = Math.max(0, ...spec.bars.map((b) => b.label.length));
        const left = Math.min(room, Math.max(60, Math.round(longest * 7) + 20));
        const fit = Math.max(4, Math.floor((left - 20) / 7));
        const seen = new Set<string>();
        const data: HorizontalBarChartWithAxisDataPoint[] = [...spec.bars].reverse().map((b) => {
          let label = shorten(b.label, fit);
          // two labels that shorten alike stay two bars
          while (seen.has(label)) label = `${label}\u200b`;
          seen.add(label);
          return { x: b.value, y: label, color: colour('neutral') };
        });
        const xTicks = niceTicks(Math.max(0, ...spec.bars.map((b) => b.value)), 3);
        return (
          <HorizontalBarChartWithAxis
            data={data}
            chartTitle={spec.title}
            culture={locale}
            height={Math.max(200, 34 * spec.bars.length + 60)}
            width={width}
            hideLegend
            hideTooltip
            showYAxisLables
            tickValues={xTicks}
            xMaxValue={xTicks.at(-1)}
            xAxis={{ tickText: xTicks.map(count) }}
            margins={{ left, right: 32 }}
          />
        );
      }
      case 'donut': {
        const data: ChartProps = { chartTitle: spec.title, chartData: spec.parts.filter((p) => p.value > 0).map((p) => ({ legend: p.legend, data: p.value, color: colour(p.colour) })) };
        return <DonutChart data={data} culture={locale} innerRadius={60} height={280} width={width} hideLegend hideTooltip hideLabels />;
      }
    }
  })();
  return (
    // inert takes the library's focus stops out of the tab order; aria-hidden says the same to tools
    // that read the tree themselves
    <div ref={box} className={styles.chart} inert aria-hidden="true" data-chart={spec.kind}>
      {body}
    </div>
  );
}
