import { assertId, element, escapeXml } from "../xml.js";
import { barChart } from "./bar-chart.js";
import { columnChart } from "./column-chart.js";
import { describeSeries, sourceText } from "./describe.js";
import { FONT_SIZE, WIDTH } from "./frame.js";
import { lineChart } from "./line-chart.js";
import { seriesOf, type Series } from "./series.js";
import { seriesTable } from "./table.js";
import type { Indicator, IndicatorChart, IndicatorChartOptions } from "./types.js";

const DRAW = { line: lineChart, columns: columnChart, bars: barChart } as const;

/**
 * Draws an indicator of a region's meerjarenagenda as a static, accessible SVG at build time, with the Dutch
 * description and the data table that stand in for it. Throws a ChartDataError (Dutch) for unusable data.
 */
export function renderIndicatorChart(indicator: Indicator, options: IndicatorChartOptions): IndicatorChart {
  assertId(options.id, "Chart id");
  const series = seriesOf(indicator);
  const kind = chooseKind(series, options.kind);
  const { body, height } = DRAW[kind](series, indicator.unit);
  const description = describeSeries(indicator, series);
  const source = sourceText(indicator);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;

  const svg = element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      preserveAspectRatio: "xMidYMid meet",
      class: `wc-chart wc-chart--${kind}`,
      role: "img",
      "aria-labelledby": titleId,
      "aria-describedby": descId,
      fill: "currentColor",
      "font-size": FONT_SIZE,
    },
    element("title", { id: titleId }, escapeXml(indicator.label.trim())) +
      element("desc", { id: descId }, escapeXml(`${description} ${source}`)) +
      body,
  );
  return { svg, description, sourceText: source, table: seriesTable(indicator, series), kind };
}

/** Lines only for time with at least two points; categories and single values are always bars. */
function chooseKind(series: Series, asked: IndicatorChartOptions["kind"]): IndicatorChart["kind"] {
  if (series.kind === "category") return "bars";
  if (asked === "bar" || series.points.length < 2) return "columns";
  return "line";
}
