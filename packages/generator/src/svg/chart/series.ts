import { formatReferenceDate, fractionDigitsFor } from "../format.js";
import type { Indicator, IndicatorPoint } from "./types.js";

/** Thrown for indicator data a chart cannot show. Messages are Dutch: the data comes from regional editors. */
export class ChartDataError extends Error {
  override name = "ChartDataError";
}

export type SeriesKind = "year" | "period" | "category" | "single";

export interface SeriesPoint {
  readonly label: string;
  readonly value: number;
  /** Only for `year` series: the numeric year, for a linear axis. */
  readonly year?: number;
}

/** An indicator's data checked and in drawing order, with the decimals every value of it is printed with. */
export interface Series {
  readonly kind: SeriesKind;
  readonly points: readonly SeriesPoint[];
  readonly fractionDigits: number;
}

/** Checks the indicator and turns its series (or, without one, its current value) into drawable points. */
export function seriesOf(indicator: Indicator): Series {
  const fail = (message: string): never => {
    throw new ChartDataError(`Indicator "${indicator.label}": ${message}`);
  };
  if (indicator.label.trim() === "") throw new ChartDataError("Een indicator heeft geen naam (label).");
  if (!Number.isFinite(indicator.value)) fail("de waarde (value) is geen getal.");

  const raw = indicator.series ?? [];
  if (raw.length === 0) {
    const point = { label: formatReferenceDate(indicator.referenceDate), value: indicator.value };
    return { kind: "single", points: [point], fractionDigits: digitsFor([point.value], indicator.unit) };
  }

  const kind = keyOf(raw[0] as IndicatorPoint);
  const points = raw.map((point, index) => {
    const where = `punt ${index + 1} van de reeks`;
    if (keyOf(point) !== kind) fail(`${where} gebruikt '${keyOf(point)}', de eerste punten '${kind}'. Gebruik in één reeks steeds hetzelfde.`);
    if (!Number.isFinite(point.value)) fail(`${where} heeft geen getal als waarde.`);
    if ("year" in point) {
      if (!Number.isInteger(point.year)) fail(`${where} heeft geen geldig jaartal.`);
      return { label: String(point.year), value: point.value, year: point.year };
    }
    const name: unknown = "period" in point ? point.period : point.category;
    if (typeof name !== "string" || name.trim() === "") fail(`${where} heeft geen jaar (year), periode (period) of categorie (category).`);
    return { label: (name as string).trim(), value: point.value };
  });

  const seen = new Set<string>();
  for (const point of points) {
    if (seen.has(point.label)) fail(`'${point.label}' staat twee keer in de reeks.`);
    seen.add(point.label);
  }
  // Years may be written in any order; periods and categories keep the editor's order.
  if (kind === "year") points.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return {
    kind,
    points,
    fractionDigits: digitsFor(
      points.map((p) => p.value),
      indicator.unit,
    ),
  };
}

/** Decimals for a series; amounts in euros show cents in full (`€ 3,50`, not `€ 3,5`). */
function digitsFor(values: readonly number[], unit: string): number {
  const digits = fractionDigitsFor(values);
  return unit.trim() === "€" && digits > 0 ? 2 : digits;
}

function keyOf(point: IndicatorPoint): "year" | "period" | "category" {
  if ("year" in point) return "year";
  if ("period" in point) return "period";
  return "category";
}
