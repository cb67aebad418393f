import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { allRegions } from "@werkcentrum/regions";
import { templatesDir } from "@werkcentrum/theme";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { all, numbersIn, parseXml, withAttribute } from "../xml-test-utils.js";
import { MAP_CREDIT, renderRegionMap } from "./map.js";
import { regionTopologyPath } from "./topology.js";
import type { MapLegendItem, RegionMapEntry } from "./types.js";

/** Fixture statuses (every third region "actief") and forms (in turn): test data, not facts about any region. */
const FORMS = ["fysiek", "digitaal", "beide", undefined] as const;
const entries: RegionMapEntry[] = allRegions.map((region, i) => ({
  code: region.code,
  name: `Werkcentrum ${region.name}`,
  href: `https://${region.host}/`,
  status: i % 3 === 0 ? "actief" : "in-ontwikkeling",
  ...(FORMS[i % 4] ? { form: FORMS[i % 4] } : {}),
  label: region.name,
}));
const map = renderRegionMap({ regions: entries });
const doc = parseXml(map.svg);

/** The legend as the landing page prints it: the theme's map-legend component, parsed as XML (so well-formed). */
const themeEnv = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true });
const legendDom = (items: readonly MapLegendItem[]) =>
  parseXml(
    `<div>${themeEnv.renderString('{% from "components/map-legend/macro.njk" import wcMapLegend %}{{ wcMapLegend({ items: items }) }}', { items })}</div>`,
  );

/** Size budget for the inline map on the landing page (measured: 40.2 KB, 11.4 KB gzipped, with patterns and labels). */
const BUDGET = { bytes: 44_000, gzipBytes: 12_500 };

