import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { element, textElement } from "../xml.js";
import { axisNumber, FONT_SIZE, HEIGHT, MARGIN, textWidth, verticalValueAxis, visibleLabelIndexes, WIDTH } from "./frame.js";
import type { Series, SeriesPoint } from "./series.js";

const LABEL_BOTTOM = HEIGHT - MARGIN.bottom;

/**
 * A time series as a line with a marker on every point. Without colour the line still stands out from the grid:
 * it is thick and solid, the grid thin and dashed, and the markers show where the measured values are.
 * First and last values are written next to their points.
 */
export function lineChart(series: Series, unit: string): { body: string; height: number } {
  const axis = verticalValueAxis(series, unit);
  const right = WIDTH - MARGIN.right;
  const { points } = series;
  const labels = points.map((p) => p.label);
  const first = points[0] as SeriesPoint;
  const last = points[points.length - 1] as SeriesPoint;
  const ends = [first, last].map((p) => axisNumber(p.value, unit, series.fractionDigits));
  // Half the widest label on each side, so the first and last labels stay inside the viewBox.
  const inset = Math.max(...labels.map(textWidth), ...ends.map(textWidth)) / 2 + 4;
  const x = xScale(series, [axis.left + inset, right - inset]);
  const y = (point: SeriesPoint) => axis.scale(point.value);

  const path = line<SeriesPoint>().x(x).y(y).digits(1)(points) ?? "";
  const xs = points.map(x);
  const spacing = Math.min(...xs.slice(1).map((value, i) => value - (xs[i] ?? 0)));
  const shown = visibleLabelIndexes(points.length, spacing, Math.max(...labels.map(textWidth)));
  const xLabels = points
    .filter((_, i) => shown.has(i))
    .map((point) => textElement({ x: x(point), y: LABEL_BOTTOM + FONT_SIZE + 10 }, point.label))
    .join("");
  const markers = points.map((point) => element("circle", { cx: x(point), cy: y(point), r: 5 })).join("");
  const values = [
    textElement({ x: x(first), y: labelY(y(first), y(points[1] as SeriesPoint)) }, ends[0] ?? ""),
    textElement({ x: x(last), y: labelY(y(last), y(points[points.length - 2] as SeriesPoint)) }, ends[1] ?? ""),
  ].join("");

  const body =
    axis.svg(right) +
    element("g", { class: "wc-chart__labels", "text-anchor": "middle" }, xLabels) +
    element("path", {
      class: "wc-chart__line",
      d: path,
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "stroke-linecap": "round",
    }) +
    element("g", { class: "wc-chart__point", stroke: "#fff", "stroke-width": 2 }, markers) +
    element("g", { class: "wc-chart__value", "text-anchor": "middle", "font-weight": "bold" }, values);
  return { body, height: HEIGHT };
}

/** Years on a linear axis (a gap between 2019 and 2023 shows as a gap); periods evenly spaced in their order. */
function xScale(series: Series, range: [number, number]): (point: SeriesPoint) => number {
  if (series.kind === "year") {
    const years = scaleLinear()
      .domain([series.points[0]?.year ?? 0, series.points.at(-1)?.year ?? 0])
      .range(range);
    return (point) => years(point.year ?? 0);
  }
  const periods = scalePoint()
    .domain(series.points.map((p) => p.label))
    .range(range);
  return (point) => periods(point.label) ?? 0;
}

/**
 * Baseline for an end point's value label: on the side away from its neighbour, so the line does not cross it;
 * above the point when below would run into the axis labels.
 */
function labelY(pointY: number, neighbourY: number): number {
  const below = pointY + FONT_SIZE + 8;
  return neighbourY < pointY && below < LABEL_BOTTOM - 4 ? below : pointY - 10;
}
