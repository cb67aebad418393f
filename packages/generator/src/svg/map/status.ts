import { element } from "../xml.js";

export type RegionStatus = "actief" | "in-ontwikkeling";
/** How people reach a Werkcentrum (site.yml `vorm`); undefined while the region has not said. */
export type RegionForm = "fysiek" | "digitaal" | "beide";

/** Dutch words for each status, as read out with a region's name and shown in the legend. */
export const STATUS_TEXT: Readonly<Record<RegionStatus, string>> = {
  actief: "actief",
  "in-ontwikkeling": "in ontwikkeling",
};

/** Dutch words for each form, read out after the status and shown in the legend. */
export const FORM_TEXT: Readonly<Record<RegionForm, string>> = {
  fysiek: "fysiek",
  digitaal: "digitaal",
  beide: "fysiek en digitaal",
};

/** The legend's words for a region that has not filled in its form. */
export const NO_FORM_TEXT = "vorm nog niet bekend";

export function isRegionStatus(value: unknown): value is RegionStatus {
  return typeof value === "string" && Object.hasOwn(STATUS_TEXT, value);
}

export function isRegionForm(value: unknown): value is RegionForm {
  return typeof value === "string" && Object.hasOwn(FORM_TEXT, value);
}

/**
 * The status is the fill: the brand colour (the SVG's `currentColor`, set by the theme) for an active Werkcentrum,
 * a light tint for one in development. They differ in lightness, not only in hue, so the status does not depend on
 * telling colours apart (WCAG 2.2 SC 1.4.1); the outline and the marks are drawn in the colour that contrasts with
 * each fill, so every region's edge and pattern stand out (SC 1.4.11). Also the theme may recolour them by class.
 */
const STATUS_PAINT: Readonly<Record<RegionStatus, { fill: string; ink: string }>> = {
  actief: { fill: "currentColor", ink: "#fff" },
  "in-ontwikkeling": { fill: "#dcedef", ink: "#1c2326" },
};

/**
 * The form is the pattern on top of the fill: dots for "fysiek" (a place to visit), diagonal lines for "digitaal",
 * both for "beide"; no pattern while the region has not said. One 8×8 tile; the dots sit clear of the line.
 */
function marks(form: RegionForm, ink: string): string {
  const dots = element("path", { d: "M2 .8a1.2 1.2 0 1 1 0 2.4a1.2 1.2 0 1 1 0-2.4M6 4.8a1.2 1.2 0 1 1 0 2.4a1.2 1.2 0 1 1 0-2.4", fill: ink });
  const lines = element("path", { d: "M-1 1L1-1M0 8L8 0M7 9L9 7", stroke: ink, "stroke-width": 1.2 });
  return form === "fysiek" ? dots : form === "digitaal" ? lines : lines + dots;
}

/** The id of the pattern for a status and form, under the given prefix. */
export function patternId(prefix: string, status: RegionStatus, form: RegionForm): string {
  return `${prefix}-${status}-${form}`;
}

/** One `<pattern>`: the status's fill as background, the form's marks on top. */
export function formPattern(prefix: string, status: RegionStatus, form: RegionForm): string {
  const paint = STATUS_PAINT[status];
  return element(
    "pattern",
    { id: patternId(prefix, status, form), class: `wc-map__pattern wc-map__pattern--${form}`, patternUnits: "userSpaceOnUse", width: 8, height: 8 },
    element("rect", { width: 8, height: 8, fill: paint.fill }) + marks(form, paint.ink),
  );
}

/** Presentation attributes of a region shape: the status's fill, or its pattern when the form is known. */
export function regionFill(status: RegionStatus, form: RegionForm | undefined, prefix: string): Record<string, string> {
  const paint = STATUS_PAINT[status];
  return {
    class: `wc-map__region wc-map__region--${status}${form ? ` wc-map__region--${form}` : ""}`,
    fill: form ? `url(#${patternId(prefix, status, form)})` : paint.fill,
    stroke: paint.ink,
  };
}