describe("renderRegionMap", () => {
  it("reads the boundaries from the regions package inside the repository", () => {
    const expected = fileURLToPath(new URL("../../../../regions/data/geo/arbeidsmarktregio_2025.topojson", import.meta.url));
    expect(regionTopologyPath()).toBe(expected);
  });

  it("draws exactly 35 links, in the given order, each around one region path", () => {
    const links = all(doc, "a");
    expect(links).toHaveLength(35);
    expect(links.map((a) => a.getAttribute("href"))).toEqual(entries.map((e) => e.href));
    for (const link of links) {
      const paths = all(link, "path").filter((p) => p.parentNode === link);
      expect(paths).toHaveLength(1);
      expect(paths[0]?.getAttribute("d")).toMatch(/^M\d/);
    }
  });

  it("names every link with the region, its status and its form", () => {
    const names = all(doc, "a").map((a) => a.getAttribute("aria-label"));
    entries.forEach((entry, i) => {
      const status = entry.status === "actief" ? "actief" : "in ontwikkeling";
      const form = { fysiek: ", fysiek", digitaal: ", digitaal", beide: ", fysiek en digitaal" }[entry.form ?? ("x" as never)] ?? "";
      expect(names[i]).toBe(`${entry.name}, ${status}${form}`);
    });
    expect(all(doc, "a").map((a) => all(a, "title")[0]?.textContent)).toEqual(names);
    expect(new Set(names).size).toBe(35);
  });

  it("shows the status by fill (dark or light) and the form by a pattern, one per status and form used", () => {
    const root = doc.documentElement!;
    const patterns = all(all(root, "defs")[0]!, "pattern").map((p) => p.getAttribute("id"));
    expect(patterns).toEqual([
      "wc-map-actief-fysiek",
      "wc-map-actief-digitaal",
      "wc-map-actief-beide",
      "wc-map-in-ontwikkeling-fysiek",
      "wc-map-in-ontwikkeling-digitaal",
      "wc-map-in-ontwikkeling-beide",
    ]);
    const regionPaths = all(doc, "a").map((a) => all(a, "path")[0]!);
    regionPaths.forEach((path, i) => {
      const { status, form } = entries[i]!;
      expect(path.getAttribute("class")).toBe(`wc-map__region wc-map__region--${status}${form ? ` wc-map__region--${form}` : ""}`);
      const plain = status === "actief" ? "currentColor" : "#dcedef";
      expect(path.getAttribute("fill")).toBe(form ? `url(#wc-map-${status}-${form})` : plain);
      // The outline contrasts with the fill: white on the dark brand colour, near-black on the light tint.
      expect(path.getAttribute("stroke")).toBe(status === "actief" ? "#fff" : "#1c2326");
    });
    // Dots for fysiek, lines for digitaal, both for beide.
    const marks = (id: string) =>
      all(
        all(root, "pattern").find((p) => p.getAttribute("id") === id)!,
        "path",
      ).length;
    expect([marks("wc-map-actief-fysiek"), marks("wc-map-actief-digitaal"), marks("wc-map-actief-beide")]).toEqual([1, 1, 2]);
  });

  it("prints region names where they fit, inside the region, without overlaps, hidden from assistive technology", () => {
    const group = all(doc, "g").find((g) => g.getAttribute("class") === "wc-map__labels")!;
    expect(group.getAttribute("aria-hidden")).toBe("true");
    expect(group.getAttribute("pointer-events")).toBe("none");
    const texts = all(group, "text").map((t) => t.textContent);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.length).toBeLessThan(35);
    // Large regions get their name; a long name in a small region does not.
    expect(texts).toEqual(expect.arrayContaining(["Friesland", "Drenthe"]));
    expect(texts).not.toContain("Zuid-Kennemerland en IJmond");
    expect(texts.every((text) => allRegions.some((r) => r.name === text))).toBe(true);
  });

  it("is a named group (not role=img, which would hide the links) with a title and a description", () => {
    const root = doc.documentElement!;
    expect(root.getAttribute("role")).toBe("group");
    expect(all(root, "title")[0]?.getAttribute("id")).toBe(root.getAttribute("aria-labelledby"));
    expect(all(root, "desc")[0]?.getAttribute("id")).toBe(root.getAttribute("aria-describedby"));
    expect(all(root, "desc")[0]?.textContent).toBe(map.description);
    expect(map.description).toContain("In 12 regio's is het Werkcentrum actief (donker), in 23 regio's is het in ontwikkeling (licht).");
    expect(map.description).toContain("Het patroon toont de vorm: fysiek in 9 regio's, digitaal in 9 regio's, fysiek en digitaal in 9 regio's.");
  });

  it("returns the legend as data: both colours, then the patterns some region has, each with a count and a swatch", () => {
    expect(map.legend.map(({ kind, key, label, count }) => ({ kind, key, label, count }))).toEqual([
      { kind: "status", key: "actief", label: "Werkcentrum actief", count: 12 },
      { kind: "status", key: "in-ontwikkeling", label: "Werkcentrum in ontwikkeling", count: 23 },
      { kind: "form", key: "fysiek", label: "Fysiek", count: 9 },
      { kind: "form", key: "digitaal", label: "Digitaal", count: 9 },
      { kind: "form", key: "beide", label: "Fysiek en digitaal", count: 9 },
      { kind: "form", key: "onbekend", label: "Vorm nog niet bekend: geen patroon", count: 8 },
    ]);
    const swatches = map.legend.map((item) => parseXml(item.swatch).documentElement!);
    expect(swatches.every((svg) => svg.getAttribute("aria-hidden") === "true" && svg.getAttribute("class") === "wc-map-legend__swatch")).toBe(true);
    const rects = swatches.map((svg) => all(svg, "rect").find((r) => r.getAttribute("class")?.startsWith("wc-map__region"))!);
    expect(rects[0]?.getAttribute("fill")).toBe("currentColor");
    expect(rects[1]?.getAttribute("fill")).toBe("#dcedef");
    // A pattern swatch carries its own copy of the pattern, so it does not depend on the map's <defs>.
    const ownPattern = all(swatches[2]!, "pattern")[0]?.getAttribute("id");
    expect(ownPattern).toBe("wc-map-legend-in-ontwikkeling-fysiek");
    expect(rects[2]?.getAttribute("fill")).toBe(`url(#${ownPattern})`);
    expect(all(swatches[5]!, "pattern")).toEqual([]);
  });

  it("prints through the theme's map-legend component as two lists, each under its text, every swatch before its words", () => {
    const legend = legendDom(map.legend);
    expect(all(legend, "p").map((p) => p.textContent)).toEqual(["Kleur: hoe ver het Werkcentrum is", "Patroon: hoe u het Werkcentrum bereikt"]);
    expect(all(legend, "ul").map((ul) => all(ul, "li").map((li) => li.textContent?.trim()))).toEqual([
      ["Werkcentrum actief (12 regio's)", "Werkcentrum in ontwikkeling (23 regio's)"],
      ["Fysiek (9 regio's)", "Digitaal (9 regio's)", "Fysiek en digitaal (9 regio's)", "Vorm nog niet bekend: geen patroon (8 regio's)"],
    ]);
    const items = all(legend, "li");
    expect(items.map((li) => li.getAttribute("class"))).toEqual(map.legend.map((item) => `wc-map-legend__item wc-map-legend__item--${item.key}`));
    expect(items.every((li) => (li.firstChild as Element | null)?.tagName === "svg")).toBe(true);
  });

  it("leaves the form patterns out of the legend when no region has that form", () => {
    const none = renderRegionMap({ regions: entries.map(({ form: _form, ...entry }) => entry) });
    expect(none.legend.map((item) => `${item.label} (${item.count})`)).toEqual([
      "Werkcentrum actief (12)",
      "Werkcentrum in ontwikkeling (23)",
      "Vorm nog niet bekend: geen patroon (35)",
    ]);
    const items = all(legendDom(none.legend), "li").map((li) => li.textContent?.trim());
    expect(items).toEqual([
      "Werkcentrum actief (12 regio's)",
      "Werkcentrum in ontwikkeling (23 regio's)",
      "Vorm nog niet bekend: geen patroon (35 regio's)",
    ]);
    expect(all(parseXml(none.svg), "pattern")).toEqual([]);
  });

  it("credits the source as its licence asks", () => {
    expect(map.credit).toBe("Kaart: CBS/PDOK, Gebiedsindelingen 2025 (bewerkt)");
    expect(MAP_CREDIT).toBe(map.credit);
  });

  it("has no style attributes or style elements (strict CSP)", () => {
    for (const markup of [map.svg, ...map.legend.map((item) => item.swatch)]) {
      expect(withAttribute(parseXml(markup), "style")).toEqual([]);
      expect(all(parseXml(markup), "style")).toEqual([]);
    }
  });

  it("uses only ids with the given prefix, each once, across map and legend", () => {
    const other = renderRegionMap({ regions: entries, idPrefix: "kaart" });
    const ids = [other.svg, ...other.legend.map((item) => item.swatch)].flatMap((m) =>
      withAttribute(parseXml(m), "id").map((el) => el.getAttribute("id") ?? ""),
    );
    expect(ids).toEqual([
      "kaart-title",
      "kaart-desc",
      ...["actief", "in-ontwikkeling"].flatMap((status) => ["fysiek", "digitaal", "beide"].map((form) => `kaart-${status}-${form}`)),
      ...["fysiek", "digitaal", "beide"].map((form) => `kaart-legend-in-ontwikkeling-${form}`),
    ]);
  });

  it("fits a 600-wide viewBox with coordinates of one decimal, and stays within the size budget", () => {
    const [, , width, height] = numbersIn(doc.documentElement?.getAttribute("viewBox") ?? "");
    expect(width).toBe(600);
    const d = all(doc, "path")
      .map((p) => p.getAttribute("d") ?? "")
      .join(" ");
    expect(d).not.toMatch(/\d\.\d\d/);
    const [xs, ys] = [0, 1].map((axis) =>
      all(doc, "a").flatMap((a) => numbersIn(all(a, "path")[0]?.getAttribute("d") ?? "").filter((_, i) => i % 2 === axis)),
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
    const odd = entries.map((e, i) => (i === 0 ? { ...e, name: `A & "B" <c>`, label: `A & <c>`, href: "/regio?a=1&b=2" } : e));
    const svg = parseXml(renderRegionMap({ regions: odd }).svg);
    const link = all(svg, "a")[0]!;
    expect(link.getAttribute("aria-label")).toBe(`A & "B" <c>, actief, fysiek`);
    expect(all(svg, "text").map((t) => t.textContent)).toContain("A & <c>");
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
