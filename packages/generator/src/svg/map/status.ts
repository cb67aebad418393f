import { element } from "../xml.js";

export type RegionStatus = "actief" | "in-ontwikkeling";

/** Dutch words for each status, as read out with a region's name and shown in the legend. */
export const STATUS_TEXT: Readonly<Record<RegionStatus, string>> = {
  actief: "actief",
  "in-ontwikkeling": "in ontwikkeling",
};

export function isRegionStatus(value: unknown): value is RegionStatus {
  return typeof value === "string" && Object.hasOwn(STATUS_TEXT, value);
}

/**
 * Diagonal hatching for regions whose Werkcentrum is in development, so the two statuses differ in pattern and
 * not only in colour (WCAG 1.4.1). Background and lines carry classes the theme can colour.
 */
export function hatchPattern(id: string): string {
  return element(
    "pattern",
    { id, class: "wc-map__hatch", patternUnits: "userSpaceOnUse", width: 8, height: 8, patternTransform: "rotate(45)" },
    element("rect", { class: "wc-map__hatch-background", width: 8, height: 8, fill: "#e6e6e6" }) +
      element("path", { class: "wc-map__hatch-line", d: "M4 0V8", stroke: "currentColor", "stroke-width": 2 })
  );
}

/** Presentation attributes of a region shape with this status: solid for active, hatched in development. */
export function regionFill(status: RegionStatus, hatchId: string): Record<string, string> {
  return {
    class: `wc-map__region wc-map__region--${status}`,
    fill: status === "actief" ? "currentColor" : `url(#${hatchId})`,
  };
}
