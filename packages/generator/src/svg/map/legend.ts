import { element } from "../xml.js";
import { FORM_TEXT, formPattern, NO_FORM_TEXT, regionFill, STATUS_TEXT, type RegionForm, type RegionStatus } from "./status.js";
import type { MapLegendItem } from "./types.js";

const STATUSES: readonly RegionStatus[] = ["actief", "in-ontwikkeling"];
const FORMS: readonly RegionForm[] = ["fysiek", "digitaal", "beide"];

export interface MapCounts {
  status: Readonly<Record<RegionStatus, number>>;
  /** By form; `onbekend` counts the regions that have not filled in theirs. */
  form: Readonly<Record<RegionForm | "onbekend", number>>;
}

const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * A legend swatch: a small drawing of a region's fill, as an SVG with its own pattern, so it does not depend on
 * where the map's `<defs>` end up (or on the map using that status and form at all).
 */
function swatch(status: RegionStatus, form: RegionForm | undefined, prefix: string): string {
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "wc-map-legend__swatch",
      viewBox: "0 0 24 24",
      width: "1.5em",
      height: "1.5em",
      "aria-hidden": "true",
      focusable: "false",
    },
    (form ? element("defs", {}, formPattern(prefix, status, form)) : "") +
      element("rect", { ...regionFill(status, form, prefix), x: 0.5, y: 0.5, width: 23, height: 23 }),
  );
}

/**
 * The legend as data, for the theme's `map-legend` component (text in HTML reflows and zooms better than text
 * inside the SVG): the colour for each status, then the pattern for each form that some region has, each with how
 * many regions have it. Form swatches use the light status colour, the one on which the marks show best; on the
 * map the same marks sit on either colour.
 */
export function legendItems(counts: MapCounts, idPrefix: string): MapLegendItem[] {
  const status = STATUSES.map((s): MapLegendItem => ({
    kind: "status",
    key: s,
    label: `Werkcentrum ${STATUS_TEXT[s]}`,
    count: counts.status[s],
    swatch: swatch(s, undefined, `${idPrefix}-legend`),
  }));
  const forms = FORMS.filter((f) => counts.form[f] > 0).map((f): MapLegendItem => ({
    kind: "form",
    key: f,
    label: capitalise(FORM_TEXT[f]),
    count: counts.form[f],
    swatch: swatch("in-ontwikkeling", f, `${idPrefix}-legend`),
  }));
  if (counts.form.onbekend > 0) {
    forms.push({
      kind: "form",
      key: "onbekend",
      label: `${capitalise(NO_FORM_TEXT)}: geen patroon`,
      count: counts.form.onbekend,
      swatch: swatch("in-ontwikkeling", undefined, `${idPrefix}-legend-onbekend`),
    });
  }
  return [...status, ...forms];
}
