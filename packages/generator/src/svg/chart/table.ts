import { escapeXml } from "../xml.js";
import { formatNumber } from "../format.js";
import type { Series } from "./series.js";
import type { Indicator } from "./types.js";

const FIRST_COLUMN = { year: "Jaar", period: "Periode", category: "Categorie", single: "Peildatum" } as const;

/**
 * The chart's data as an HTML table, one row per point: the text alternative that also works when the chart
 * is too small to read. Valid as HTML and as XML (so tests can parse it strictly).
 */
export function seriesTable(indicator: Indicator, series: Series): string {
  const unit = indicator.unit.trim();
  const valueHeader = unit === "" ? "Waarde" : `Waarde (${unit})`;
  const head = `<thead><tr><th scope="col">${FIRST_COLUMN[series.kind]}</th><th scope="col">${escapeXml(valueHeader)}</th></tr></thead>`;
  const rows = series.points
    .map(
      (point) =>
        `<tr><th scope="row">${escapeXml(point.label)}</th>` +
        `<td class="wc-chart-table__value">${formatNumber(point.value, series.fractionDigits)}</td></tr>`,
    )
    .join("");
  return `<table class="wc-chart-table"><caption>${escapeXml(indicator.label.trim())}</caption>${head}<tbody>${rows}</tbody></table>`;
}
