import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { gemeenteFinderExamples } from "./examples.js";

describe("gemeente finder (no-JavaScript part)", () => {
  const document = renderDom("gemeente-finder", "wcGemeenteFinder", gemeenteFinderExamples[0]!.params);

  it("links every gemeente to its region's site, in one disclosure per letter that works without JavaScript", () => {
    const links = [...document.querySelectorAll(".wc-finder__list a")];
    expect(links.map(text)).toEqual(["Aa en Hunze", "Aalsmeer", "Bergen (L.)", "Bergen (NH.)"]);
    expect(links[2]?.getAttribute("href")).toBe("https://noord-limburg.werkcentrum.nl/");
    const letters = [...document.querySelectorAll("details.wc-finder__letter")];
    expect(letters.map((d) => d.id)).toEqual(["voorbeeld-gemeenten-a", "voorbeeld-gemeenten-b"]);
    // Closed by default, so the page stays short; each list lives inside its own letter.
    expect(letters.map((d) => d.hasAttribute("open"))).toEqual([false, false]);
    expect(letters.map((d) => d.querySelectorAll("a").length)).toEqual([2, 2]);
  });

  it("names each letter and how many gemeenten it holds in its summary", () => {
    const summaries = [...document.querySelectorAll("details.wc-finder__letter > summary:first-child")];
    expect(summaries.map(text)).toEqual(["A, 2 gemeenten", "B, 2 gemeenten"]);
    expect(text(document.querySelector("h3.wc-finder__az-heading"))).toBe("Alle gemeenten van A tot Z");
  });

  it("keeps the type-ahead form hidden until a script enables it, with a labelled field", () => {
    const form = document.querySelector("form.wc-finder__form");
    expect(form?.hasAttribute("hidden")).toBe(true);
    const input = form?.querySelector("input");
    expect(text(form?.querySelector(`label[for="${input?.id}"]`))).toBe("Naam van uw gemeente");
    expect(document.querySelector("[data-wc-gemeente-finder]")).not.toBeNull();
  });
});
