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

export interface RegionMap {
  /** Inline SVG: one `<a>` per region around its `<path>`; must be inlined (not `<img>`) for the links to work. */
  readonly svg: string;
  /** `<ul class="wc-map-legend">` naming both statuses, each with a swatch (colour and pattern) and a count. */
  readonly legendHtml: string;
  /** Dutch sentences: what the map shows and how many regions have each status (also the SVG's `<desc>`). */
  readonly description: string;
  /** Source credit to print with the map (CBS/PDOK licence, see data/geo/SOURCES.md). */
  readonly credit: string;
}
