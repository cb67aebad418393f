import { geoMercator, geoPath } from "d3-geo";
import { assertId, element, escapeXml } from "../xml.js";
import { legendHtml } from "./legend.js";
import { hatchPattern, isRegionStatus, regionFill, STATUS_TEXT, type RegionStatus } from "./status.js";
import { BOUNDARY_SOURCE, regionFeatures, type RegionFeatures } from "./topology.js";
import type { RegionMap, RegionMapEntry, RegionMapOptions } from "./types.js";

/** viewBox width; the height follows from the country's shape. One decimal is ~0.1px at this size. */
const WIDTH = 600;
const PADDING = 2;
export const MAP_CREDIT = `Kaart: ${BOUNDARY_SOURCE}`;
const DEFAULT_TITLE = "Kaart van Nederland met de arbeidsmarktregio's en de stand van hun Werkcentrum";

/**
 * The Netherlands with its arbeidsmarktregio's, drawn at build time: every region a link with an accessible
 * name that includes its status, the status shown by class and by a hatching pattern, plus an HTML legend.
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
  const hatchId = `${prefix}-hatch`;

  const links = options.regions.map((region) => {
    const name = `${region.name.trim()}, ${STATUS_TEXT[region.status]}`;
    const shape = element("path", { ...regionFill(region.status, hatchId), d: path(byCode.get(region.code)!) ?? "" });
    return element(
      "a",
      { href: region.href, class: "wc-map__link", "aria-label": name },
      element("title", {}, escapeXml(name)) + shape
    );
  });

  const counts = countStatuses(options.regions);
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
      element("defs", {}, hatchPattern(hatchId)) +
      element(
        "g",
        { class: "wc-map__regions", stroke: "#fff", "stroke-width": 1, "stroke-linejoin": "round" },
        links.join("")
      )
  );
  return { svg, legendHtml: legendHtml(counts, prefix), description, credit: MAP_CREDIT };
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
    features
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
      problems.push(
        `region ${region.code} has status ${JSON.stringify(region.status)}; expected "actief" or "in-ontwikkeling"`
      );
    if (!isSafeHref(region.href))
      problems.push(`region ${region.code} has href ${JSON.stringify(region.href)}; expected an http(s) URL or a path`);
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

function countStatuses(regions: readonly RegionMapEntry[]): Record<RegionStatus, number> {
  const counts: Record<RegionStatus, number> = { actief: 0, "in-ontwikkeling": 0 };
  for (const region of regions) counts[region.status]++;
  return counts;
}

function describeMap(counts: Readonly<Record<RegionStatus, number>>): string {
  const regio = (n: number) => `${n} ${n === 1 ? "regio" : "regio's"}`;
  const total = counts.actief + counts["in-ontwikkeling"];
  const active = regio(counts.actief);
  const developing = regio(counts["in-ontwikkeling"]);
  return (
    `Kaart van Nederland met de ${total} arbeidsmarktregio's. ` +
    `In ${active} is het Werkcentrum actief, in ${developing} is het in ontwikkeling (gearceerd). ` +
    `Elke regio is een link naar het Werkcentrum van die regio.`
  );
}
