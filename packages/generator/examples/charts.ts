import assert from "node:assert/strict";
import { renderIndicatorChart } from "@werkcentrum/generator";

const chart = renderIndicatorChart(
  { label: "Aantal vacatures", value: 1200, unit: "vacatures", source: "UWV", referenceDate: "2025-01-01" },
  { id: "vacatures", kind: "bar" }, // id: unique on the page; kind: "line" (default for a time series) or "bar"
);
assert.match(chart.svg, /role="img"/); // with <title> and <desc>; chart.description and chart.sourceText for the caption
assert.deepEqual(chart.table.columns, ["Peildatum", "Aantal vacatures"]); // the data as a table, for the theme's indicator component
console.log(chart.description);
