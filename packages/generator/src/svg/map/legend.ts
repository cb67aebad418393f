import { element, escapeXml } from "../xml.js";
import { hatchPattern, regionFill, STATUS_TEXT, type RegionStatus } from "./status.js";

const ORDER: readonly RegionStatus[] = ["actief", "in-ontwikkeling"];

/**
 * The legend as an HTML list (text in HTML reflows and zooms better than text inside the SVG). Each swatch is a
 * small SVG with its own pattern, so the legend does not depend on where the map's `<defs>` end up.
 */
export function legendHtml(counts: Readonly<Record<RegionStatus, number>>, idPrefix: string): string {
  const items = ORDER.map((status) => {
    const hatchId = `${idPrefix}-legend-hatch`;
    const swatch = element(
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
      (status === "in-ontwikkeling" ? element("defs", {}, hatchPattern(hatchId)) : "") +
        element("rect", {
          ...regionFill(status, hatchId),
          x: 0.5,
          y: 0.5,
          width: 23,
          height: 23,
          stroke: "currentColor",
        })
    );
    const count = counts[status];
    const text = `Werkcentrum ${STATUS_TEXT[status]} (${count} ${count === 1 ? "regio" : "regio's"})`;
    return element(
      "li",
      { class: `wc-map-legend__item wc-map-legend__item--${status}` },
      `${swatch} ${escapeXml(text)}`
    );
  });
  return element("ul", { class: "wc-map-legend" }, items.join(""));
}
