import { element, escapeXml } from "../xml.js";
import { CHAR_WIDTH, FONT_SIZE, textWidth, valueLabel, valueScale, WIDTH } from "./frame.js";
import type { Series } from "./series.js";

const TOP = 8;
const BOTTOM = 8;
const BAR_HEIGHT = 20;
const LABEL_COLUMN = 200;
const LINE_HEIGHT = FONT_SIZE + 4;
const MAX_LINES = 2;

/**
 * Categories as horizontal bars: names on the left, where long Dutch names ("Zorg en welzijn") have room to wrap,
 * and every bar labelled with its value, so no value axis or grid is needed.
 */
export function barChart(series: Series, unit: string): { body: string; height: number } {
  const { points } = series;
  const names = points.map((p) => wrap(p.label, Math.floor(LABEL_COLUMN / (FONT_SIZE * CHAR_WIDTH))));
  const lines = Math.max(...names.map((n) => n.length));
  const rowHeight = Math.max(BAR_HEIGHT + 12, lines * LINE_HEIGHT + 12);
  const height = TOP + points.length * rowHeight + BOTTOM;

  const values = points.map((p) => valueLabel(p.value, unit, series));
  const valueRoom = Math.max(...values.map(textWidth)) + 8;
  const labelColumn = Math.min(LABEL_COLUMN, Math.max(...names.flat().map(textWidth))) + 12;
  const hasNegative = points.some((p) => p.value < 0);
  const hasPositive = points.some((p) => p.value > 0) || !hasNegative;
  const scale = valueScale(
    points.map((p) => p.value),
    [labelColumn + (hasNegative ? valueRoom : 0), WIDTH - (hasPositive ? valueRoom : 8)],
  );
  const zero = scale(0);

  const bars: string[] = [];
  const nameTexts: string[] = [];
  const valueTexts: string[] = [];
  points.forEach((point, i) => {
    const middle = TOP + i * rowHeight + rowHeight / 2;
    const end = scale(point.value);
    bars.push(
      element("rect", {
        x: Math.min(zero, end),
        y: middle - BAR_HEIGHT / 2,
        width: Math.abs(end - zero),
        height: BAR_HEIGHT,
      }),
    );
    const name = names[i] ?? [];
    const firstBaseline = middle + FONT_SIZE * 0.35 - ((name.length - 1) * LINE_HEIGHT) / 2;
    const tspans = name
      .map((text, line) => element("tspan", { x: labelColumn - 12, y: firstBaseline + line * LINE_HEIGHT }, escapeXml(text)))
      .join("");
    nameTexts.push(element("text", {}, tspans));
    const negative = point.value < 0;
    valueTexts.push(
      element(
        "text",
        { x: negative ? end - 6 : end + 6, y: middle + FONT_SIZE * 0.35, "text-anchor": negative ? "end" : "start" },
        escapeXml(values[i] ?? ""),
      ),
    );
  });

  const body =
    element("g", { class: "wc-chart__labels", "text-anchor": "end" }, nameTexts.join("")) +
    element("g", { class: "wc-chart__bar" }, bars.join("")) +
    element("line", {
      class: "wc-chart__axis",
      x1: zero,
      x2: zero,
      y1: TOP,
      y2: height - BOTTOM,
      stroke: "currentColor",
    }) +
    element("g", { class: "wc-chart__value", "font-weight": "bold" }, valueTexts.join(""));
  return { body, height };
}

/**
 * Greedy word wrap into at most MAX_LINES lines of `width` characters; what does not fit ends in "…" (the
 * data table always has the full name). Hand-written because only SVG needs it and it is a dozen lines.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= width || current === "") current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  const kept = lines.slice(0, MAX_LINES).map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  if (lines.length > MAX_LINES) {
    const last = kept[MAX_LINES - 1] ?? "";
    kept[MAX_LINES - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
  }
  return kept;
}
