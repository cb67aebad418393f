import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { indicatorExamples } from "./examples.js";
import { indicatorParams } from "./params.js";

describe("indicator", () => {
  it("writes the figure the Dutch way with a machine-readable value, unit and source", () => {
    const document = renderDom("indicator", "wcIndicator", indicatorExamples[0]!.params);
    const data = document.querySelector("data.wc-indicator__value");
    expect(data?.getAttribute("value")).toBe("4.2");
    expect(text(data)).toBe("4,2");
    expect(text(document.querySelector(".wc-indicator__figure"))).toBe("4,2 %");
    expect(text(document.querySelector(".wc-meta"))).toBe("Bron: voorbeeldbron, peildatum 1 januari 2026");
    expect(document.querySelector("figure")).toBeNull();
  });

  it("places the given chart with its caption, a text description and the data as a table", () => {
    const document = renderDom("indicator", "wcIndicator", indicatorExamples[1]!.params);
    expect(text(document.querySelector("data"))).toBe("12.345");
    const figure = document.querySelector("figure.wc-chart");
    expect(figure?.firstElementChild?.tagName).toBe("FIGCAPTION");
    expect(figure?.querySelector(".wc-chart__image > svg")?.getAttribute("role")).toBe("img");
    expect(text(figure?.querySelector(".wc-chart__description"))).toContain("steeg elk jaar");
    // Right above the chart, the line that says it scrolls sideways (shown by indicator.css only where it does), for
    // sighted visitors: screen readers get the description and the table.
    const hint = figure?.querySelector(".wc-chart__hint-frame + .wc-chart__image")?.previousElementSibling?.firstElementChild;
    expect(text(hint)).toBe("Schuif de grafiek opzij om alles te zien.");
    expect(hint?.getAttribute("aria-hidden")).toBe("true");
    const table = figure?.querySelector("details table");
    expect([...(table?.querySelectorAll("thead th") ?? [])].map(text)).toEqual(["Jaar", "Vacatures"]);
    expect([...(table?.querySelectorAll("tbody th[scope=row]") ?? [])].map(text)).toEqual(["2023", "2024", "2025"]);
  });

  const unsafe = [
    { name: "a script", svg: "<svg><script>alert(1)</script></svg>" },
    { name: "a style attribute", svg: '<svg><rect style="fill:red"/></svg>' },
    { name: "a style element", svg: "<svg><style>rect{}</style></svg>" },
    { name: "an event handler", svg: '<svg onload="alert(1)"></svg>' },
    { name: "an external image", svg: '<svg><image href="https://example.com/x.png"/></svg>' },
    { name: "something else than svg", svg: "<img src=x>" },
  ];
  it.each(unsafe)("refuses a chart with $name", ({ svg }) => {
    const params = { ...indicatorExamples[1]!.params, chart: { ...indicatorExamples[1]!.params.chart!, svg } };
    expect(indicatorParams.safeParse(params).success).toBe(false);
  });
});
