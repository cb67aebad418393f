/**
 * One data point of an indicator's series. Which key it has says what the series is:
 * - `year`: a yearly time series (drawn on a linear year axis, so gaps between years show);
 * - `period`: a time series with labelled periods in the given order ("2024 kw 1", "jan 2025");
 * - `category`: values that are not in time (for example vacancies per sector); always drawn as bars.
 * Every point of one series uses the same key.
 */
export type IndicatorPoint =
  | { readonly year: number; readonly value: number }
  | { readonly period: string; readonly value: number }
  | { readonly category: string; readonly value: number };

/** An indicator of a region's meerjarenagenda. */
export interface Indicator {
  /** What is measured, written so it can start a sentence: "Aantal WW-uitkeringen". */
  readonly label: string;
  /** The current value (shown when there is no series). */
  readonly value: number;
  /** "%", "€", a plural noun ("personen", "vacatures") or "" for a bare number. */
  readonly unit: string;
  /** Who published the figure: "UWV". */
  readonly source: string;
  /** ISO date ("2025-01-01"), a Date (as YAML parses it) or free text ("4e kwartaal 2024"). */
  readonly referenceDate: string | Date;
  readonly series?: readonly IndicatorPoint[];
}

export interface IndicatorChartOptions {
  /** Unique on the page: the ids of the chart's `<title>` and `<desc>` are `<id>-title` and `<id>-desc`. */
  readonly id: string;
  /**
   * "line" (default for a time series of two or more points) or "bar". A category series, or a series of one
   * point, is always drawn as bars: a line between categories would suggest a trend that is not there.
   */
  readonly kind?: "line" | "bar";
}

export interface IndicatorChart {
  /** Self-contained SVG with role="img", `<title>` and `<desc>`; no inline styles, no fixed size. */
  readonly svg: string;
  /** One or two Dutch sentences summarising the data, also used in the SVG's `<desc>`. */
  readonly description: string;
  /** "Bron: UWV, peildatum 1 januari 2025." — for the figure caption. */
  readonly sourceText: string;
  /** The data as a table, the text alternative for the chart: the `table` of the theme's `indicator` component. */
  readonly table: ChartTable;
  /** What was drawn: "line", "columns" (vertical bars over time) or "bars" (horizontal bars per category). */
  readonly kind: "line" | "columns" | "bars";
}

/** A chart's data as a table: `rows` hold the point's label, then its value in Dutch with its unit (`1.234 personen`). */
export interface ChartTable {
  /** The label and what a row stands for: "Aantal WW-uitkeringen per jaar". */
  readonly caption: string;
  /** "Jaar", "Periode", "Categorie" or "Peildatum", then the label. */
  readonly columns: [string, string];
  readonly rows: [string, string][];
}
