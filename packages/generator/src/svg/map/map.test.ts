import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { allRegions } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { all, numbersIn, parseXml, withAttribute } from "../xml-test-utils.js";
import { MAP_CREDIT, renderRegionMap } from "./map.js";
import { regionTopologyPath } from "./topology.js";
import type { RegionMapEntry } from "./types.js";

/** Fixture statuses (every third region "actief"): test data, not facts about any region. */
const entries: RegionMapEntry[] = allRegions.map((region, i) => ({
  code: region.code,
  name: `Werkcentrum ${region.name}`,
  href: `https://${region.host}/`,
  status: i % 3 === 0 ? "actief" : "in-ontwikkeling",
}));
const map = renderRegionMap({ regions: entries });
const doc = parseXml(map.svg);

/** Size budget for the inline map on the landing page (measured: about 35 KB, 10.7 KB gzipped). */
const BUDGET = { bytes: 40_000, gzipBytes: 12_000 };

describe("renderRegionMap", () => {
  it("reads the boundaries from the regions package inside the repository", () => {
    const expected = fileURLToPath(
      new URL("../../../../regions/data/geo/arbeidsmarktregio_2025.topojson", import.meta.url)
    );
    expect(regionTopologyPath()).toBe(expected);
  });

  it("draws exactly 35 links, in the given order, each around one region path", () => {
    const links = all(doc, "a");
    expect(links).toHaveLength(35);
    expect(links.map((a) => a.getAttribute("href"))).toEqual(entries.map((e) => e.href));
    for (const link of links) {
      const paths = all(link, "path");
      expect(paths).toHaveLength(1);
      expect(paths[0]?.getAttribute("d")).toMatch(/^M\d/);
    }
  });

  it("names every link with the region and its status", () => {
    const names = all(doc, "a").map((a) => a.getAttribute("aria-label"));
    const rijnmond = entries.findIndex((e) => e.name === "Werkcentrum Rijnmond");
    expect(names[rijnmond]).toBe(
      `Werkcentrum Rijnmond, ${entries[rijnmond]?.status === "actief" ? "actief" : "in ontwikkeling"}`
    );
    expect(all(doc, "a").map((a) => all(a, "title")[0]?.textContent)).toEqual(names);
    expect(new Set(names).size).toBe(35);
  });

  it("shows the status by class and, for regions in development, by a hatching pattern", () => {
    const root = doc.documentElement!;
    const patterns = all(all(root, "defs")[0]!, "pattern");
    expect(patterns).toHaveLength(1);
    const patternId = patterns[0]?.getAttribute("id");
    expect(patternId).toBe("wc-map-hatch");
    const regionPaths = all(doc, "a").map((a) => all(a, "path")[0]!);
    regionPaths.forEach((path, i) => {
      const status = entries[i]?.status;
      expect(path.getAttribute("class")).toBe(`wc-map__region wc-map__region--${status}`);
      expect(path.getAttribute("fill")).toBe(status === "actief" ? "currentColor" : `url(#${patternId})`);
    });
    const classes = regionPaths.map((p) => p.getAttribute("class"));
    expect(classes).toContain("wc-map__region wc-map__region--actief");
    expect(classes).toContain("wc-map__region wc-map__region--in-ontwikkeling");
  });

  it("is a named group (not role=img, which would hide the links) with a title and a description", () => {
    const root = doc.documentElement!;
    expect(root.getAttribute("role")).toBe("group");
    expect(all(root, "title")[0]?.getAttribute("id")).toBe(root.getAttribute("aria-labelledby"));
    expect(all(root, "desc")[0]?.getAttribute("id")).toBe(root.getAttribute("aria-describedby"));
    expect(all(root, "desc")[0]?.textContent).toBe(map.description);
    expect(map.description).toContain("In 12 regio's is het Werkcentrum actief, in 23 regio's is het in ontwikkeling");
  });

  it("returns a legend naming both statuses, each with a swatch that does not rely on colour", () => {
    const legend = parseXml(map.legendHtml);
    const items = all(legend, "li");
    expect(items.map((li) => li.textContent?.trim())).toEqual([
      "Werkcentrum actief (12 regio's)",
      "Werkcentrum in ontwikkeling (23 regio's)",
    ]);
    const [solid, hatched] = items.map(
      (li) => all(li, "rect").find((r) => r.getAttribute("class")?.startsWith("wc-map__region"))!
    );
    expect(solid?.getAttribute("class")).toBe("wc-map__region wc-map__region--actief");
    expect(hatched?.getAttribute("class")).toBe("wc-map__region wc-map__region--in-ontwikkeling");
    expect(solid?.getAttribute("fill")).toBe("currentColor");
    const ownPattern = all(items[1]!, "pattern")[0]?.getAttribute("id");
    expect(hatched?.getAttribute("fill")).toBe(`url(#${ownPattern})`);
    expect(all(legend, "svg").every((svg) => svg.getAttribute("aria-hidden") === "true")).toBe(true);
  });

  it("credits the source as its licence asks", () => {
    expect(map.credit).toBe("Kaart: CBS/PDOK, Gebiedsindelingen 2025 (bewerkt)");
    expect(MAP_CREDIT).toBe(map.credit);
  });

  it("has no style attributes or style elements (strict CSP)", () => {
    for (const markup of [map.svg, map.legendHtml]) {
      expect(withAttribute(parseXml(markup), "style")).toEqual([]);
      expect(all(parseXml(markup), "style")).toEqual([]);
    }
  });

  it("uses only ids with the given prefix, each once, across map and legend", () => {
    const other = renderRegionMap({ regions: entries, idPrefix: "kaart" });
    const ids = [other.svg, other.legendHtml].flatMap((m) =>
      withAttribute(parseXml(m), "id").map((el) => el.getAttribute("id") ?? "")
    );
    expect(ids).toEqual(["kaart-title", "kaart-desc", "kaart-hatch", "kaart-legend-hatch"]);
  });

  it("fits a 600-wide viewBox with coordinates of one decimal, and stays within the size budget", () => {
    const [, , width, height] = numbersIn(doc.documentElement?.getAttribute("viewBox") ?? "");
    expect(width).toBe(600);
    const d = all(doc, "path")
      .map((p) => p.getAttribute("d") ?? "")
      .join(" ");
    expect(d).not.toMatch(/\d\.\d\d/);
    const [xs, ys] = [0, 1].map((axis) =>
      all(doc, "a").flatMap((a) =>
        numbersIn(all(a, "path")[0]?.getAttribute("d") ?? "").filter((_, i) => i % 2 === axis)
      )
    );
    expect(Math.min(...(xs ?? []))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...(xs ?? []))).toBeLessThanOrEqual(600);
    expect(Math.min(...(ys ?? []))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...(ys ?? []))).toBeLessThanOrEqual(height ?? 0);
    expect(Buffer.byteLength(map.svg)).toBeLessThan(BUDGET.bytes);
    expect(gzipSync(map.svg).length).toBeLessThan(BUDGET.gzipBytes);
  });

  it("is deterministic", () => {
    expect(renderRegionMap({ regions: entries })).toEqual(map);
  });

  it("escapes names and links", () => {
    const odd = entries.map((e, i) => (i === 0 ? { ...e, name: `A & "B" <c>`, href: "/regio?a=1&b=2" } : e));
    const link = all(parseXml(renderRegionMap({ regions: odd }).svg), "a")[0]!;
    expect(link.getAttribute("aria-label")).toBe(
      `A & "B" <c>, ${odd[0]?.status === "actief" ? "actief" : "in ontwikkeling"}`
    );
    expect(link.getAttribute("href")).toBe("/regio?a=1&b=2");
  });

  const first = entries[0]!;
  it.each<{ name: string; regions: RegionMapEntry[]; message: RegExp }>([
    { name: "a missing region", regions: entries.slice(1), message: new RegExp(`missing regions: ${first.code}`) },
    {
      name: "an unknown code",
      regions: [...entries, { ...first, code: "AM04" }],
      message: /unknown region code "AM04"/,
    },
    {
      name: "a region listed twice",
      regions: [...entries, first],
      message: new RegExp(`${first.code} is listed twice`),
    },
    {
      name: "an unknown status",
      regions: [{ ...first, status: "live" as never }, ...entries.slice(1)],
      message: /status "live"/,
    },
    {
      name: "a javascript: link",
      regions: [{ ...first, href: "javascript:alert(1)" }, ...entries.slice(1)],
      message: /href "javascript:alert\(1\)"/,
    },
    { name: "an empty link", regions: [{ ...first, href: " " }, ...entries.slice(1)], message: /href " "/ },
    { name: "an empty name", regions: [{ ...first, name: "" }, ...entries.slice(1)], message: /has no name/ },
  ])("rejects $name", ({ regions, message }) => {
    expect(() => renderRegionMap({ regions })).toThrow(message);
  });

  it("rejects an id prefix that cannot be used in ids", () => {
    expect(() => renderRegionMap({ regions: entries, idPrefix: "my map" })).toThrow(TypeError);
  });
});
