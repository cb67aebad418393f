import { scaleLinear, type ScaleLinear } from "d3-scale";
import { formatNumber, formatQuantity, fractionDigitsFor } from "../format.js";
import { element, textElement } from "../xml.js";
import type { Series } from "./series.js";

/**
 * Chart geometry in viewBox units. At the default size (1 unit = 1 CSS px) text is 14px, above the 12px floor;
 * the SVG has no width or height, so it scales with its container.
 */
export const WIDTH = 560;
export const HEIGHT = 300;
export const FONT_SIZE = 14;
export const MARGIN = { top: 40, right: 16, bottom: 40 } as const;

/** Average character width in em, see textWidth. */
export const CHAR_WIDTH = 0.65;

/**
 * There are no font metrics at build time, so text width is estimated: 0.65 em per character is on the wide side
 * even for wide faces (DejaVu, Verdana), so labels rather get too much room than too little.
 */
export function textWidth(text: string): number {
  return text.length * FONT_SIZE * CHAR_WIDTH;
}

/** A value with its unit, for labels that stand alone (horizontal bars, which have no value axis). */
export function valueLabel(value: number, unit: string, series: Series): string {
  return formatQuantity(value, unit, series.fractionDigits);
}

/** A number as printed on or beside a value axis: the unit is in the axis caption, only "%" stays with it. */
export function axisNumber(value: number, unit: string, fractionDigits: number): string {
  return `${formatNumber(value, fractionDigits)}${unit.trim() === "%" ? "%" : ""}`;
}

/** A value scale that always includes zero (bars must start at zero; lines then share the same honest baseline). */
export function valueScale(values: readonly number[], range: [number, number]): ScaleLinear<number, number> {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  return scaleLinear()
    .domain(low === high ? [0, 1] : [low, high])
    .range(range)
    .nice(5);
}

export interface ValueAxis {
  /** Left edge of the plot: room for the longest tick label. */
  readonly left: number;
  readonly scale: ScaleLinear<number, number>;
  readonly svg: (right: number) => string;
}

/** A vertical value axis: dashed grid lines with tick labels, a solid zero line and the unit above the labels. */
export function verticalValueAxis(series: Series, unit: string): ValueAxis {
  const scale = valueScale(
    series.points.map((p) => p.value),
    [HEIGHT - MARGIN.bottom, MARGIN.top],
  );
  const ticks = scale.ticks(5);
  const digits = fractionDigitsFor(ticks);
  const labels = ticks.map((tick) => axisNumber(tick, unit, digits));
  const left = Math.ceil(Math.max(...labels.map(textWidth))) + 16;
  const unitCaption = unit.trim() === "%" ? "" : unit.trim();

  const svg = (right: number) => {
    const grid = ticks.map((tick) => element("line", { x1: left, x2: right, y1: scale(tick), y2: scale(tick) })).join("");
    const text = ticks.map((tick, i) => textElement({ x: left - 8, y: scale(tick) + FONT_SIZE * 0.35 }, labels[i] ?? "")).join("");
    const caption = unitCaption ? textElement({ class: "wc-chart__unit", x: 0, y: FONT_SIZE }, unitCaption) : "";
    return (
      element(
        "g",
        {
          class: "wc-chart__grid",
          fill: "none",
          stroke: "currentColor",
          "stroke-opacity": "0.3",
          "stroke-dasharray": "2 4",
        },
        grid,
      ) +
      element("g", { class: "wc-chart__ticks", "text-anchor": "end" }, text) +
      caption +
      element("line", {
        class: "wc-chart__axis",
        x1: left,
        x2: right,
        y1: scale(0),
        y2: scale(0),
        stroke: "currentColor",
      })
    );
  };
  return { left, scale, svg };
}

/**
 * Which of `count` evenly spaced labels fit without overlapping: every k-th one, always the last,
 * and never one so close to the last that the two collide.
 */
export function visibleLabelIndexes(count: number, spacing: number, widest: number): Set<number> {
  const step = spacing <= 0 ? count : Math.max(1, Math.ceil((widest + 8) / spacing));
  const shown = new Set<number>();
  for (let i = 0; i < count; i += step) if (i === count - 1 || count - 1 - i >= step) shown.add(i);
  shown.add(count - 1);
  return shown;
}
