import { formatQuantity } from "../format.js";
import type { Series } from "./series.js";
import type { ChartTable, Indicator } from "./types.js";

const FIRST_COLUMN = { year: "Jaar", period: "Periode", category: "Categorie", single: "Peildatum" } as const;
const PER = { year: " per jaar", period: " per periode", category: " per categorie", single: "" } as const;

/**
 * The chart's data as a table, one row per point in the chart's order: the text alternative that also works when
 * the chart is too small to read. Data only: the theme's `indicator` component prints it.
 */
export function seriesTable(indicator: Indicator, series: Series): ChartTable {
  const label = indicator.label.trim();
  return {
    caption: `${label}${PER[series.kind]}`,
    columns: [FIRST_COLUMN[series.kind], label],
    rows: series.points.map((point) => [point.label, formatQuantity(point.value, indicator.unit, series.fractionDigits)]),
  };
}
