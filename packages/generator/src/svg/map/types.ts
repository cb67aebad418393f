import type { RegionForm, RegionStatus } from "./status.js";

export type { RegionForm, RegionStatus };

/** One arbeidsmarktregio on the map. */
export interface RegionMapEntry {
  /** CBS code, "AM01"…"AM38" (three numbers do not exist; see packages/regions/data/geo/SOURCES.md). */
  readonly code: string;
  /** Read out with the status: "Werkcentrum Rijnmond" → "Werkcentrum Rijnmond, in ontwikkeling". */
  readonly name: string;
  /** Where the region links to: its site, or its legacy site while the new one is being built. */
  readonly href: string;
  readonly status: RegionStatus;
  /** site.yml `vorm`: shown as a pattern and read out after the status; absent while the region has not said. */
  readonly form?: RegionForm;
  /** The name printed on the map where it fits (default: `name`), for example the region's own name. */
  readonly label?: string;
}

export interface RegionMapOptions {
  /** Every region of the boundary file exactly once; links are drawn (and tabbed through) in this order. */
  readonly regions: readonly RegionMapEntry[];
  /** Unique on the page; prefixes every id in the SVG and the legend. Default "wc-map". */
  readonly idPrefix?: string;
  /** The map's `<title>`. */
  readonly title?: string;
  /** The credit line to print with the map (default: the boundary source, MAP_CREDIT). */
  readonly credit?: string;
}

/** One item of the map's legend: a colour (a status) or a pattern (a form), with how many regions have it. */
export interface MapLegendItem {
  /** Which list of the legend it belongs to: the colours (`status`) or the patterns (`form`). */
  readonly kind: "status" | "form";
  /** The status or form it stands for; `onbekend` for the regions that have not said their form. */
  readonly key: RegionStatus | RegionForm | "onbekend";
  /** Dutch: "Werkcentrum actief", "Fysiek en digitaal", "Vorm nog niet bekend: geen patroon". */
  readonly label: string;
  /** How many of the map's regions it applies to. */
  readonly count: number;
  /**
   * A small SVG drawn like those regions (`class="wc-map-legend__swatch"`, 1.5em square, `aria-hidden`), with its
   * own copy of the pattern (id `<idPrefix>-legend-<status>-<form>`), so it does not depend on the map's `<defs>`.
   */
  readonly swatch: string;
}

export interface RegionMap {
  /** Inline SVG: one `<a>` per region around its `<path>`; must be inlined (not `<img>`) for the links to work. */
  readonly svg: string;
  /**
   * The legend as data: both statuses (the colours), then every form some region has (the patterns) and, when some
   * region has not said its form, an item for those. The theme's `map-legend` component prints it.
   */
  readonly legend: readonly MapLegendItem[];
  /** Dutch sentences: what the map shows and how many regions have each status (also the SVG's `<desc>`). */
  readonly description: string;
  /** Source credit to print with the map (CBS/PDOK licence, see data/geo/SOURCES.md). */
  readonly credit: string;
}
