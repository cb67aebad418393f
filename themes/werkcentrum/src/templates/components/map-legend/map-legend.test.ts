import { describe, expect, it } from "vitest";
import { renderComponent, renderDom, text } from "../../../testing/render.js";
import { mapLegendExamples } from "./examples.js";
import { mapLegendParams } from "./params.js";

const full = mapLegendExamples[0]!.params;
const statusOnly = mapLegendExamples[1]!.params;

describe("map-legend", () => {
  it("lists the colours, then the patterns, each under its own text, with the count in words", () => {
    const document = renderDom("map-legend", "wcMapLegend", full);
    expect([...document.querySelectorAll("p.wc-map-legend__heading")].map(text)).toEqual([
      "Kleur: hoe ver het Werkcentrum is",
      "Patroon: hoe u het Werkcentrum bereikt",
    ]);
    const lists = [...document.querySelectorAll("ul.wc-map-legend")];
    expect(lists.map((ul) => [...ul.querySelectorAll("li")].map(text))).toEqual([
      ["Werkcentrum actief (12 regio's)", "Werkcentrum in ontwikkeling (23 regio's)"],
      ["Fysiek (9 regio's)", "Digitaal (1 regio)", "Fysiek en digitaal (12 regio's)", "Vorm nog niet bekend: geen patroon (13 regio's)"],
    ]);
    expect([...document.querySelectorAll("li")].map((li) => li.className)).toContain("wc-map-legend__item wc-map-legend__item--in-ontwikkeling");
  });

  it("puts each swatch, hidden from assistive technology, before its text", () => {
    const document = renderDom("map-legend", "wcMapLegend", full);
    for (const li of document.querySelectorAll("li")) {
      expect(li.firstElementChild?.tagName.toLowerCase()).toBe("svg");
      expect(li.firstElementChild?.getAttribute("aria-hidden")).toBe("true");
    }
  });

  it("writes no whitespace between its elements (it sits in a figcaption) and leaves out a list without items", () => {
    const html = renderComponent("map-legend", "wcMapLegend", statusOnly);
    expect(html).toMatch(/^<p class="wc-map-legend__heading">Stand van het Werkcentrum<\/p><ul class="wc-map-legend"><li [^\n]*<\/li><\/ul>$/);
    expect(html).not.toContain("Patroon");
  });

  it("escapes the labels", () => {
    const items = [{ ...full.items[0]!, label: "Werkcentrum <b>actief</b>" }];
    expect(renderComponent("map-legend", "wcMapLegend", { items })).toContain("Werkcentrum &lt;b&gt;actief&lt;/b&gt; (12 regio's)");
  });

  it.each([
    { name: "a script in a swatch", change: { swatch: "<svg><script>alert(1)</script></svg>" } },
    { name: "a swatch that is not an SVG", change: { swatch: "<img src=x>" } },
    { name: "a key that is no class name", change: { key: 'actief" onclick="x' } },
    { name: "a count below zero", change: { count: -1 } },
  ])("refuses $name", ({ change }) => {
    expect(mapLegendParams.safeParse({ items: [{ ...full.items[0]!, ...change }] }).success).toBe(false);
  });
});
