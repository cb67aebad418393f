import { geoContains, geoMercator, geoPath } from "d3-geo";
import { assertId, element, escapeXml } from "../xml.js";
import { legendItems, type MapCounts } from "./legend.js";
import { FORM_TEXT, formPattern, isRegionForm, isRegionStatus, regionFill, STATUS_TEXT, type RegionForm, type RegionStatus } from "./status.js";
import { BOUNDARY_SOURCE, regionFeatures, type RegionFeatures } from "./topology.js";
import type { RegionMap, RegionMapEntry, RegionMapOptions } from "./types.js";

/** viewBox width; the height follows from the country's shape. One decimal is ~0.1px at this size. */
const WIDTH = 600;
const PADDING = 2;
export const MAP_CREDIT = `Kaart: ${BOUNDARY_SOURCE}`;
const DEFAULT_TITLE = "Kaart van Nederland met de arbeidsmarktregio's en de stand van hun Werkcentrum";

/**
 * The Netherlands with its arbeidsmarktregio's, drawn at build time: every region a link with an accessible
 * name that includes its status and form, the status shown by colour and the form by pattern, names where they
 * fit, plus the legend as data (the theme's `map-legend` component prints it).
 */
export function renderRegionMap(options: RegionMapOptions): RegionMap {
  const prefix = options.idPrefix ?? "wc-map";
  assertId(prefix, "Map idPrefix");
  const features = regionFeatures();
  checkEntries(options.regions, features);

  const projection = fitProjection(features);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds(features)[1][1] + PADDING);
  const byCode = new Map(features.features.map((f) => [f.properties.am_code, f]));

  const links = options.regions.map((region) => {
    const name = accessibleName(region);
    const shape = element("path", { ...regionFill(region.status, region.form, prefix), d: path(byCode.get(region.code)!) ?? "" });
    return element("a", { href: region.href, class: "wc-map__link", "aria-label": name }, element("title", {}, escapeXml(name)) + shape);
  });

  // Only the patterns the map uses, in a fixed order (deterministic output).
  const used = new Set(options.regions.flatMap((region) => (region.form ? [`${region.status} ${region.form}`] : [])));
  const patterns = (["actief", "in-ontwikkeling"] as const).flatMap((status) =>
    (["fysiek", "digitaal", "beide"] as const).filter((form) => used.has(`${status} ${form}`)).map((form) => formPattern(prefix, status, form)),
  );

  const counts = countRegions(options.regions);
  const description = describeMap(counts);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const svg = element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      preserveAspectRatio: "xMidYMid meet",
      class: "wc-map",
      // Not role="img": that would hide the 35 links from assistive technology.
      role: "group",
      "aria-labelledby": titleId,
      "aria-describedby": descId,
    },
    element("title", { id: titleId }, escapeXml(options.title ?? DEFAULT_TITLE)) +
      element("desc", { id: descId }, escapeXml(description)) +
      (patterns.length > 0 ? element("defs", {}, patterns.join("")) : "") +
      element("g", { class: "wc-map__regions", "stroke-width": 1, "stroke-linejoin": "round" }, links.join("")) +
      labels(options.regions, byCode, projection, path),
  );
  return { svg, legend: legendItems(counts, prefix), description, credit: options.credit ?? MAP_CREDIT };
}

/** Mercator is conformal, so at this latitude range the country keeps its familiar shape. */
function fitProjection(features: RegionFeatures) {
  const fitted = geoMercator().fitWidth(WIDTH - 2 * PADDING, features);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(features);
  return geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [WIDTH - PADDING, PADDING + (bottom - top)],
    ],
    features,
  );
}

/**
 * Every region of the boundary file exactly once, with a known status and a safe link; otherwise one error that
 * names every problem. Messages are English: the entries come from the registry and site.yml, validated upstream.
 */
function checkEntries(regions: readonly RegionMapEntry[], features: RegionFeatures): void {
  const known = new Set(features.features.map((f) => f.properties.am_code));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const region of regions) {
    if (!known.has(region.code)) problems.push(`unknown region code ${JSON.stringify(region.code)}`);
    if (seen.has(region.code)) problems.push(`region ${region.code} is listed twice`);
    seen.add(region.code);
    if (!isRegionStatus(region.status))
      problems.push(`region ${region.code} has status ${JSON.stringify(region.status)}; expected "actief" or "in-ontwikkeling"`);
    if (region.form !== undefined && !isRegionForm(region.form))
      problems.push(`region ${region.code} has form ${JSON.stringify(region.form)}; expected "fysiek", "digitaal" or "beide"`);
    if (!isSafeHref(region.href)) problems.push(`region ${region.code} has href ${JSON.stringify(region.href)}; expected an http(s) URL or a path`);
    if (region.name.trim() === "") problems.push(`region ${region.code} has no name`);
  }
  const missing = [...known].filter((code) => !seen.has(code));
  if (missing.length > 0) problems.push(`missing regions: ${missing.join(", ")}`);
  if (problems.length > 0) throw new Error(`renderRegionMap: ${problems.join("; ")}`);
}

