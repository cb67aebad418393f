import { element, escapeXml } from "../xml.js";
import { FORM_TEXT, formPattern, NO_FORM_TEXT, regionFill, STATUS_TEXT, type RegionForm, type RegionStatus } from "./status.js";

const STATUSES: readonly RegionStatus[] = ["actief", "in-ontwikkeling"];
const FORMS: readonly RegionForm[] = ["fysiek", "digitaal", "beide"];

export interface MapCounts {
  status: Readonly<Record<RegionStatus, number>>;
  /** By form; `onbekend` counts the regions that have not filled in theirs. */
  form: Readonly<Record<RegionForm | "onbekend", number>>;
}

const regios = (n: number) => `${n} ${n === 1 ? "regio" : "regio's"}`;

/** A legend swatch: a small SVG with its own pattern, so it does not depend on where the map's `<defs>` end up. */
function swatch(status: RegionStatus, form: RegionForm | undefined, prefix: string): string {
  return element(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", class: "wc-map-legend__swatch", viewBox: "0 0 24 24", width: "1.5em", height: "1.5em", "aria-hidden": "true", focusable: "false" },
    (form ? element("defs", {}, formPattern(prefix, status, form)) : "") +
      element("rect", { ...regionFill(status, form, prefix), x: 0.5, y: 0.5, width: 23, height: 23 })
  );
}

function item(modifier: string, svg: string, text: string): string {
  return element("li", { class: `wc-map-legend__item wc-map-legend__item--${modifier}` }, `${svg} ${escapeXml(text)}`);
}

/**
 * The legend as HTML (text in HTML reflows and zooms better than text inside the SVG): the colour for the status,
 * then the pattern for the form, each with how many regions it has. Form swatches use the light status colour, the
 * one on which the marks show best; on the map the same marks sit on either colour.
 */
export function legendHtml(counts: MapCounts, idPrefix: string): string {
  const status = STATUSES.map((s) => item(s, swatch(s, undefined, `${idPrefix}-legend`), `Werkcentrum ${STATUS_TEXT[s]} (${regios(counts.status[s])})`));
  const forms = FORMS.filter((f) => counts.form[f] > 0).map((f) =>
    item(f, swatch("in-ontwikkeling", f, `${idPrefix}-legend`), `${FORM_TEXT[f][0]!.toUpperCase()}${FORM_TEXT[f].slice(1)} (${regios(counts.form[f])})`)
  );
  if (counts.form.onbekend > 0) {
    forms.push(item("onbekend", swatch("in-ontwikkeling", undefined, `${idPrefix}-legend-onbekend`), `${NO_FORM_TEXT[0]!.toUpperCase()}${NO_FORM_TEXT.slice(1)}: geen patroon (${regios(counts.form.onbekend)})`));
  }
  return (
    element("p", { class: "wc-map-legend__heading" }, "Kleur: hoe ver het Werkcentrum is") +
    element("ul", { class: "wc-map-legend" }, status.join("")) +
    element("p", { class: "wc-map-legend__heading" }, "Patroon: hoe u het Werkcentrum bereikt") +
    element("ul", { class: "wc-map-legend" }, forms.join(""))
  );
}
