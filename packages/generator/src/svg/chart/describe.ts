import { formatQuantity, formatReferenceDate } from "../format.js";
import type { Series, SeriesPoint } from "./series.js";
import type { Indicator } from "./types.js";

/**
 * Dutch sentences that say what the chart shows, for people who cannot see it: the change from the first to the
 * last point of a time series (and a peak or dip in between), the highest and lowest category, or the one value.
 */
export function describeSeries(indicator: Indicator, series: Series): string {
  const q = (point: SeriesPoint) => formatQuantity(point.value, indicator.unit, series.fractionDigits);
  const { points } = series;
  const label = indicator.label.trim();
  const first = points[0] as SeriesPoint;
  const last = points[points.length - 1] as SeriesPoint;

  if (series.kind === "single") return `${label}: ${q(first)} (peildatum ${first.label}).`;
  if (points.length === 1) return `${label}: ${q(first)} in ${first.label}.`;
  if (series.kind === "category") {
    const { highest, lowest } = extremes(points);
    return `${label} is het hoogst bij ${highest.label} (${q(highest)}) en het laagst bij ${lowest.label} (${q(lowest)}).`;
  }

  const trend =
    last.value > first.value
      ? `${label} steeg van ${q(first)} in ${first.label} naar ${q(last)} in ${last.label}.`
      : last.value < first.value
        ? `${label} daalde van ${q(first)} in ${first.label} naar ${q(last)} in ${last.label}.`
        : `${label} was in ${first.label} en in ${last.label} even hoog: ${q(first)}.`;
  const { highest, lowest } = extremes(points);
  const between: string[] = [];
  if (highest.value > Math.max(first.value, last.value)) between.push(`Het hoogste punt was ${q(highest)} in ${highest.label}.`);
  if (lowest.value < Math.min(first.value, last.value)) between.push(`Het laagste punt was ${q(lowest)} in ${lowest.label}.`);
  return [trend, ...between].join(" ");
}

/** "Bron: UWV, peildatum 1 januari 2025." */
export function sourceText(indicator: Indicator): string {
  return `Bron: ${indicator.source.trim()}, peildatum ${formatReferenceDate(indicator.referenceDate)}.`;
}

/** The first highest and the first lowest point. */
function extremes(points: readonly SeriesPoint[]): { highest: SeriesPoint; lowest: SeriesPoint } {
  let highest = points[0] as SeriesPoint;
  let lowest = highest;
  for (const point of points) {
    if (point.value > highest.value) highest = point;
    if (point.value < lowest.value) lowest = point;
  }
  return { highest, lowest };
}