/** http(s) URLs and relative references only: a `javascript:` or `data:` link has no place on the map. */
function isSafeHref(href: string): boolean {
  if (href.trim() === "") return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  return !scheme || /^https?$/i.test(scheme[1] ?? "");
}

/** "Werkcentrum Rijnmond, in ontwikkeling, fysiek en digitaal": the name, the status and (when known) the form. */
function accessibleName(region: RegionMapEntry): string {
  const parts = [region.name.trim(), STATUS_TEXT[region.status], ...(region.form ? [FORM_TEXT[region.form]] : [])];
  return parts.join(", ");
}

function countRegions(regions: readonly RegionMapEntry[]): MapCounts {
  const status: Record<RegionStatus, number> = { actief: 0, "in-ontwikkeling": 0 };
  const form: Record<RegionForm | "onbekend", number> = { fysiek: 0, digitaal: 0, beide: 0, onbekend: 0 };
  for (const region of regions) {
    status[region.status]++;
    form[region.form ?? "onbekend"]++;
  }
  return { status, form };
}

function describeMap(counts: MapCounts): string {
  const regio = (n: number) => `${n} ${n === 1 ? "regio" : "regio's"}`;
  const total = counts.status.actief + counts.status["in-ontwikkeling"];
  const forms = (["fysiek", "digitaal", "beide"] as const)
    .filter((form) => counts.form[form] > 0)
    .map((form) => `${FORM_TEXT[form]} in ${regio(counts.form[form])}`);
  return (
    `Kaart van Nederland met de ${total} arbeidsmarktregio's. ` +
    `In ${regio(counts.status.actief)} is het Werkcentrum actief (donker), in ${regio(counts.status["in-ontwikkeling"])} is het in ontwikkeling (licht). ` +
    (forms.length > 0 ? `Het patroon toont de vorm: ${forms.join(", ")}. ` : "") +
    `Elke regio is een link naar het Werkcentrum van die regio.`
  );
}

/** Label size in viewBox units; the theme hides the labels where the map is drawn too small to read them. */
const LABEL_SIZE = 11;

/**
 * Region names where they fit: at the region's centroid, when that point lies inside the region (a curved region's
 * centroid can fall outside it), the name's estimated width fits the region's width, and it overlaps no label placed
 * before. Hidden from assistive technology: every link already has the name. The estimate (0.55 em per character)
 * suits the theme's Source Sans 3; a label that does not fit is left out, never shrunk.
 */
function labels(
  regions: readonly RegionMapEntry[],
  byCode: ReadonlyMap<string, RegionFeatures["features"][number]>,
  projection: ReturnType<typeof geoMercator>,
  path: ReturnType<typeof geoPath>,
): string {
  const placed: Array<[number, number, number, number]> = [];
  const texts: string[] = [];
  for (const region of regions) {
    const feature = byCode.get(region.code)!;
    const text = (region.label ?? region.name).trim();
    const [x, y] = path.centroid(feature);
    const [[x0], [x1]] = path.bounds(feature);
    const width = text.length * LABEL_SIZE * 0.55;
    const inside = projection.invert ? geoContains(feature, projection.invert([x, y])!) : false;
    const box: [number, number, number, number] = [x - width / 2, y - LABEL_SIZE * 0.7, x + width / 2, y + LABEL_SIZE * 0.4];
    const overlaps = placed.some(([a0, b0, a1, b1]) => box[0] < a1 && a0 < box[2] && box[1] < b1 && b0 < box[3]);
    if (!Number.isFinite(x) || !inside || width > (x1 - x0) * 0.9 || overlaps) continue;
    placed.push(box);
    texts.push(element("text", { x: x.toFixed(1), y: y.toFixed(1) }, escapeXml(text)));
  }
  return element(
    "g",
    {
      class: "wc-map__labels",
      "aria-hidden": "true",
      "font-size": LABEL_SIZE,
      "text-anchor": "middle",
      fill: "#1c2326",
      stroke: "#fff",
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "paint-order": "stroke",
      "pointer-events": "none",
    },
    texts.join(""),
  );
}
