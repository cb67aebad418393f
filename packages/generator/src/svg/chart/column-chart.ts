import { scaleBand } from "d3-scale";
import { element, textElement } from "../xml.js";
import { axisNumber, FONT_SIZE, HEIGHT, MARGIN, textWidth, verticalValueAxis, visibleLabelIndexes, WIDTH } from "./frame.js";
import type { Series } from "./series.js";

/**
 * A series over time as vertical bars from zero. Each bar carries its value when the labels fit side by side;
 * otherwise only the first and last do (the table has them all).
 */
export function columnChart(series: Series, unit: string): { body: string; height: number } {
  const axis = verticalValueAxis(series, unit);
  const right = WIDTH - MARGIN.right;
  const { points } = series;
  const band = scaleBand()
    .domain(points.map((p) => p.label))
    .range([axis.left + 8, right])
    .padding(0.3);
  const zero = axis.scale(0);
  const values = points.map((p) => axisNumber(p.value, unit, series.fractionDigits));
  const widestValue = Math.max(...values.map(textWidth));
  const allValues = band.step() >= widestValue + 6;
  const shownLabels = visibleLabelIndexes(points.length, band.step(), Math.max(...points.map((p) => textWidth(p.label))));

  const bars: string[] = [];
  const valueTexts: string[] = [];
  const labels: string[] = [];
  points.forEach((point, i) => {
    const x = band(point.label) ?? 0;
    const middle = x + band.bandwidth() / 2;
    const top = axis.scale(point.value);
    bars.push(element("rect", { x, y: Math.min(top, zero), width: band.bandwidth(), height: Math.abs(zero - top) }));
    if (allValues || i === 0 || i === points.length - 1) {
      // Above a positive bar, below a negative one.
      const y = point.value < 0 ? top + FONT_SIZE + 6 : top - 8;
      valueTexts.push(textElement({ x: middle, y }, values[i] ?? ""));
    }
    if (shownLabels.has(i)) labels.push(textElement({ x: middle, y: HEIGHT - MARGIN.bottom + FONT_SIZE + 10 }, point.label));
  });

  const body =
    axis.svg(right) +
    element("g", { class: "wc-chart__bar" }, bars.join("")) +
    element("g", { class: "wc-chart__labels", "text-anchor": "middle" }, labels.join("")) +
    element("g", { class: "wc-chart__value", "text-anchor": "middle", "font-weight": "bold" }, valueTexts.join(""));
  return { body, height: HEIGHT };
}
